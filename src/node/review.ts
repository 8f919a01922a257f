/** Runs a diff review from git or from a patch file: collects the changes, hands them to core. */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Limits } from '../core/engine/analyze';
import type { Rule } from '../core/engine/rule';
import type { FileChange } from '../core/diff/change';
import { applyPatchFile, parsePatchText } from '../core/diff/patch';
import { reviewChanges, type ReviewResult } from '../core/review/review';
import { collectChanges } from './changes';
import { readRegularFile } from './files';
import { GitError, readBlobs, runGit } from './git';
import { scanRoot } from './scan';
import { loadPythonParser, mayNeedPython } from './python';
import { heapUsed } from './heap';

export interface ReviewRequest {
  cwd: string;
  base: string;
  staged: boolean;
  head?: string;
  rules: readonly Rule[];
  limits: Limits;
  lineHashes?: boolean;
}

export interface ReviewOutcome extends ReviewResult {
  root: string;
  baseLabel: string;
  /** The commit the change was compared with (git reviews only). */
  baseCommit?: string;
  /** For each reviewed file's new path, its path in the base version (undefined: the change added it). */
  basePaths?: Map<string, string | undefined>;
  /** Files the change renamed (git's rename detection; not copies): new path -> base path. */
  renamed?: Map<string, string>;
  /** The changed files with their contents (model critiques build their hunks from them). */
  changes?: FileChange[];
}

export async function reviewGit(request: ReviewRequest): Promise<ReviewOutcome> {
  const collected = await collectChanges({
    cwd: request.cwd,
    base: request.base,
    staged: request.staged,
    head: request.head,
    maxBytes: request.limits.maxBytes,
  });
  await loadPythonParserFor(collected.changes);
  const result = reviewAll(collected.changes, request);
  const basePaths = new Map<string, string | undefined>();
  const renamed = new Map<string, string>();
  for (const change of collected.changes) {
    if (change.newPath !== undefined) {
      basePaths.set(change.newPath, change.status === 'added' ? undefined : change.oldPath);
      if (change.status === 'renamed' && change.oldPath !== undefined && change.oldPath !== change.newPath) {
        renamed.set(change.newPath, change.oldPath);
      }
    }
  }
  return {
    ...result,
    root: collected.root,
    baseLabel: collected.baseLabel,
    baseCommit: collected.baseCommit,
    basePaths,
    renamed,
    changes: collected.changes,
  };
}

export interface PatchRequest {
  cwd: string;
  /** The patch text (already read from a file or stdin). */
  patch: string;
  /** Base ref for base versions when the patch is reviewed inside a repository. */
  base: string;
  rules: readonly Rule[];
  limits: Limits;
  lineHashes?: boolean;
}

/**
 * Reviews a patch. Base versions come from the repository's base ref when there is one (else from
 * the files on disk), and each file's new version is rebuilt by applying the patch to it.
 */
export async function reviewPatch(request: PatchRequest): Promise<ReviewOutcome> {
  const { root, git } = await scanRoot(request.cwd);
  let baseCommit: string | undefined;
  if (git) {
    if (request.base.startsWith('-')) {
      throw new GitError(`invalid ref: ${request.base}`);
    }
    const commit = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${request.base}^{commit}`], {
      okCodes: [1],
    });
    if (commit.code === 0) {
      baseCommit = commit.stdout.toString('utf8').trim();
    } else if (request.base !== 'HEAD') {
      throw new GitError(`unknown revision: ${request.base}`);
    }
  }
  const files = parsePatchText(request.patch);
  let baseLabel = 'the files on disk';
  const bases = new Map<string, Uint8Array | undefined>();
  const wanted = files.map((f) => f.oldPath).filter((p): p is string => p !== undefined);
  if (baseCommit) {
    const sha = baseCommit;
    baseLabel = `${request.base} (${sha.slice(0, 12)})`;
    const specs = wanted.filter((p) => !/[\n\0]/.test(p)).map((p) => `${sha}:${p}`);
    const blobs = await readBlobs(root, specs, request.limits.maxBytes);
    for (const p of wanted) {
      bases.set(p, blobs.get(`${sha}:${p}`)?.bytes);
    }
  }
  const changes: FileChange[] = [];
  for (const file of files) {
    let base = file.oldPath ? bases.get(file.oldPath) : undefined;
    const diskPath = file.newPath ?? file.oldPath;
    const disk = diskPath ? await readRegularFile(path.join(root, diskPath), request.limits.maxBytes) : undefined;
    const current = disk?.ok ? disk.bytes : undefined;
    if (base === undefined && !bases.has(file.oldPath ?? '') && file.oldPath) {
      const onDisk = await readRegularFile(path.join(root, file.oldPath), request.limits.maxBytes);
      base = onDisk.ok ? onDisk.bytes : undefined;
    }
    changes.push(applyPatchFile(file, base, current));
  }
  await loadPythonParserFor(changes);
  return { ...reviewAll(changes, request), root, baseLabel: `${baseLabel}, with the patch applied`, changes };
}

/** Loads the Python grammar when some version of some changed file may be Python. */
async function loadPythonParserFor(changes: readonly FileChange[]): Promise<void> {
  const python = changes.some(
    (c) =>
      (c.newPath !== undefined && mayNeedPython(c.newPath, c.newBytes)) ||
      (c.oldPath !== undefined && mayNeedPython(c.oldPath, c.oldBytes)),
  );
  if (python) {
    await loadPythonParser();
  }
}

function reviewAll(
  changes: readonly FileChange[],
  request: { rules: readonly Rule[]; limits: Limits; lineHashes?: boolean },
): ReviewResult {
  return reviewChanges(changes, { rules: request.rules, limits: request.limits, lineHashes: request.lineHashes, heapUsed });
}

export async function readPatchInput(source: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(path.resolve(cwd, source), 'utf8');
}
