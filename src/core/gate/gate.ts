/**
 * The merge gate's decision, given the flags of a change and the ledger: which flags have a valid,
 * current resolution by a registered person, and which block the merge. Pure: signature checking,
 * the file's former names and the authors of flagged lines are asked for through `GateInput`.
 *
 * Order of evaluation, as the ledger format promises:
 * 1. records that are not valid (bad or missing signature, unknown signer, missing note, a bot or
 *    agent as reviewer) are set aside and reported;
 * 2. among the remaining records of one fingerprint the latest wins; two different records with
 *    the same millisecond are an error (the gate cannot decide);
 * 3. per flag, a resolution by the author of the flagged line does not count under
 *    `forbidSelfReview`;
 * 4. a flag with no record of its own, but with a resolution of the same rule in the same file
 *    whose code no longer exists, is stale: the person approved other code.
 *
 * Model flags (recorded critiques and suspicion gaps, `source: 'model'`) go through the same steps.
 * Under the policy's `requireCritique`, each hunk of the change that no valid `hunk` record of
 * `.airlock/critiques.jsonl` covers is one more blocking entry (`model/not-critiqued`), which no
 * ledger record can resolve: only a critique can.
 */
import { fingerprintOf } from '../engine/fingerprint';
import { sha256Hex } from '../engine/hash';
import type { Category, Severity } from '../model/finding';
import { matchesPattern, type Policy, type ReviewersFile } from '../ledger/config';
import { canonicalJson, signingPayload, type LedgerRecord, type ParsedRecord, type ReviewerIdentity, type Verdict } from '../ledger/record';
import { NOT_CRITIQUED_RULE_ID, critiqueSigningPayload, type ParsedCritiqueRecord } from '../critique/record';

export type FlagState = 'resolved' | 'unresolved' | 'stale' | 'invalid';

export interface GateFlag {
  fingerprint: string;
  ruleId: string;
  category: Category | 'correctness';
  severity: Severity;
  source: 'static' | 'model';
  path: string;
  line: number;
  message: string;
  snippet: string;
  codeHash: string;
  occurrence: number;
  /** Something a person should know about this flag (a model flag whose quoted code is gone, say). */
  notice?: string;
}

/** A hunk of the change, as `requireCritique` needs it. */
export interface ChangeHunkRef {
  path: string;
  /** Position-free hash of the hunk (`Hunk.hash`). */
  hash: string;
  startLine: number;
  endLine: number;
  /** The first changed line. */
  line: number;
}

export interface Author {
  name: string;
  email: string;
}

export interface GateInput {
  flags: readonly GateFlag[];
  ledger: readonly ParsedRecord[];
  /** The reviewers whose signatures count (from the base; the working tree's when the base has none). */
  reviewers: ReviewersFile | undefined;
  policy: Policy;
  /** Ed25519 verification of a base64 signature over `payload` with a base64 SPKI public key. */
  verify(publicKey: string, payload: string, signature: string): boolean;
  /** The names a file had before, newest first (git's rename detection). */
  formerPaths?(path: string): readonly string[];
  /** Authors of the commits that introduced the flag's lines (the current user for uncommitted lines). */
  authorsOf?(flag: GateFlag): readonly Author[];
  /**
   * Signatures of the records the base already had. Their flags were merged before this change, so
   * a record of theirs that matches nothing now does not make a new flag stale.
   */
  inherited?: ReadonlySet<string>;
  /**
   * For `requireCritique`: the change's hunks, and the critique records (`hunk` records say a hunk
   * was critiqued). Without it, a policy requiring critiques cannot be checked (an error).
   */
  critiques?: { hunks: readonly ChangeHunkRef[]; records: readonly ParsedCritiqueRecord[] };
}

export interface Resolution {
  verdict?: Verdict;
  action: 'resolve' | 'unresolve';
  note: string;
  reviewer: { name: string; email: string; keyId: string };
  time: string;
  /** Line of the record in the ledger. */
  ledgerLine: number;
}

