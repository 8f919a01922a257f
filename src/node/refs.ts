/**
 * What the editor needs from git around a review, through the hardened `runGit`: the branches and
 * recent commits to pick a base from, and a file's text in the base commit.
 */
import type { Limits } from '../core/engine/analyze';
import { decodeBytes } from '../core/text/decode';
import { GitError, readBlobs, runGit } from './git';

export interface CommitInfo {
  sha: string;
  subject: string;
  /** "3 days ago". */
  when: string;
}

/** Local branches first, then remote-tracking ones; short names, as `git rev-parse` accepts them. */
export async function listBranches(cwd: string): Promise<string[]> {
  const result = await runGit(cwd, ['for-each-ref', '--format=%(refname:short)', '--sort=-committerdate', 'refs/heads', 'refs/remotes']);
  return result.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((name) => name !== '' && !name.startsWith('-') && !name.endsWith('/HEAD'));
}

/** The latest commits reachable from HEAD (none in a repository without commits). */
export async function recentCommits(cwd: string, count = 30): Promise<CommitInfo[]> {
  const head = await runGit(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] });
  if (head.code !== 0) {
    return [];
  }
  const result = await runGit(
    cwd,
    ['log', '-z', '--no-color', `--max-count=${Math.max(1, Math.floor(count))}`, '--format=%H%x1f%s%x1f%cr', 'HEAD', '--'],
    { config: ['log.showSignature=false'] },
  );
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const [sha, subject, when] = record.replace(/^\n/, '').split('\x1f');
      return { sha, subject: subject ?? '', when: when ?? '' };
    })
    .filter((c) => /^[0-9a-f]{40,64}$/.test(c.sha));
}

/**
 * A file's text in a commit; undefined when it is not there, not text, or over the size limit.
 * Reads the blob itself (`git cat-file`), so no filter or textconv driver runs.
 */
export async function baseText(root: string, commit: string, path: string, limits: Pick<Limits, 'maxBytes'>): Promise<string | undefined> {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new GitError(`not a commit id: ${commit}`);
  }
  if (/[\n\0]/.test(path)) {
    return undefined;
  }
  const spec = `${commit}:${path}`;
  const blob = (await readBlobs(root, [spec], limits.maxBytes)).get(spec);
  if (!blob?.bytes) {
    return undefined;
  }
  const decoded = decodeBytes(blob.bytes);
  return decoded.kind === 'text' ? decoded.text : undefined;
}
