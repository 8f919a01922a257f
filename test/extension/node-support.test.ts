/** What the extension adds to src/node: audit options (cancel, globs, concurrency, no git) and base refs. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LIMITS } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';
import { baseText, listBranches, recentCommits } from '../../src/node/refs';
import { reviewGit } from '../../src/node/review';
import { scan, type ScanSpec } from '../../src/node/scan';
import { GIT_ENV, useTempDirs } from '../cli/helpers';

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

const RISKY = 'export const run = (s: string) => eval(s);\n';

describe('audit options', () => {
  const tmp = useTempDirs();
  const spec = (cwd: string, extra: Partial<ScanSpec> = {}): ScanSpec => ({
    cwd,
    paths: [],
    includeIgnored: false,
    rules: RULES,
    limits: DEFAULT_LIMITS,
    useGit: false,
    ...extra,
  });

  it('applies include and exclude globs and reports progress with concurrency', async () => {
    const dir = tmp();
    write(dir, { 'src/a.ts': RISKY, 'src/b.ts': RISKY, 'gen/c.ts': RISKY, 'src/skip.ts': RISKY });
    const progress: string[] = [];
    const result = await scan(
      spec(dir, { include: ['src/'], exclude: ['skip.ts'], concurrency: 3, onProgress: (d, t) => progress.push(`${d}/${t}`) }),
    );
    assert.deepEqual([...new Set(result.findings.map((f) => f.path))], ['src/a.ts', 'src/b.ts']);
    assert.deepEqual(progress, ['1/2', '2/2']);
  });

  it('stops when its signal is aborted', async () => {
    const dir = tmp();
    write(dir, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.ts`, RISKY])));
    const controller = new AbortController();
    let seen = 0;
    await assert.rejects(
      scan(
        spec(dir, {
          signal: controller.signal,
          onProgress: (done) => {
            seen = done;
            if (done === 3) {
              controller.abort();
            }
          },
        }),
      ),
      (error: Error) => error.name === 'AbortError',
    );
    assert.equal(seen, 3);
  });

  it('walks a folder without git when told to (Restricted Mode), honouring .gitignore', async () => {
    const dir = tmp();
    git(dir, 'init', '-q');
    write(dir, { '.gitignore': 'ignored.ts\n', 'a.ts': RISKY, 'ignored.ts': RISKY });
    const result = await scan(spec(dir));
    assert.equal(result.root, path.resolve(dir));
    assert.deepEqual([...new Set(result.findings.map((f) => f.path))], ['a.ts']);
  });
});

describe('review bases', () => {
  const tmp = useTempDirs();

  it('lists branches and commits, reads base text, and reports base paths of a review', async () => {
    const dir = tmp();
    git(dir, 'init', '-q', '-b', 'main');
    const old = Array.from({ length: 8 }, (_, i) => `export const a${i} = ${i};\n`).join('');
    write(dir, { 'src/old.ts': old, 'keep.ts': 'export const k = 1;\n' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base <img src=x>');
    git(dir, 'branch', 'feature');
    git(dir, 'mv', 'src/old.ts', 'src/new.ts');
    write(dir, { 'src/new.ts': `${old}${RISKY}`, 'added.ts': RISKY });
    assert.deepEqual((await listBranches(dir)).sort(), ['feature', 'main']);
    const commits = await recentCommits(dir);
    assert.equal(commits.length, 1);
    assert.equal(commits[0].subject, 'base <img src=x>');
    assert.equal(await baseText(dir, commits[0].sha, 'src/old.ts', DEFAULT_LIMITS), old);
    assert.equal(await baseText(dir, commits[0].sha, 'missing.ts', DEFAULT_LIMITS), undefined);
    const outcome = await reviewGit({ cwd: dir, base: 'HEAD', staged: false, rules: RULES, limits: DEFAULT_LIMITS });
    assert.equal(outcome.baseCommit, commits[0].sha);
    assert.equal(outcome.basePaths?.get('added.ts'), undefined);
    assert.ok(outcome.basePaths?.has('added.ts'));
    assert.equal(outcome.basePaths?.get('src/new.ts'), 'src/old.ts');
    assert.ok(outcome.findings.some((f) => f.path === 'src/new.ts' && f.ruleId === 'ts/eval'));
  });

  it('returns no commits in a repository without any', async () => {
    const dir = tmp();
    git(dir, 'init', '-q');
    assert.deepEqual(await recentCommits(dir), []);
  });
});