export interface GateFlagResult extends GateFlag {
  state: FlagState;
  /** Why the flag is in this state, in one sentence. */
  reason: string;
  blocking: boolean;
  resolution?: Resolution;
}

export interface SetAside {
  ledgerLine: number;
  fingerprint: string;
  reason: string;
}

export interface GateResult {
  blocked: boolean;
  flags: GateFlagResult[];
  /** Records that did not count, and why. */
  setAside: SetAside[];
  /** Conditions under which the gate cannot decide (exit 2). */
  errors: string[];
  /** Whether signatures were required. */
  signaturesRequired: boolean;
}

function recordReason(record: LedgerRecord): string {
  const who = `${record.reviewer.name} <${record.reviewer.email}>`;
  return record.action === 'resolve' ? `${record.verdict} by ${who} at ${record.time}` : `unresolved by ${who} at ${record.time}`;
}

function resolutionOf(parsed: ParsedRecord): Resolution {
  const r = parsed.record;
  return { verdict: r.verdict, action: r.action, note: r.note, reviewer: { ...r.reviewer }, time: r.time, ledgerLine: parsed.line };
}

/** Why a signer does not count under the policy; undefined when they do (or when no signature is needed). */
function signerProblem(
  reviewer: ReviewerIdentity | undefined,
  signature: string,
  payload: () => string,
  input: GateInput,
  signaturesRequired: boolean,
): string | undefined {
  if (reviewer === undefined || signature === '') {
    return signaturesRequired ? 'unsigned: the policy requires a registered reviewer’s signature' : undefined;
  }
  const registered = input.reviewers?.reviewers.find((x) => x.keyId === reviewer.keyId);
  if (!registered) {
    return signaturesRequired ? `signed by an unknown key ${reviewer.keyId}: not in the base’s reviewers file` : undefined;
  }
  if (registered.email.toLowerCase() !== reviewer.email.toLowerCase() || registered.name !== reviewer.name) {
    return `the reviewer named in the record (${reviewer.name} <${reviewer.email}>) is not the owner of key ${reviewer.keyId}`;
  }
  let ok: boolean;
  try {
    ok = input.verify(registered.publicKey, payload(), signature);
  } catch {
    ok = false;
  }
  return ok ? undefined : 'bad signature: the record was changed after it was signed, or signed with another key';
}

function agentProblem(reviewer: ReviewerIdentity | undefined, input: GateInput, what: string): string | undefined {
  if (reviewer === undefined) {
    return undefined;
  }
  const agent = input.policy.agentAuthors.find((p) => matchesPattern(p, reviewer.email) || matchesPattern(p, reviewer.name));
  return agent ? `the reviewer ${reviewer.email} matches the agent pattern "${agent}": ${what}` : undefined;
}

/** Why a record does not count, whatever flag it is about; undefined when it is valid. */
function invalidity(parsed: ParsedRecord, input: GateInput, signaturesRequired: boolean): string | undefined {
  const r = parsed.record;
  const signer = signerProblem(r.reviewer, r.signature, () => signingPayload(r), input, signaturesRequired);
  if (signer) {
    return signer;
  }
  if (r.action === 'resolve' && r.verdict && input.policy.notesRequired.includes(r.verdict) && r.note.trim() === '') {
    return `a "${r.verdict}" resolution needs a note`;
  }
  return agentProblem(r.reviewer, input, 'bots and agents cannot resolve flags');
}

/** The fingerprint of a hunk's "not critiqued" entry. */
export function notCritiquedFingerprint(path: string, hunkHash: string): string {
  return sha256Hex(`airlock-model/v1\u0000not-critiqued\u0000${path}\u0000${hunkHash}`).slice(0, 32);
}

