/**
 * The analysis worker pool the editor uses: the same findings as in-process analysis, a stuck or
 * crashed worker reported as "not analyzed" and replaced, cancellation within a second, and an
 * audit (`scan`) through the pool equal to one without it.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFile, DEFAULT_LIMITS, type Limits } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';
import { liveFindings } from '../../src/core/view/live';
import { AnalysisPool, defaultWorkerScript } from '../../src/node/analysis-pool';
import { scan } from '../../src/node/scan';

const TEST_WORKER = { file: path.join(__dirname, '..', 'support', 'analysis-test-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

const TS = 'import { exec } from "node:child_process";\nexport function run(input: string) {\n  exec(input);\n  return eval(input);\n}\n';
const PY = 'import os\nimport subprocess\nsubprocess.run(cmd, shell=True)\nos.system(cmd)\n';
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 8, 8, 6, 0, 0, 0,
]);
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

function inProcess(file: string, bytes: Uint8Array): { findings: unknown; notAnalyzed: unknown } {
  const result = analyzeFile(file, bytes, { rules: RULES, limits: DEFAULT_LIMITS, mode: 'scan', lineHashes: true });
  return { findings: result.findings, notAnalyzed: result.notAnalyzed };
}

describe('analysis pool', function () {
  this.timeout(60_000);
  const pools: AnalysisPool[] = [];
  const make = (options: ConstructorParameters<typeof AnalysisPool>[0]): AnalysisPool => {
    const pool = new AnalysisPool(options);
    pools.push(pool);
    return pool;
  };
  after(async () => {
    await Promise.all(pools.map((p) => p.dispose()));
  });

  it('runs the worker from sources when there is no bundle', () => {
    assert.match(defaultWorkerScript().file, /analysis-worker\.ts$/);
  });

  it('gives the in-process findings for a TypeScript, a Python, a binary and an executable file', async () => {
    const pool = make({});
    for (const [file, bytes] of [
      ['src/run.ts', enc(TS)],
      ['tool.py', enc(PY)],
      ['assets/logo.png', PNG],
      ['src/helper.js', ELF],
    ] as const) {
      const expected = inProcess(file, bytes);
      const got = await pool.analyzeFile(file, bytes, { mode: 'scan', limits: DEFAULT_LIMITS, lineHashes: true });
      assert.deepStrictEqual(got, expected, file);
    }
    const ts = inProcess('src/run.ts', enc(TS)).findings as { ruleId: string }[];
    assert.ok(ts.some((f) => f.ruleId === 'ts/eval'));
  });

  it('gives the in-process live findings of an edited document', async () => {
    const pool = make({});
    const base = 'export function run(input: string) {\n  return input.length;\n}\n';
    const review = liveFindings({ path: 'src/run.ts', text: TS, baseText: base, rules: RULES, previous: [] });
    // A diff rule's finding (about the change as a whole) is carried over as it is.
    const previous = [...review, { ...review[0], ruleId: 'diff/tests-deleted', messageId: 'deleted', fileLevel: true }];
    const expected = liveFindings({ path: 'src/run.ts', text: TS, baseText: base, rules: RULES, limits: DEFAULT_LIMITS, previous });
    const got = await pool.analyzeLive({ path: 'src/run.ts', text: TS, baseText: base, previous, limits: DEFAULT_LIMITS });
    assert.deepStrictEqual(got, expected);
    assert.ok(got.some((f) => f.ruleId === 'ts/eval'));
    assert.ok(got.some((f) => f.ruleId === 'diff/tests-deleted'));
  });

  it('reports a file whose analysis hangs as not analyzed, in time, and replaces the worker', async () => {
    const events: string[] = [];
    const pool = make({ worker: TEST_WORKER, timeoutMarginMs: 1000, onWorkerEvent: (m) => events.push(m) });
    const limits: Limits = { ...DEFAULT_LIMITS, timeMs: 1000 };
    pool.warm();
    // The first answer includes the worker's start-up; the timeout is measured from a warm worker.
    await pool.analyzeFile('warm.js', enc('1;\n'), { mode: 'scan', limits });
    const started = Date.now();
    const outcome = await pool.analyzeFile('src/hang.js', enc('x;\n'), { mode: 'scan', limits });
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 1900 && elapsed < 15_000, `answered after ${elapsed} ms`);
    assert.deepEqual(outcome.notAnalyzed, { path: 'src/hang.js', reason: 'analysis did not finish in 2 s' });
    assert.equal(outcome.findings.length, 1);
    assert.equal(outcome.findings[0].ruleId, 'airlock/not-analyzed');
    assert.match(outcome.findings[0].message, /analysis did not finish in 2 s/);
    assert.ok(outcome.findings[0].fileLevel);
    assert.ok(events.some((e) => e.includes('src/hang.js')));
    // A new worker answers the next file.
    const next = await pool.analyzeFile('src/run.ts', enc(TS), { mode: 'scan', limits: DEFAULT_LIMITS, lineHashes: true });
    assert.deepStrictEqual(next, inProcess('src/run.ts', enc(TS)));
  });

  it('recovers from a worker that exits and from a job that throws', async () => {
    const pool = make({ worker: TEST_WORKER });
    const crashed = await pool.analyzeFile('crash.py', enc('x = 1\n'), { mode: 'scan', limits: DEFAULT_LIMITS });
    assert.match(crashed.notAnalyzed?.reason ?? '', /the analysis worker exited \(code 3\)/);
    assert.equal(crashed.findings[0].ruleId, 'airlock/not-analyzed');
    const threw = await pool.analyzeFile('throw.js', enc('x;\n'), { mode: 'scan', limits: DEFAULT_LIMITS });
    assert.match(threw.notAnalyzed?.reason ?? '', /analysis failed: the test worker threw/);
    const next = await pool.analyzeFile('tool.py', enc(PY), { mode: 'scan', limits: DEFAULT_LIMITS, lineHashes: true });
    assert.deepStrictEqual(next, inProcess('tool.py', enc(PY)));
  });

  it('ends a worker that has had nothing to do for idleMs, and starts a new one for the next request', async () => {
    const events: string[] = [];
    const pool = make({ idleMs: 300, onWorkerEvent: (m) => events.push(m) });
    const first = await pool.analyzeFile('src/run.ts', enc(TS), { mode: 'scan', limits: DEFAULT_LIMITS });
    assert.equal(pool.liveWorkers, 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(pool.liveWorkers, 0);
    assert.ok(
      events.some((e) => /idle/.test(e)),
      events.join('\n'),
    );
    const second = await pool.analyzeFile('src/run.ts', enc(TS), { mode: 'scan', limits: DEFAULT_LIMITS });
    assert.deepStrictEqual(second, first);
    assert.equal(pool.liveWorkers, 1);
  });

  it('rejects a cancelled request within a second and stops the busy worker', async () => {
    const events: string[] = [];
    const pool = make({ worker: TEST_WORKER, onWorkerEvent: (m) => events.push(m) });
    pool.warm();
    await pool.analyzeFile('warm.js', enc('1;\n'), { mode: 'scan', limits: DEFAULT_LIMITS });
    const controller = new AbortController();
    const hung = pool.analyzeFile('hang.js', enc('x;\n'), { mode: 'scan', limits: DEFAULT_LIMITS, signal: controller.signal });
    const queued = pool.analyzeFile('queued.js', enc('eval(x);\n'), { mode: 'scan', limits: DEFAULT_LIMITS, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const cancelled = Date.now();
    controller.abort(new Error('cancelled by the test'));
    await assert.rejects(hung, /cancelled by the test/);
    await assert.rejects(queued, /cancelled by the test/);
    assert.ok(Date.now() - cancelled < 1000, `rejected after ${Date.now() - cancelled} ms`);
    // The stuck worker is stopped after the grace period; the next request gets a new one.
    const next = await pool.analyzeFile('src/run.ts', enc(TS), { mode: 'scan', limits: DEFAULT_LIMITS, lineHashes: true });
    assert.deepStrictEqual(next, inProcess('src/run.ts', enc(TS)));
    assert.ok(
      events.some((e) => e.includes('hang.js') && e.includes('stopped')),
      events.join('\n'),
    );
  });

  describe('an audit through the pool', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'airlock-pool-'));
      mkdirSync(path.join(dir, 'src'));
      writeFileSync(path.join(dir, 'src', 'run.ts'), TS);
      writeFileSync(path.join(dir, 'src', 'clean.js'), 'export const n = 1;\n');
      writeFileSync(path.join(dir, 'src', 'broken.ts'), 'let x = ;\n');
      writeFileSync(path.join(dir, 'tool.py'), PY);
      writeFileSync(path.join(dir, 'logo.png'), PNG);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const spec = {
      paths: [],
      includeIgnored: false,
      rules: RULES,
      limits: DEFAULT_LIMITS,
      lineHashes: true,
      useGit: false,
      concurrency: 4,
    };

    it('finds what the in-process audit finds', async () => {
      const pool = make({});
      const expected = await scan({ cwd: dir, ...spec });
      const got = await scan({ cwd: dir, ...spec, analyze: (file, bytes, options) => pool.analyzeFile(file, bytes, options) });
      assert.deepStrictEqual(got, expected);
      assert.ok(got.findings.length > 3);
    });

    it('is cancelled within a second while a file is being analyzed', async () => {
      writeFileSync(path.join(dir, 'src', 'hang.js'), 'x;\n');
      try {
        const pool = make({ worker: TEST_WORKER });
        const controller = new AbortController();
        let cancelled = 0;
        const audit = scan({
          cwd: dir,
          ...spec,
          signal: controller.signal,
          analyze: (file, bytes, options) => {
            if (file.includes('hang')) {
              setTimeout(() => {
                cancelled = Date.now();
                controller.abort(new Error('audit cancelled'));
              }, 300);
            }
            return pool.analyzeFile(file, bytes, options);
          },
        });
        await assert.rejects(audit, /audit cancelled/);
        assert.ok(cancelled > 0 && Date.now() - cancelled < 1000, `rejected ${Date.now() - cancelled} ms after the cancel`);
      } finally {
        rmSync(path.join(dir, 'src', 'hang.js'));
      }
    });
  });
});
