/**
 * Everything the gate needs from git and the disk, handed to core's `evaluateGate`: the static
 * flags of `base...HEAD` (or of the working tree), the model flags the change's recorded critiques
 * make, the reviewers and policy as they are on the base, the ledger as it is in the working tree,
 * the former names of renamed files and the authors of flagged lines. Every failure is an error
 * (exit 2): the gate never passes because something did not run.
 */
import { lstat } from 'node:fs/promises';
import * as path from 'node:path';
import { changeHunks } from '../core/critique/run';
import { parseCritiques, type ParsedCritiqueRecord } from '../core/critique/record';
import type { FileChange } from '../core/diff/change';
import { changePath } from '../core/diff/change';
import type { EngineFinding, Limits } from '../core/engine/analyze';
import type { Rule } from '../core/engine/rule';
import { evaluateGate, type Author, type ChangeHunkRef, type GateFlag, type GateResult } from '../core/gate/gate';
import { modelFlags, type ModelFlags } from '../core/gate/model-flags';
import { DEFAULT_POLICY, parsePolicy, parseReviewers, type Policy, type ReviewersFile } from '../core/ledger/config';
import {
  canonicalJson,
  CRITIQUES_PATH,
  LEDGER_PATH,
  parseLedger,
  POLICY_PATH,
  REVIEWERS_PATH,
  type LedgerLineError,
  type ParsedRecord,
} from '../core/ledger/record';
import type { NotAnalyzed } from '../core/model/finding';
import type { CapabilityDelta } from '../core/review/delta';
import { decodeBytes } from '../core/text/decode';
import { rulesetVersion } from '../core/engine/ruleset';
import { repositoryRoot } from './changes';
import { GitError, gitText, neutralizeFilters, readBlobs, runGit } from './git';
import { verifySignature } from './keys';
import { checkNoLinks, LedgerFileError, MAX_LEDGER_BYTES, readLedgerFile } from './ledger-file';
import { reviewGit } from './review';
import { readRegularFile } from './files';

export class GateError extends Error {}

export interface GateRequest {
  cwd: string;
  /** Default: the merge base with the remote's default branch (`origin/HEAD`), else main/master. */
  base?: string;
  /** The commit whose change is gated (default HEAD); ignored with `worktree`. */
  head?: string;
  /** Gate the working tree (committed and uncommitted changes) instead of HEAD. */
  worktree?: boolean;
  /**
   * Where the ledger is read: the working tree (default, as in CI's checkout), or the gated commit
   * itself (the pre-push hook: what is pushed must carry its own resolutions).
   */
  ledgerFrom?: 'worktree' | 'head';
  rules: readonly Rule[];
  limits: Limits;
  lineHashes?: boolean;
}

export interface GateOutcome {
  root: string;
  base: string;
  baseLabel: string;
  baseCommit: string;
  result: GateResult;
  /** The static flags, then the model flags (`source: 'model'`) of the change's recorded critiques. */
  findings: EngineFinding[];
  notAnalyzed: NotAnalyzed[];
  capabilityDelta: CapabilityDelta;
  filesReviewed: number;
  /** Where the reviewers came from: the base, the change itself (first registration), or nowhere. */
  reviewersSource: 'base' | 'bootstrap' | 'none';
  policySource: 'base' | 'default';
  policy: Policy;
  /** The base ref's own commit (its tip), where reviewers and policy are read. */
  baseTip: string;
  /** The ruleset this gate ran (see `rulesetVersion`). */
  ruleset: string;
}

/**
 * A branch name as the full ref it means. `git rev-parse origin/main` prefers a tag of that name to
 * the remote-tracking branch, and a change can bring its own tags: a name that is both is refused.
 */
