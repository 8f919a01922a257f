/**
 * Live re-analysis latency through the analysis worker: `npx tsx scripts/measure-live.ts`.
 *
 * Starts the pool the extension uses (the bundled `dist/analysis-worker.js` when built, else the
 * worker from sources), generates a 2,000-line TypeScript file, and edits it 100 times (one
 * character inserted or deleted each time) after a few unmeasured warm-up edits. For each edit it
 * measures the round trip of the live analysis (request sent to findings back) and the time this
 * (main) thread was busy for it: what the extension host's thread would give up per edit. The
 * in-process analysis time (what blocked the editor before the worker) is printed for comparison.
 *
 * Options: --edits N (default 100), --lines N (default 2000). No assertions: a measurement only.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_LIMITS } from '../src/core/engine/analyze';
import { RULES } from '../src/core/rules/index';
import { liveFindings } from '../src/core/view/live';
import { AnalysisPool, defaultWorkerScript, type WorkerScript } from '../src/node/analysis-pool';
import { loadPythonParser } from '../src/node/python';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** A deterministic 2,000-line TypeScript module: classes, functions, imports, a few risky calls. */
function generate(lines: number): string {
  const out = [
    "import { exec } from 'node:child_process';",
    "import { readFile, writeFile } from 'node:fs/promises';",
    "import * as path from 'node:path';",
    '',
  ];
  let n = 0;
  while (out.length < lines - 12) {
    n++;
    out.push(
      `export interface Item${n} {`,
      '  id: string;',
      '  count: number;',
      '  tags: readonly string[];',
      '}',
      '',
      `export class Store${n} {`,
      `  private readonly items = new Map<string, Item${n}>();`,
      '',
      `  add(item: Item${n}): void {`,
      '    if (this.items.has(item.id)) {',
      '      throw new Error(`duplicate ${item.id}`);',
      '    }',
      '    this.items.set(item.id, { ...item, tags: [...item.tags].sort() });',
      '  }',
      '',
      '  total(): number {',
      '    let sum = 0;',
      '    for (const item of this.items.values()) {',
      '      sum += item.count;',
      '    }',
      '    return sum;',
      '  }',
      '',
      `  async save(dir: string): Promise<void> {`,
      `    const file = path.join(dir, 'store-${n}.json');`,
      '    await writeFile(file, JSON.stringify([...this.items.values()]));',
      '  }',
      '}',
      '',
      `export async function load${n}(dir: string, name: string): Promise<string> {`,
      `  const text = await readFile(path.join(dir, name), 'utf8');`,
      n % 10 === 0 ? '  exec(`gzip ${name}`);' : '  const trimmed = text.trim();',
      n % 25 === 0 ? '  return eval(text);' : "  return text.split('\\n').filter(Boolean).join('\\n');",
      '}',
      '',
    );
  }
  while (out.length < lines) {
    out.push(`export const pad${out.length} = ${out.length};`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** The i-th one-character edit: insert a character on a line, or take it out again. */
function edit(text: string, i: number): string {
  const lines = text.split('\n');
  const line = (i * 7919) % (lines.length - 1);
  const current = lines[line];
  lines[line] = current.endsWith(' // x') ? current.slice(0, -1) : current.endsWith(' // ') ? `${current}x` : `${current} // `;
  return lines.join('\n');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const edits = option('--edits', 100);
  const lineCount = option('--lines', 2000);
  const bundled = path.join(__dirname, '..', 'dist', 'analysis-worker.js');
  const worker: WorkerScript = existsSync(bundled) ? { file: bundled } : defaultWorkerScript();
  const workerTimes: number[] = [];
  const pool = new AnalysisPool({ worker, onAnalyzed: (_path, t) => workerTimes.push(t.workerMs) });
  const base = generate(lineCount);
  const file = 'src/store.ts';
  console.log(
    `worker: ${path.relative(process.cwd(), worker.file)}; ${lineCount} lines (${base.length} bytes), ${edits} one-character edits`,
  );

  const started = performance.now();
  pool.warm();
  let text = base;
  for (let i = 0; i < 5; i++) {
    text = edit(text, i);
    await pool.analyzeLive({ path: file, text, baseText: base, previous: [], limits: DEFAULT_LIMITS });
  }
  console.log(`worker start-up and 5 warm-up edits: ${fmt(performance.now() - started)}`);
  workerTimes.length = 0;

  const roundTrips: number[] = [];
  const blocked: number[] = [];
  let findings = 0;
  for (let i = 5; i < edits + 5; i++) {
    text = edit(text, i);
    const elu = performance.eventLoopUtilization();
    const t0 = performance.now();
    const result = await pool.analyzeLive({ path: file, text, baseText: base, previous: [], limits: DEFAULT_LIMITS });
    roundTrips.push(performance.now() - t0);
    // Time this thread was not idle during the request: sending the text, receiving and handling the findings.
    blocked.push(performance.eventLoopUtilization(elu).active);
    findings = result.length;
  }
  await pool.dispose();

  await loadPythonParser();
  const inProcess: number[] = [];
  text = base;
  for (let i = 0; i < 20; i++) {
    text = edit(text, i);
    const t0 = performance.now();
    liveFindings({ path: file, text, baseText: base, rules: RULES, limits: DEFAULT_LIMITS, previous: [] });
    inProcess.push(performance.now() - t0);
  }

  const row = (label: string, values: number[]): string =>
    `${label.padEnd(44)} p50 ${fmt(percentile(values, 50)).padStart(9)}   p95 ${fmt(percentile(values, 95)).padStart(9)}   max ${fmt(Math.max(...values)).padStart(9)}`;
  console.log(`findings on the last edit: ${findings}`);
  console.log(row('round trip (edit sent -> findings back)', roundTrips));
  console.log(row('  of which analysis in the worker', workerTimes));
  console.log(row('main thread busy per request', blocked));
  console.log(row('in-process analysis (blocks the caller)', inProcess.slice(5)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
