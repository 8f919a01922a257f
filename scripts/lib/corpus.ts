/**
 * Loads the labeled corpus (test/corpus/<case>/{case.json,before/,after/}) and replays a case
 * as a real git repository: a base commit of before/, then the working tree made equal to after/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Category } from '../../src/core/model/finding';

export interface Planted {
  path: string;
  /** Exact substring of one line of after/<path>, or, with side "removed", of before/<path>. */
  text: string;
  category: Category;
  /** "removed": the risk is what the change deleted (a test, an assertion); the line is in before/. */
  side?: 'new' | 'removed';
}

export interface CorpusCase {
  id: string;
  dir: string;
  description: string;
  kind: 'risky' | 'benign';
  language: 'js' | 'ts' | 'py' | 'mixed';
  planted: Planted[];
}

/** The cases of a corpus, optionally only those whose id contains `match`. */
export function loadCorpus(root: string, match?: string): CorpusCase[] {
  return readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory() && (match === undefined || name.includes(match)))
    .sort()
    .map((id) => {
      const dir = path.join(root, id);
      const meta = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Omit<CorpusCase, 'id' | 'dir'>;
      return { id, dir, ...meta };
    });
}

/** The 1-based line of after/<path> (before/<path> for removed lines) holding the planted text (it must be unique). */
export function plantedLine(c: CorpusCase, p: Planted): number {
  const side = p.side === 'removed' ? 'before' : 'after';
  const lines = readFileSync(path.join(c.dir, side, p.path), 'utf8').split(/\r\n|\n|\r/);
  const hits = lines.flatMap((line, i) => (line.includes(p.text) ? [i + 1] : []));
  if (hits.length !== 1) {
    throw new Error(`${c.id}: planted text ${JSON.stringify(p.text)} matches ${hits.length} lines of ${p.path}`);
  }
  return hits[0];
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=corpus', '-c', 'user.email=corpus@example.invalid', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/** Creates the repository for a case and returns its path; the caller removes it. */
export function replayCase(c: CorpusCase): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'airlock-corpus-'));
  git(repo, 'init', '-q', '-b', 'main');
  cpSync(path.join(c.dir, 'before'), repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'base');
  for (const entry of readdirSync(repo)) {
    if (entry !== '.git') {
      rmSync(path.join(repo, entry), { recursive: true, force: true });
    }
  }
  cpSync(path.join(c.dir, 'after'), repo, { recursive: true });
  return repo;
}
