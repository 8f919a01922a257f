/**
 * Resolving flags: find them in the current review (by fingerprint or a unique prefix of one),
 * build signed ledger records, append them atomically. Also registering a reviewer's public key in
 * the repository's reviewers file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { EngineFinding, Limits } from '../core/engine/analyze';
import type { Rule } from '../core/engine/rule';
import { parseReviewers, serializeReviewers, type ReviewersFile } from '../core/ledger/config';
import {
  LEDGER_FORMAT,
  LEDGER_PATH,
  parseLedger,
  recordTime,
  REVIEWERS_PATH,
  serializeRecord,
  type LedgerRecord,
  type Verdict,
} from '../core/ledger/record';
import { repositoryRoot } from './changes';
import { GateError, baseTipOf, changeModelFlags, critiqueRecords, defaultBase, loadGateConfig, qualifyRef, readLedger } from './gate';
import { runGit } from './git';
import { signRecord, type ReviewerKey } from './keys';
import { writeFileAtomic } from './files';
import { appendLines, checkNoLinks, ledgerLockPath } from './ledger-file';
import { reviewGit, type ReviewOutcome } from './review';

export class ResolveError extends Error {}

export { ledgerLockPath };

export interface FlagsRequest {
  cwd: string;
  base?: string;
  rules: readonly Rule[];
  limits: Limits;
}

/**
 * The flags a person sees and resolves: the working tree against the base (as the gate's
 * --worktree), the model flags of the change's recorded critiques included.
 */
export async function currentFlags(request: FlagsRequest): Promise<ReviewOutcome & { base: string }> {
  const root = await repositoryRoot(request.cwd);
  const base = await qualifyRef(root, request.base ?? (await defaultBase(root)));
  const outcome = await reviewGit({ cwd: root, base, staged: false, rules: request.rules, limits: request.limits });
  if (outcome.baseCommit === undefined) {
    return { ...outcome, base };
  }
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] });
  const records = await critiqueRecords(root, {
    current: 'worktree',
    baseTip: await baseTipOf(root, base),
    baseCommit: outcome.baseCommit,
    headCommit: head.code === 0 ? head.stdout.toString('utf8').trim() : undefined,
  });
  const model = changeModelFlags(records, outcome.changes ?? []);
  return { ...outcome, findings: [...outcome.findings, ...model.findings], base };
}

/** Finds each id (a fingerprint or a unique prefix of at least 6 hex digits) among the flags. */
export function selectFlags(findings: readonly EngineFinding[], ids: readonly string[]): EngineFinding[] {
  const out: EngineFinding[] = [];
  for (const raw of ids) {
    const id = raw.trim().toLowerCase();
    if (!/^[0-9a-f]{6,64}$/.test(id)) {
      throw new ResolveError(`"${raw}" is not a flag id: use the id or fingerprint shown by "airlock review" or "airlock gate"`);
    }
    const matches = findings.filter((f) => f.fingerprint.startsWith(id));
    if (matches.length === 0) {
      throw new ResolveError(`no flag ${raw} in the current review (it may be fixed already, or reviewed against another --base)`);
    }
    if (matches.length > 1) {
      throw new ResolveError(`${raw} matches ${matches.length} flags: give more digits of the fingerprint`);
    }
    if (!out.includes(matches[0])) {
      out.push(matches[0]);
    }
  }
  return out;
}

export interface ResolveRequest {
  root: string;
  /** The base ref's tip: the policy (which verdicts need a note) is read there, as the gate does. */
  baseTip: string;
  flags: readonly EngineFinding[];
  action: 'resolve' | 'unresolve';
  verdict?: Verdict;
  note: string;
  key: ReviewerKey;
  now?: () => number;
}

/** Builds, signs and appends one record per flag; returns them. */
export async function writeResolutions(request: ResolveRequest): Promise<LedgerRecord[]> {
  const { policy } = await loadGateConfig(request.root, request.baseTip, undefined);
  if (request.action === 'resolve') {
    if (!request.verdict) {
      throw new ResolveError('a verdict is required: fixed, accepted-risk or false-positive');
    }
    if (policy.notesRequired.includes(request.verdict) && request.note.trim() === '') {
      throw new ResolveError(`a "${request.verdict}" resolution needs a note (--note TEXT): say why`);
    }
  }
  // A ledger that does not parse is reported before anything is signed.
  await readLedger(request.root);
  for (const flag of request.flags) {
    if (flag.codeHash === undefined) {
      throw new GateError(`internal error: flag ${flag.fingerprint} has no code hash`);
    }
  }
  let records: LedgerRecord[] = [];
  // The time is decided under the ledger lock, from the ledger as it is then: a resolver running at
  // the same moment has either written its record already (and this one is later) or waits.
  await appendLines(request.root, LEDGER_PATH, await ledgerLockPath(request.root), (existing) => {
    const latest = new Map<string, number>();
    for (const parsed of parseLedger(existing, LEDGER_PATH).records) {
      latest.set(parsed.record.fingerprint, Math.max(latest.get(parsed.record.fingerprint) ?? 0, parsed.timeMs));
    }
    const now = (request.now ?? Date.now)();
    records = request.flags.map((flag) =>
      signRecord(
        {
          v: LEDGER_FORMAT,
          action: request.action,
          fingerprint: flag.fingerprint,
          ruleId: flag.ruleId,
          category: flag.category,
          source: flag.source,
          path: flag.path,
          line: flag.line,
          codeHash: flag.codeHash as string,
          verdict: request.action === 'resolve' ? request.verdict : undefined,
          note: request.note,
          reviewer: { name: request.key.name, email: request.key.email, keyId: request.key.keyId },
          // Later than any record of the same flag, so "latest wins" never sees a tie.
          time: recordTime(Math.max(now, (latest.get(flag.fingerprint) ?? 0) + 1)),
        },
        request.key,
      ),
    );
    return records.map(serializeRecord);
  });
  return records;
}

/** Adds the key's public half to the repository's reviewers file (working tree); a no-op when it is there. */
export async function registerReviewer(cwd: string, key: ReviewerKey): Promise<{ file: string; added: boolean }> {
  const root = await repositoryRoot(cwd);
  const file = path.join(root, REVIEWERS_PATH);
  await checkNoLinks(root, REVIEWERS_PATH);
  let current: ReviewersFile = { version: 1, reviewers: [] };
  try {
    current = parseReviewers(await readFile(file, 'utf8'), REVIEWERS_PATH);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  if (current.reviewers.some((r) => r.keyId === key.keyId)) {
    return { file, added: false };
  }
  current.reviewers.push({ name: key.name, email: key.email, keyId: key.keyId, publicKey: key.publicKey });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, serializeReviewers(current));
  return { file, added: true };
}
