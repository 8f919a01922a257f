/**
 * Model critiques in the merge gate, end to end on real temporary git repositories and a local
 * OpenAI-compatible server on 127.0.0.1: `review --critique --record` writes
 * `.airlock/critiques.jsonl`; the gate (which calls no model) blocks on each critique and
 * suspicion gap until a person resolves it; deleting records removes no flag; `requireCritique`
 * blocks hunks without a signed "critiqued" record; a corrupt line cannot be evaluated.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { critiqueFlagFingerprint, parseCritiques, serializeCritiqueRecord, type CritiqueRecord } from '../../src/core/critique/record';
import type { JsonGateReport } from '../../src/core/report/gate';
import { completion, startChatServer, type ChatRequest, type ChatServer } from '../support/chat-server';
import { gateJson, Repo, runCli, useTempDirs } from './helpers';

type Body = ChatRequest['body'];

const TOTAL = 'export function total(items) {\n  return items.reduce((sum, item) => sum + item.price, 1);\n}\n';
const CALC = 'export function half(n) {\n  return n / 2;\n}\n';
const QUOTE = 'sum + item.price, 1)';
const CLAIM = 'The sum starts at 1 instead of 0.';

/**
 * The model: a critique of the hunk in src/total.js, a high suspicion without a critique (a gap) on
 * src/calc.js, nothing on any other hunk.
 */
function answer(body: Body): string {
  const user = body.messages[1].content;
  const hunks = [...user.matchAll(/^@@ hunk (H\d+) in file (\S+) /gm)].map((m) => ({ id: m[1], path: m[2] }));
  return JSON.stringify({
    hunks: hunks.map(({ id, path }) => ({
      hunk: id,
      unsafeProbability: path === 'src/calc.js' ? 0.9 : path === 'src/total.js' ? 0.8 : 0.05,
      critiques:
        path === 'src/total.js'
          ? [{ quote: QUOTE, category: 'correctness', severity: 'medium', claim: CLAIM, reasoning: 'Off by one.', check: 'Is 1 intended?' }]
          : [],
    })),
  });
}