/** `requireCritique`: one blocking entry per hunk that no valid `hunk` record covers. */
function uncritiqued(input: GateInput, signaturesRequired: boolean, errors: string[]): GateFlagResult[] {
  if (!input.policy.requireCritique) {
    return [];
  }
  if (!input.critiques) {
    errors.push('the policy requires a model critique of every changed hunk ("requireCritique"), and the critiques were not read');
    return [];
  }
  const covered = new Set<string>();
  const rejected = new Map<string, string[]>();
  for (const parsed of input.critiques.records) {
    const r = parsed.record;
    if (r.kind !== 'hunk') {
      continue;
    }
    const problem =
      signerProblem(r.reviewer, r.signature ?? '', () => critiqueSigningPayload(r), input, signaturesRequired) ??
      agentProblem(r.reviewer, input, 'bots and agents cannot attest a critique');
    const key = `${r.path}\u0000${r.hunkHash}`;
    if (problem) {
      const where = parsed.line > 0 ? `.airlock/critiques.jsonl line ${parsed.line}` : '.airlock/critiques.jsonl (an earlier version)';
      rejected.set(key, [...(rejected.get(key) ?? []), `${where}: ${problem}`]);
    } else {
      covered.add(key);
    }
  }
  const out: GateFlagResult[] = [];
  for (const hunk of input.critiques.hunks) {
    const key = `${hunk.path}\u0000${hunk.hash}`;
    if (covered.has(key)) {
      continue;
    }
    const problems = rejected.get(key);
    const run = 'airlock review --critique --record (with a registered reviewer’s key), then commit .airlock/critiques.jsonl';
    out.push({
      fingerprint: notCritiquedFingerprint(hunk.path, hunk.hash),
      ruleId: NOT_CRITIQUED_RULE_ID,
      category: 'correctness',
      severity: 'medium',
      source: 'model',
      path: hunk.path,
      line: hunk.line,
      message: `Lines ${hunk.startLine}–${hunk.endLine} were not critiqued by a model, and the policy requires a critique of every changed hunk.`,
      snippet: '',
      codeHash: hunk.hash,
      occurrence: 0,
      state: problems ? 'invalid' : 'unresolved',
      reason: problems
        ? `no valid record says this hunk was critiqued: ${problems.join('; ')}; run ${run}`
        : `no ${signaturesRequired ? 'signed ' : ''}record says this hunk was critiqued: run ${run}`,
      blocking: true,
    });
  }
  return out;
}

