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
 */
import { fingerprintOf } from '../engine/fingerprint';
import type { Category, Severity } from '../model/finding';
import { matchesPattern, type Policy, type ReviewersFile } from '../ledger/config';
import { canonicalJson, signingPayload, type LedgerRecord, type ParsedRecord, type Verdict } from '../ledger/record';

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

/** Why a record does not count, whatever flag it is about; undefined when it is valid. */
function invalidity(parsed: ParsedRecord, input: GateInput, signaturesRequired: boolean): string | undefined {
  const r = parsed.record;
  const registered = input.reviewers?.reviewers.find((x) => x.keyId === r.reviewer.keyId);
  if (r.signature === '') {
    if (signaturesRequired) {
      return 'unsigned: the policy requires a registered reviewer’s signature';
    }
  } else if (!registered) {
    if (signaturesRequired) {
      return `signed by an unknown key ${r.reviewer.keyId}: not in the base’s reviewers file`;
    }
  } else {
    if (registered.email.toLowerCase() !== r.reviewer.email.toLowerCase() || registered.name !== r.reviewer.name) {
      return `the reviewer named in the record (${r.reviewer.name} <${r.reviewer.email}>) is not the owner of key ${r.reviewer.keyId}`;
    }
    let ok: boolean;
    try {
      ok = input.verify(registered.publicKey, signingPayload(r), r.signature);
    } catch {
      ok = false;
    }
    if (!ok) {
      return 'bad signature: the record was changed after it was signed, or signed with another key';
    }
  }
  if (r.action === 'resolve' && r.verdict && input.policy.notesRequired.includes(r.verdict) && r.note.trim() === '') {
    return `a "${r.verdict}" resolution needs a note`;
  }
  const agent = input.policy.agentAuthors.find((p) => matchesPattern(p, r.reviewer.email) || matchesPattern(p, r.reviewer.name));
  if (agent) {
    return `the reviewer ${r.reviewer.email} matches the agent pattern "${agent}": bots and agents cannot resolve flags`;
  }
  return undefined;
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
  setAside.sort((a, b) => a.ledgerLine - b.ledgerLine);
  return {
    blocked: errors.length > 0 || results.some((r) => r.blocking),
    flags: results,
    setAside,
    errors,
    signaturesRequired,
  };
}