describe('cli: model critiques in the merge gate', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();
  let server: ChatServer;
  let url: string;
  let requests = 0;

  before(async () => {
    server = await startChatServer((request, res) => {
      requests++;
      completion(answer(request.body), res, request);
    });
    url = server.url;
  });
  after(() => server.close());

  interface Setup {
    repo: Repo;
    /** Rita's environment: her reviewer key is in its XDG_CONFIG_HOME. */
    env: NodeJS.ProcessEnv;
    /** No reviewer key at all. */
    anon: NodeJS.ProcessEnv;
    keyId: string;
  }

  /** main with Rita registered (and a policy); a branch `feature` adding two files without static flags. */
  async function setup(policy?: object): Promise<Setup> {
    const repo = Repo.init(tmp, { 'README.md': '# demo\n' });
    const env = { XDG_CONFIG_HOME: tmp('airlock-xdg-'), XDG_CACHE_HOME: tmp('airlock-cache-'), NO_COLOR: '1', AIRLOCK_API_KEY: 'k' };
    const anon = { ...env, XDG_CONFIG_HOME: tmp('airlock-xdg-') };
    const keys = await runCli(['keys', 'init', '--name', 'Rita Reviewer', '--email', 'rita@example.com', '--register'], {
      cwd: repo.root,
      env,
    });
    assert.equal(keys.code, 0, keys.stderr);
    const keyId = /Created reviewer key ([0-9a-f]{16})/.exec(keys.stdout)?.[1] as string;
    if (policy) {
      repo.write({ '.airlock/policy.json': JSON.stringify(policy) });
    }
    repo.commit('register the reviewer');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/total.js': TOTAL, 'src/calc.js': CALC });
    repo.commit('agent: totals and halves');
    return { repo, env, anon, keyId };
  }

  async function record(s: Setup, env = s.env): Promise<{ code: number; stderr: string }> {
    const result = await runCli(
      ['review', '--base', 'main', '--critique', '--record', '--base-url', url, '--model', 'test-model', '--no-cache'],
      {
        cwd: s.repo.root,
        env,
      },
    );
    return { code: result.code, stderr: result.stderr };
  }

  const gate = (s: Setup, extra: string[] = []) => gateJson(s.repo.root, s.env, extra);

  function shown(report: JsonGateReport): string[] {
    return report.flags.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.source} ${f.category} ${f.severity} ${f.state}`);
  }

  async function resolve(s: Setup, ids: string[], verdict = 'false-positive', note = 'read it: intended'): Promise<void> {
    const result = await runCli(['resolve', ...ids, '--verdict', verdict, '--note', note, '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: s.env,
    });
    assert.equal(result.code, 0, result.stderr);
  }

  function critiquesFile(s: Setup): string {
    return readFileSync(s.repo.path('.airlock/critiques.jsonl'), 'utf8');
  }

  it('records signed critiques; the gate blocks on the critique and the gap until a person resolves them', async () => {
    const s = await setup();
    const before = requests;
    const recorded = await record(s);
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.ok(requests > before, 'the review asked the model');
    assert.match(recorded.stderr, /recorded 3 critique records in \.airlock\/critiques\.jsonl, signed by Rita Reviewer/);
    const records = parseCritiques(critiquesFile(s), 'f');
    assert.deepEqual(records.errors, []);
    assert.deepEqual(
      records.records.map((r) => [r.record.kind, r.record.path, r.record.model, r.record.promptVersion, r.record.reviewer?.email]),
      [
        ['critique', 'src/total.js', 'test-model', 'airlock-critique-1', 'rita@example.com'],
        ['hunk', 'src/calc.js', 'test-model', 'airlock-critique-1', 'rita@example.com'],
        ['hunk', 'src/total.js', 'test-model', 'airlock-critique-1', 'rita@example.com'],
      ],
    );

    // The gate calls no model: the server sees nothing more.
    const served = requests;
    const blocked = await gate(s);
    assert.equal(requests, served);
    assert.equal(blocked.code, 1, JSON.stringify(blocked.report, null, 2));
    assert.deepEqual(shown(blocked.report), [
      'src/calc.js:1 model/suspicion-gap model correctness medium unresolved',
      'src/total.js:2 model/critique model correctness medium unresolved',
    ]);
    const critique = records.records[0].record as CritiqueRecord;
    const flag = blocked.report.flags.find((f) => f.ruleId === 'model/critique');
    assert.equal(flag?.fingerprint, critiqueFlagFingerprint(critique), 'the editor maps a critique to its flag');
    assert.equal(flag?.message, CLAIM);
    const text = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /merge blocked \(2 flags need a person\)/);
    assert.match(text.stdout, /src\/total\.js:2 {2}medium {2}correctness {2}model\/critique {2}unresolved\n {10}The sum starts at 1/);

    // airlock resolve takes the model flags' ids, as it takes static ones.
    await resolve(s, [blocked.report.flags[0].id], 'accepted-risk', 'halving is meant to be exact');
    const half = await gate(s);
    assert.equal(half.code, 1);
    assert.deepEqual(
      half.report.flags.map((f) => f.state),
      ['resolved', 'unresolved'],
    );
    await resolve(s, [flag?.id as string]);
    const ledger = readFileSync(s.repo.path('.airlock/ledger.jsonl'), 'utf8').trim().split('\n');
    assert.deepEqual(
      ledger.map((l) => (JSON.parse(l) as { source: string; ruleId: string }).ruleId),
      ['model/suspicion-gap', 'model/critique'],
    );
    assert.ok(ledger.every((l) => (JSON.parse(l) as { source: string }).source === 'model'));
    s.repo.commit('review and critiques');
    const passed = await gate(s);
    assert.equal(passed.code, 0, JSON.stringify(passed.report, null, 2));

    // SARIF: the model flags with their rules, resolved ones suppressed.
    const sarif = await runCli(['gate', '--base', 'main', '--format', 'sarif'], { cwd: s.repo.root, env: s.env });
    const run = (
      JSON.parse(sarif.stdout) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: { ruleId: string; ruleIndex: number; suppressions?: unknown[]; properties: { source: string } }[];
        }[];
      }
    ).runs[0];
    const model = run.results.filter((r) => r.properties.source === 'model');
    assert.deepEqual(model.map((r) => r.ruleId).sort(), ['model/critique', 'model/suspicion-gap']);
    for (const r of model) {
      assert.equal(r.suppressions?.length, 1);
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    }
  });

  it('keeps every recorded flag when critiques.jsonl lines are deleted, uncommitted or committed', async () => {
    const s = await setup();
    assert.equal((await record(s)).code, 0);
    s.repo.commit('critiques');
    const expected = ['src/calc.js:1 model/suspicion-gap', 'src/total.js:2 model/critique'];
    const names = (r: JsonGateReport): string[] => r.flags.map((f) => `${f.path}:${f.line} ${f.ruleId}`);
    assert.deepEqual(names((await gate(s)).report), expected);

    // Uncommitted: the file emptied, then deleted.
    writeFileSync(s.repo.path('.airlock/critiques.jsonl'), '');
    let result = await gate(s, ['--worktree']);
    assert.equal(result.code, 1);
    assert.deepEqual(names(result.report), expected);
    s.repo.rm('.airlock/critiques.jsonl');
    assert.deepEqual(names((await gate(s, ['--worktree'])).report), expected);

    // Committed: the deletion is in the branch; the earlier commit still counts.
    s.repo.commit('agent: tidy up');
    result = await gate(s);
    assert.equal(result.code, 1);
    assert.deepEqual(names(result.report), expected);
  });

  it('makes no flags of the records the base already has (merged with their resolutions)', async () => {
    const s = await setup();
    assert.equal((await record(s)).code, 0);
    s.repo.commit('critiques');
    assert.equal((await gate(s)).report.flags.length, 2);
    s.repo.git('checkout', '-q', 'main');
    s.repo.git('merge', '-q', '--ff-only', 'feature');
    s.repo.git('checkout', '-q', '-b', 'next');
    s.repo.write({ 'README.md': '# demo\n\nMore.\n' });
    s.repo.commit('docs');
    const next = await gate(s);
    assert.deepEqual(next.report.flags, []);
    assert.equal(next.code, 0);
  });

  it('keeps a critique whose quoted code is gone, with a note, until a person resolves it', async () => {
    const s = await setup();
    assert.equal((await record(s)).code, 0);
    s.repo.write({ 'src/total.js': TOTAL.replace('item.price, 1)', 'item.price, 0)') });
    s.repo.commit('fix the sum, record the critiques');
    const result = await gate(s);
    assert.equal(result.code, 1);
    const flag = result.report.flags.find((f) => f.ruleId === 'model/critique');
    assert.ok(flag, JSON.stringify(result.report.flags));
    assert.equal(flag.state, 'unresolved');
    assert.match(flag.notice ?? '', /the quoted code is gone/);
    const text = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.match(text.stdout, /note: the quoted code is gone/);
    await resolve(s, [flag.id], 'fixed', '');
    const after = await gate(s, ['--worktree']);
    assert.equal(after.report.flags.find((f) => f.ruleId === 'model/critique')?.state, 'resolved');
  });

  it('requireCritique blocks (exit 1) each hunk without a signed record, forged and unsigned ones included, and passes once Rita’s exist', async () => {
    const s = await setup({ requireCritique: true });
    const none = await gate(s);
    assert.equal(none.code, 1, none.stderr);
    assert.deepEqual(none.report.errors, []);
    assert.deepEqual(shown(none.report), [
      'src/calc.js:1 model/not-critiqued model correctness medium unresolved',
      'src/total.js:1 model/not-critiqued model correctness medium unresolved',
    ]);
    const text = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /src\/calc\.js:1 .*model\/not-critiqued/);
    assert.match(text.stdout, /Lines 1–3 were not critiqued by a model/);

    // Unsigned records (no reviewer key) add the flags, but do not make a hunk critiqued.
    const unsigned = await record(s, s.anon);
    assert.equal(unsigned.code, 0, unsigned.stderr);
    assert.match(unsigned.stderr, /unsigned \(no reviewer key at /);
    let result = await gate(s, ['--worktree']);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.report.flags.filter((f) => f.ruleId === 'model/not-critiqued').map((f) => [f.path, f.state]),
      [
        ['src/calc.js', 'invalid'],
        ['src/total.js', 'invalid'],
      ],
    );
    assert.match(result.report.flags.find((f) => f.ruleId === 'model/not-critiqued')?.reason ?? '', /unsigned/);

    // Forged records in Rita's name and key, with a signature that is not hers.
    const lines = critiquesFile(s).trim().split('\n');
    const forged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((r) => r.kind === 'hunk')
      .map((r) =>
        JSON.stringify({ ...r, reviewer: { name: 'Rita Reviewer', email: 'rita@example.com', keyId: s.keyId }, signature: 'AAAA' }),
      );
    writeFileSync(s.repo.path('.airlock/critiques.jsonl'), `${[...lines, ...forged].join('\n')}\n`);
    result = await gate(s, ['--worktree']);
    assert.equal(result.code, 1);
    assert.equal(result.report.flags.filter((f) => f.ruleId === 'model/not-critiqued').length, 2);
    assert.match(result.report.flags.find((f) => f.ruleId === 'model/not-critiqued')?.reason ?? '', /bad signature/);

    // Rita runs the critique: her signed hunk records cover both hunks.
    const signed = await record(s);
    assert.equal(signed.code, 0, signed.stderr);
    assert.match(signed.stderr, /recorded 3 critique records .*signed by Rita/);
    s.repo.commit('critiques');
    result = await gate(s);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.report.flags.map((f) => f.ruleId),
      ['model/suspicion-gap', 'model/critique'],
    );
    await resolve(
      s,
      result.report.flags.map((f) => f.id),
    );
    s.repo.commit('review');
    const passed = await gate(s);
    assert.equal(passed.code, 0, JSON.stringify(passed.report, null, 2));

    // A new hunk after the critique is not covered.
    s.repo.write({ 'src/calc.js': `${CALC}export const two = 2;\n` });
    s.repo.commit('agent: one more');
    const again = await gate(s);
    assert.equal(again.code, 1);
    assert.deepEqual(
      again.report.flags.filter((f) => f.blocking).map((f) => `${f.path} ${f.ruleId}`),
      ['src/calc.js model/not-critiqued'],
    );
  });

  it('a corrupt critiques.jsonl line cannot be evaluated (exit 2): the gate names the line and quotes nothing', async () => {
    const s = await setup();
    assert.equal((await record(s)).code, 0);
    const lines = critiquesFile(s).trim().split('\n');
    const secret = 'ghp_SECRETSECRETSECRET1234';
    writeFileSync(
      s.repo.path('.airlock/critiques.jsonl'),
      `${lines[0]}\n{"v":1,"kind":"critique","note":"${secret}"}\n${lines.slice(1).join('\n')}\n`,
    );
    const result = await runCli(['gate', '--base', 'main'], { cwd: s.repo.root, env: s.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.airlock\/critiques\.jsonl:2: /);
    assert.ok(!(result.stdout + result.stderr).includes('SECRET'));
    // Nor will a critique run append to it, or resolve read past it.
    const before = critiquesFile(s);
    assert.equal((await record(s)).code, 2);
    assert.equal(critiquesFile(s), before);
    const resolveRun = await runCli(['resolve', 'abcdef12', '--verdict', 'fixed', '--base', 'main', '--yes'], {
      cwd: s.repo.root,
      env: s.env,
    });
    assert.equal(resolveRun.code, 2);
  });

  it('--record needs --critique (a usage error)', async () => {
    const s = await setup();
    const result = await runCli(['review', '--record'], { cwd: s.repo.root, env: s.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--record goes with --critique/);
  });

  it('a serialized record the gate reads back is the one recordCritiques wrote', async () => {
    const s = await setup();
    assert.equal((await record(s)).code, 0);
    for (const line of critiquesFile(s).trim().split('\n')) {
      const [parsed] = parseCritiques(line, 'f').records;
      assert.equal(serializeCritiqueRecord(parsed.record), line);
    }
  });
});