export function evaluateGate(input: GateInput): GateResult {
  // Fails closed: without a registered reviewer nothing can be resolved, unless the base's policy
  // says explicitly that unsigned records count.
  const signaturesRequired = input.policy.requireSignatures ?? true;
  const setAside: SetAside[] = [];
  const errors: string[] = [];
  const valid = new Map<string, ParsedRecord[]>();
  const invalidByFingerprint = new Map<string, string[]>();
  for (const parsed of input.ledger) {
    const problem = invalidity(parsed, input, signaturesRequired);
    if (problem) {
      setAside.push({ ledgerLine: parsed.line, fingerprint: parsed.record.fingerprint, reason: problem });
      const list = invalidByFingerprint.get(parsed.record.fingerprint) ?? [];
      list.push(`ledger line ${parsed.line}: ${problem}`);
      invalidByFingerprint.set(parsed.record.fingerprint, list);
      continue;
    }
    const list = valid.get(parsed.record.fingerprint) ?? [];
    list.push(parsed);
    valid.set(parsed.record.fingerprint, list);
  }
  // Latest first; identical duplicates (a union merge of the same record) collapse into one.
  for (const [fingerprint, list] of valid) {
    const unique = new Map<string, ParsedRecord>();
    for (const parsed of list) {
      const key = canonicalJson(parsed.record);
      if (!unique.has(key)) {
        unique.set(key, parsed);
      }
    }
    const sorted = [...unique.values()].sort((a, b) => b.timeMs - a.timeMs || a.line - b.line);
    if (sorted.length > 1 && sorted[0].timeMs === sorted[1].timeMs) {
      errors.push(
        `.airlock/ledger.jsonl lines ${sorted[0].line} and ${sorted[1].line}: two different records for flag ${fingerprint} ` +
          `at the same time ${sorted[0].record.time}; the latest cannot be decided (remove one of them, or resolve the flag again)`,
      );
    }
    valid.set(fingerprint, sorted);
  }

  const used = new Set<string>();
  const results: GateFlagResult[] = [];
  const pendingStale: GateFlagResult[] = [];
  for (const flag of input.flags) {
    const former = input.formerPaths?.(flag.path) ?? [];
    const candidates = [flag.fingerprint, ...former.map((p) => fingerprintOf(flag.ruleId, p, flag.codeHash, flag.occurrence))];
    const matched = candidates.find((fp) => valid.has(fp) || invalidByFingerprint.has(fp));
    const result: GateFlagResult = { ...flag, state: 'unresolved', reason: 'not resolved by anyone yet', blocking: false };
    if (matched === undefined) {
      pendingStale.push(result);
      results.push(result);
      continue;
    }
    used.add(matched);
    // Through a former name, only records written on this branch count: the file was renamed here.
    // Older records of that path are about a file the base had (perhaps deleted since), not this one.
    const viaRename = matched !== flag.fingerprint;
    const all = (valid.get(matched) ?? []).filter((p) => !viaRename || !input.inherited?.has(p.record.signature));
    const records = all.filter((p) => p.record.ruleId === flag.ruleId && p.record.codeHash === flag.codeHash);
    const excluded: string[] = [...(invalidByFingerprint.get(matched) ?? [])];
    for (const p of all.filter((x) => !records.includes(x))) {
      excluded.push(`ledger line ${p.line}: its rule or code hash does not match this flag`);
    }
    let counted = records;
    if (input.policy.forbidSelfReview && input.authorsOf) {
      const authors = input.authorsOf(flag).map((a) => a.email.toLowerCase());
      counted = records.filter((p) => {
        if (authors.includes(p.record.reviewer.email.toLowerCase())) {
          excluded.push(`ledger line ${p.line}: self-review: ${p.record.reviewer.email} wrote the flagged line`);
          setAside.push({
            ledgerLine: p.line,
            fingerprint: matched,
            reason: `self-review: ${p.record.reviewer.email} wrote the flagged line`,
          });
          return false;
        }
        return true;
      });
    }
    const winner = counted[0];
    if (winner === undefined) {
      result.state = 'invalid';
      result.reason = `no valid resolution: ${excluded.join('; ')}`;
    } else if (winner.record.action === 'resolve') {
      result.state = 'resolved';
      result.reason = recordReason(winner.record);
      result.resolution = resolutionOf(winner);
    } else {
      result.state = 'unresolved';
      result.reason = recordReason(winner.record);
      result.resolution = resolutionOf(winner);
    }
    results.push(result);
  }

  // Stale: a flag with no record of its own, and a resolution of the same rule in the same file
  // (or a former name of it) whose fingerprint matches no current flag.
  const orphans: ParsedRecord[] = [];
  for (const [fingerprint, list] of valid) {
    if (!used.has(fingerprint) && list[0]?.record.action === 'resolve' && !input.inherited?.has(list[0].record.signature)) {
      orphans.push(list[0]);
    }
  }
  for (const result of pendingStale) {
    const paths = new Set([result.path, ...(input.formerPaths?.(result.path) ?? [])]);
    let best: ParsedRecord | undefined;
    for (const orphan of orphans) {
      if (orphan.record.ruleId !== result.ruleId || !paths.has(orphan.record.path)) {
        continue;
      }
      if (!best || Math.abs(orphan.record.line - result.line) < Math.abs(best.record.line - result.line)) {
        best = orphan;
      }
    }
    if (best) {
      orphans.splice(orphans.indexOf(best), 1);
      result.state = 'stale';
      result.reason = `the flagged code changed after it was resolved (${recordReason(best.record)}); the resolution was for other code`;
      result.resolution = resolutionOf(best);
    }
  }

  for (const result of results) {
    result.blocking = result.state !== 'resolved' && input.policy.block.includes(result.severity);
  }
  results.push(...uncritiqued(input, signaturesRequired, errors));
  setAside.sort((a, b) => a.ledgerLine - b.ledgerLine);
  return {
    blocked: errors.length > 0 || results.some((r) => r.blocking),
    flags: results,
    setAside,
    errors,
    signaturesRequired,
  };
}