export async function qualifyRef(root: string, name: string): Promise<string> {
  if (name.startsWith('-')) {
    throw new GitError(`invalid ref: ${name}`);
  }
  if (name.startsWith('refs/') || /^[0-9a-f]{7,64}$/.test(name) || /[~^:@{}]/.test(name) || name === 'HEAD') {
    return name;
  }
  const found: string[] = [];
  for (const candidate of [`refs/heads/${name}`, `refs/remotes/${name}`, `refs/tags/${name}`]) {
    const result = await runGit(root, ['show-ref', '--verify', '--quiet', candidate], { okCodes: [1] });
    if (result.code === 0) {
      found.push(candidate);
    }
  }
  const branches = found.filter((r) => !r.startsWith('refs/tags/'));
  if (branches.length > 0 && found.length > 1) {
    throw new GateError(`"${name}" is ambiguous (${found.join(', ')}): pass the full ref, such as ${branches[0]}`);
  }
  return found[0] ?? name;
}

/** The commit a base ref names (its tip, not the merge base): reviewers and policy are read there. */
export async function baseTipOf(root: string, base: string): Promise<string> {
  if (base.startsWith('-')) {
    throw new GitError(`invalid ref: ${base}`);
  }
  const tip = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`], { okCodes: [1] });
  if (tip.code !== 0) {
    throw new GitError(`unknown revision: ${base}`);
  }
  return tip.stdout.toString('utf8').trim();
}

/** The default base: the remote's default branch, else a local main or master. */
export async function defaultBase(root: string, remote = 'origin'): Promise<string> {
  if (/^-|[\s:]/.test(remote)) {
    throw new GitError(`invalid remote name: ${remote}`);
  }
  const symbolic = await runGit(root, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`], { okCodes: [1, 128] });
  if (symbolic.code === 0) {
    const ref = symbolic.stdout.toString('utf8').trim();
    return ref.replace(/^refs\/remotes\//, '');
  }
  for (const candidate of [`${remote}/main`, `${remote}/master`, 'main', 'master']) {
    const found = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`], { okCodes: [1] });
    if (found.code === 0) {
      return candidate;
    }
  }
  throw new GateError(`cannot tell what to compare with: ${remote}/HEAD is not set and there is no main or master branch; pass --base REF`);
}

async function baseFile(root: string, commit: string, file: string, maxBytes = 1024 * 1024): Promise<string | undefined> {
  const spec = `${commit}:${file}`;
  const blob = (await readBlobs(root, [spec], maxBytes)).get(spec);
  if (!blob || blob.missing) {
    return undefined;
  }
  if (!blob.bytes) {
    throw new GateError(`${file} on the base is larger than ${maxBytes} bytes`);
  }
  return new TextDecoder().decode(blob.bytes);
}

async function newSideFile(root: string, head: string | undefined, file: string): Promise<string | undefined> {
  if (head) {
    const commit = (await gitText(root, ['rev-parse', '--verify', '--end-of-options', `${head}^{commit}`])).trim();
    return baseFile(root, commit, file);
  }
  const read = await readRegularFile(path.join(root, file), 1024 * 1024);
  return read.ok ? new TextDecoder().decode(read.bytes) : undefined;
}

/** Loads reviewers and policy from the base; a reviewers file the change adds counts only when the base has none. */
export async function loadGateConfig(
  root: string,
  baseCommit: string,
  head: string | undefined,
): Promise<{
  reviewers?: ReviewersFile;
  reviewersSource: GateOutcome['reviewersSource'];
  policy: Policy;
  policySource: GateOutcome['policySource'];
}> {
  const baseReviewers = await baseFile(root, baseCommit, REVIEWERS_PATH);
  let reviewers: ReviewersFile | undefined;
  let reviewersSource: GateOutcome['reviewersSource'] = 'none';
  if (baseReviewers !== undefined) {
    reviewers = parseReviewers(baseReviewers, `${REVIEWERS_PATH} (base)`);
    reviewersSource = 'base';
  } else {
    const added = await newSideFile(root, head, REVIEWERS_PATH);
    if (added !== undefined) {
      reviewers = parseReviewers(added, REVIEWERS_PATH);
      reviewersSource = 'bootstrap';
    }
  }
  const basePolicy = await baseFile(root, baseCommit, POLICY_PATH);
  const policy = basePolicy !== undefined ? parsePolicy(basePolicy, `${POLICY_PATH} (base)`) : { ...DEFAULT_POLICY };
  return { reviewers, reviewersSource, policy, policySource: basePolicy !== undefined ? 'base' : 'default' };
}

/**
 * Rename edges (old -> new): the change's own renames, and renames in the commits between base and
 * head. An edge counts only when its old path no longer exists: a file that was "renamed" and then
 * put back is a copy, and a copy does not inherit the original's resolutions.
 */
async function renameMap(
  root: string,
  baseCommit: string,
  headCommit: string | undefined,
  worktree: boolean,
  netRenames: ReadonlyMap<string, string>,
): Promise<Map<string, string[]>> {
  const edges: [string, string][] = [];
  const present = new Set<string>();
  if (headCommit !== undefined) {
    const tree = await runGit(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', headCommit]);
    for (const name of tree.stdout.toString('utf8').split('\0')) {
      if (name) {
        present.add(name);
      }
    }
    if (headCommit !== baseCommit) {
      const log = await runGit(
        root,
        ['log', '-z', '-M', '--diff-filter=R', '--name-status', '--format=', '--no-color', `${baseCommit}..${headCommit}`, '--'],
        { config: ['log.showSignature=false'] },
      );
      const fields = log.stdout
        .toString('utf8')
        .split('\0')
        .map((f) => f.replace(/^\n+/, ''));
      for (let i = 0; i < fields.length; i++) {
        if (/^R\d*$/.test(fields[i]) && i + 2 < fields.length) {
          edges.push([fields[i + 1], fields[i + 2]]);
          i += 2;
        }
      }
    }
  }
  for (const [newPath, oldPath] of netRenames) {
    edges.push([oldPath, newPath]);
  }
  const exists = async (file: string): Promise<boolean> => {
    if (present.has(file)) {
      return true;
    }
    if (worktree) {
      return lstat(path.join(root, file)).then(
        () => true,
        () => false,
      );
    }
    return false;
  };
  const formerOf = new Map<string, string[]>();
  for (const [from, to] of edges) {
    if (from === to || (await exists(from))) {
      continue;
    }
    const list = formerOf.get(to) ?? [];
    if (!list.includes(from)) {
      list.push(from);
    }
    formerOf.set(to, list);
  }
  return formerOf;
}

function formerPathsFn(map: Map<string, string[]>): (p: string) => string[] {
  return (start: string) => {
    const out: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const former of map.get(current) ?? []) {
        if (former !== start && !out.includes(former)) {
          out.push(former);
          queue.push(former);
        }
      }
    }
    return out;
  };
}

/** Authors of flagged lines, by `git blame` (the configured user for lines not committed yet). */
async function lineAuthors(root: string, flags: readonly GateFlag[], head: string | undefined): Promise<Map<string, Author[]>> {
  const byPath = new Map<string, GateFlag[]>();
  for (const flag of flags) {
    const list = byPath.get(flag.path) ?? [];
    list.push(flag);
    byPath.set(flag.path, list);
  }
  const me = await runGit(root, ['config', '--get', 'user.email'], { okCodes: [1] });
  const myEmail = me.stdout.toString('utf8').trim();
  const filters = await neutralizeFilters(root);
  const out = new Map<string, Author[]>();
  for (const [file, list] of byPath) {
    const args = ['blame', '--porcelain', '--no-progress'];
    for (const flag of list) {
      args.push('-L', `${flag.line},${flag.line}`);
    }
    if (head) {
      args.push(head);
    }
    args.push('--', file);
    // A file git does not track yet (working-tree gate) has only uncommitted lines.
    const blame = await runGit(root, args, { okCodes: head ? [] : [128], config: filters });
    const shaAuthor = new Map<string, Author>();
    const lineSha = new Map<number, string>();
    if (blame.code === 0) {
      let sha = '';
      let name = '';
      for (const line of blame.stdout.toString('utf8').split('\n')) {
        const header = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/.exec(line);
        if (header) {
          sha = header[1];
          lineSha.set(Number(header[2]), sha);
        } else if (line.startsWith('author ')) {
          name = line.slice(7);
        } else if (line.startsWith('author-mail ')) {
          const email = line.slice(12).replace(/^<|>$/g, '');
          shaAuthor.set(sha, email === 'not.committed.yet' ? { name: 'you (not committed yet)', email: myEmail } : { name, email });
        }
      }
    }
    for (const flag of list) {
      const author = blame.code === 0 ? shaAuthor.get(lineSha.get(flag.line) ?? '') : { name: 'you (not committed yet)', email: myEmail };
      out.set(flag.fingerprint, author ? [author] : []);
    }
  }
  return out;
}

export function toGateFlag(f: EngineFinding): GateFlag {
  if (f.codeHash === undefined || f.occurrence === undefined) {
    throw new GateError(`internal error: finding ${f.ruleId} at ${f.path}:${f.line} has no code hash`);
  }
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    source: f.source,
    path: f.path,
    line: f.line,
    message: f.message,
    snippet: f.snippet,
    codeHash: f.codeHash,
    occurrence: f.occurrence,
  };
}

export class LedgerFormatError extends Error {
  constructor(readonly problems: LedgerLineError[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  }
}

export async function readLedger(root: string): Promise<ParsedRecord[]> {
  const ledger = await readLedgerFile(root, LEDGER_PATH);
  if (ledger.errors.length > 0) {
    throw new LedgerFormatError(ledger.errors);
  }
  return ledger.records;
}

/** The ledger as a commit has it. */
export async function readLedgerAt(root: string, ref: string): Promise<ParsedRecord[]> {
  const commit = await baseTipOf(root, ref);
  const text = await baseFile(root, commit, LEDGER_PATH, MAX_LEDGER_BYTES);
  const parsed = parseLedger(text ?? '', `${LEDGER_PATH} (in ${commit.slice(0, 12)})`);
  if (parsed.errors.length > 0) {
    throw new LedgerFormatError(parsed.errors);
  }
  return parsed.records;
}

/** The commits of the branch (base..head) that changed `file`. */
async function branchCommits(root: string, file: string, baseCommit: string, headCommit: string | undefined): Promise<string[]> {
  if (headCommit === undefined || headCommit === baseCommit) {
    return [];
  }
  const log = await runGit(root, ['log', '--format=%H', '--no-color', `${baseCommit}..${headCommit}`, '--', file], {
    config: ['log.showSignature=false'],
  });
  return log.stdout
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}

/**
 * The ledger a decision is made on: the current one, plus every record the base tip has (an
 * unresolve that landed after the branch forked still counts) and every record any commit of the
 * branch had (a record committed and then deleted on the branch still counts). Deleting a record
 * therefore never reopens or closes anything; only a later record does.
 */
async function withHistory(
  root: string,
  current: ParsedRecord[],
  baseTip: string,
  baseCommit: string,
  headCommit: string | undefined,
): Promise<ParsedRecord[]> {
  const commits = new Set<string>([baseTip, ...(await branchCommits(root, LEDGER_PATH, baseCommit, headCommit))]);
  // Keyed by the whole record: an edited copy keeps its signature but is another record.
  const seen = new Set(current.map((p) => canonicalJson(p.record)));
  const out = [...current];
  for (const commit of commits) {
    const text = await baseFile(root, commit, LEDGER_PATH, MAX_LEDGER_BYTES).catch(() => undefined);
    if (text === undefined) {
      continue;
    }
    // Historical versions are read leniently: only their well-formed records matter here.
    for (const parsed of parseLedger(text, LEDGER_PATH).records) {
      const key = canonicalJson(parsed.record);
      if (!seen.has(key)) {
        seen.add(key);
        // Not in the current file: reported against line 0 (from history).
        out.push({ ...parsed, line: 0 });
      }
    }
  }
  return out;
}

/** `.airlock/critiques.jsonl` in the working tree, strictly: a line that is not a record is an error. */
export async function readCritiques(root: string): Promise<ParsedCritiqueRecord[]> {
  await checkNoLinks(root, CRITIQUES_PATH);
  const read = await readRegularFile(path.join(root, CRITIQUES_PATH), MAX_LEDGER_BYTES);
  if (!read.ok) {
    if (read.kind === 'error' && /ENOENT/.test(read.reason)) {
      return [];
    }
    throw new LedgerFileError(`${CRITIQUES_PATH}: ${read.reason}`);
  }
  const parsed = parseCritiques(new TextDecoder().decode(read.bytes), CRITIQUES_PATH);
  if (parsed.errors.length > 0) {
    throw new LedgerFormatError(parsed.errors);
  }
  return parsed.records;
}

async function readCritiquesAt(root: string, commit: string): Promise<ParsedCritiqueRecord[]> {
  const text = await baseFile(root, commit, CRITIQUES_PATH, MAX_LEDGER_BYTES);
  const parsed = parseCritiques(text ?? '', `${CRITIQUES_PATH} (in ${commit.slice(0, 12)})`);
  if (parsed.errors.length > 0) {
    throw new LedgerFormatError(parsed.errors);
  }
  return parsed.records;
}

export interface CritiqueRecords {
  /** The records this change brought: current ∪ every branch commit's, minus what the base had. */
  branch: ParsedCritiqueRecord[];
  /** Every record read, the base's included. */
  all: ParsedCritiqueRecord[];
}

/**
 * The critique records a change brought. As with the ledger, the current file is joined with every
 * version a commit of the branch had, so deleting a critique (committed or not) removes no flag;
 * records the base already had (at the merge base or at its tip) were merged before, with their
 * resolutions, and make no flags here.
 */
export async function critiqueRecords(
  root: string,
  options: { current: 'worktree' | string; baseTip: string; baseCommit: string; headCommit: string | undefined },
): Promise<CritiqueRecords> {
  const current = options.current === 'worktree' ? await readCritiques(root) : await readCritiquesAt(root, options.current);
  const base = new Set<string>();
  const all: ParsedCritiqueRecord[] = [];
  const seen = new Set<string>();
  const keep = (parsed: ParsedCritiqueRecord): boolean => {
    const key = canonicalJson(parsed.record);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    all.push(parsed);
    return true;
  };
  for (const commit of new Set([options.baseCommit, options.baseTip])) {
    const text = await baseFile(root, commit, CRITIQUES_PATH, MAX_LEDGER_BYTES).catch(() => undefined);
    for (const parsed of text === undefined ? [] : parseCritiques(text, CRITIQUES_PATH).records) {
      base.add(canonicalJson(parsed.record));
      keep({ ...parsed, line: 0 });
    }
  }
  const branch: ParsedCritiqueRecord[] = [];
  for (const parsed of current) {
    if (!base.has(canonicalJson(parsed.record))) {
      branch.push(parsed);
    }
    keep(parsed);
  }
  for (const commit of await branchCommits(root, CRITIQUES_PATH, options.baseCommit, options.headCommit)) {
    const text = await baseFile(root, commit, CRITIQUES_PATH, MAX_LEDGER_BYTES).catch(() => undefined);
    // Historical versions are read leniently, as the ledger's are.
    for (const parsed of text === undefined ? [] : parseCritiques(text, CRITIQUES_PATH).records) {
      if (keep({ ...parsed, line: 0 })) {
        branch.push({ ...parsed, line: 0 });
      }
    }
  }
  return { branch, all };
}

function newTexts(changes: readonly FileChange[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const change of changes) {
    if (change.status === 'deleted' || change.newBytes === undefined) {
      continue;
    }
    const decoded = decodeBytes(change.newBytes);
    if (decoded.kind === 'text') {
      texts.set(changePath(change), decoded.text);
    }
  }
  return texts;
}

/** The model flags of a change: its recorded critiques and suspicion gaps, placed in its code as it is now. */
export function changeModelFlags(records: CritiqueRecords, changes: readonly FileChange[]): ModelFlags & { hunks: ChangeHunkRef[] } {
  // The record files themselves are not hunks (`changeHunks` leaves them out): they change with every critique and resolution.
  const hunks = changeHunks(changes);
  const flags = modelFlags({ records: records.branch, known: records.all, hunks, texts: newTexts(changes) });
  return {
    ...flags,
    hunks: hunks.map((h) => ({
      path: h.path,
      hash: h.hash,
      startLine: h.startLine,
      endLine: h.endLine,
      line: h.lines.find((l) => l.added)?.line ?? h.startLine,
    })),
  };
}

export async function runGate(request: GateRequest): Promise<GateOutcome> {
  const root = await repositoryRoot(request.cwd);
  const baseName = request.base ?? (await defaultBase(root));
  const base = await qualifyRef(root, baseName);
  const head = request.worktree ? undefined : (request.head ?? 'HEAD');
  const outcome = await reviewGit({
    cwd: root,
    base,
    staged: false,
    head,
    rules: request.rules,
    limits: request.limits,
    lineHashes: request.lineHashes,
  });
  const crashed = outcome.findings.find((f) => f.ruleId === 'airlock/internal-error');
  if (crashed) {
    throw new GateError(`the analyzer crashed on ${crashed.path}: ${crashed.message}`);
  }
  const baseCommit = outcome.baseCommit as string;
  // Reviewers and policy come from the base branch as it is now, not from where this branch forked:
  // a branch started before a reviewer was removed, or before the policy was tightened, gets no say.
  const baseTip = await baseTipOf(root, base);
  const config = await loadGateConfig(root, baseTip, head);
  const ruleset = rulesetVersion(request.rules.map((r) => r.meta));
  if (config.policy.ruleset !== undefined && config.policy.ruleset !== ruleset) {
    throw new GateError(
      `ruleset mismatch: ${POLICY_PATH} on the base pins ruleset ${config.policy.ruleset}, and this Airlock runs ${ruleset}; run the Airlock version the policy names, or update the pin on the base branch`,
    );
  }
  const current = request.ledgerFrom === 'head' && head ? await readLedgerAt(root, head) : await readLedger(root);
  // The gated commit (HEAD for a working-tree gate; none in a repository without commits).
  const resolvedHead = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${head ?? 'HEAD'}^{commit}`], {
    okCodes: [1],
  });
  const headCommit = resolvedHead.code === 0 ? resolvedHead.stdout.toString('utf8').trim() : undefined;
  const records = await withHistory(root, current, baseTip, baseCommit, headCommit);
  const critiques = await critiqueRecords(root, {
    current: request.ledgerFrom === 'head' && head ? (headCommit ?? head) : 'worktree',
    baseTip,
    baseCommit,
    headCommit,
  });
  const model = changeModelFlags(critiques, outcome.changes ?? []);
  const findings = [...outcome.findings, ...model.findings];
  const flags = [...outcome.findings.map(toGateFlag), ...model.flags];
  const renames = await renameMap(root, baseCommit, headCommit, head === undefined, outcome.renamed ?? new Map());
  // Lines a change removed have no author in the new version: self-review is judged on added code
  // (for a model flag, on the code its quote or hunk is in now).
  const added = [
    ...outcome.findings.filter((f) => f.side !== 'removed').map(toGateFlag),
    ...model.flags.filter((f) => model.placed.has(f.fingerprint)),
  ];
  const authors = config.policy.forbidSelfReview ? await lineAuthors(root, added, head) : new Map<string, Author[]>();
  const inherited = new Set<string>();
  const baseLedger = await baseFile(root, baseCommit, LEDGER_PATH, MAX_LEDGER_BYTES).catch(() => undefined);
  for (const parsed of baseLedger === undefined ? [] : parseLedger(baseLedger, LEDGER_PATH).records) {
    inherited.add(parsed.record.signature);
  }
  const result = evaluateGate({
    inherited,
    flags,
    ledger: records,
    reviewers: config.reviewers,
    policy: config.policy,
    verify: verifySignature,
    formerPaths: formerPathsFn(renames),
    authorsOf: (flag) => authors.get(flag.fingerprint) ?? [],
    critiques: { hunks: model.hunks, records: critiques.all },
  });
  return {
    root,
    base: baseName,
    baseLabel: outcome.baseLabel,
    baseCommit,
    result,
    findings,
    notAnalyzed: outcome.notAnalyzed,
    capabilityDelta: outcome.capabilityDelta,
    filesReviewed: outcome.filesReviewed,
    reviewersSource: config.reviewersSource,
    policySource: config.policySource,
    policy: config.policy,
    baseTip,
    ruleset,
  };
}
