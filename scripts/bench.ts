/**
 * Speed benchmark: Airlock's whole-file analysis against the parser's own floor (typescript-estree
 * parsing every file once, with the same options, on one thread) over a fixed set of real
 * packages from node_modules (pinned by package-lock.json). Runs alternate and repeat; medians
 * are printed. A benchmark, never a test. Usage: npm run bench [-- --runs 5]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { analyzeFile, DEFAULT_LIMITS } from '../src/core/engine/analyze';
import { languageOf } from '../src/core/model/language';
import { RULES } from '../src/core/rules/index';

const PACKAGES = [
  'eslint/lib',
  '@typescript-eslint/typescript-estree/dist',
  '@typescript-eslint/scope-manager/dist',
  '@typescript-eslint/utils/dist',
  'typescript-eslint/dist',
  'mocha/lib',
  'openai/resources',
  'diff/libesm',
  'ignore',
  'esbuild/lib',
];

function collect(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      collect(full, out);
    } else if (languageOf(full) && !name.endsWith('.map') && stat.size <= DEFAULT_LIMITS.maxBytes) {
      out.push(full);
    }
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const root = path.join(__dirname, '..', 'node_modules');
  const files: string[] = [];
  for (const pkg of PACKAGES) {
    try {
      collect(path.join(root, pkg), files);
    } catch {
      console.log(`(package ${pkg} not installed: skipped)`);
    }
  }
  const sources = files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(f)), text: readFileSync(f, 'utf8') }));
  const lines = sources.reduce((n, s) => n + s.text.split('\n').length, 0);
  console.log(`corpus: ${sources.length} files, ${lines} lines from ${PACKAGES.length} packages in node_modules`);

  const parseOnly = (): number => {
    const start = performance.now();
    for (const s of sources) {
      const info = languageOf(s.file);
      try {
        parse(s.text, {
          filePath: info?.language === 'ts' ? 'f.ts' : 'f.js',
          jsx: info?.jsx,
          range: true,
          loc: false,
          comment: false,
          tokens: false,
          suppressDeprecatedPropertyWarnings: true,
          loggerFn: false,
        });
      } catch {
        /* parse errors cost what they cost */
      }
    }
    return performance.now() - start;
  };
  let findings = 0;
  const airlock = (): number => {
    const start = performance.now();
    findings = 0;
    for (const s of sources) {
      findings += analyzeFile(path.relative(root, s.file), s.bytes, { rules: RULES, mode: 'scan' }).findings.length;
    }
    return performance.now() - start;
  };
  parseOnly();
  airlock();
  const p: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < runs; i++) {
    p.push(parseOnly());
    a.push(airlock());
  }
  const pm = median(p);
  const am = median(a);
  console.log(`parse floor (typescript-estree, 1 thread): ${(pm / 1000).toFixed(2)} s  ${Math.round(lines / (pm / 1000))} lines/s`);
  console.log(
    `airlock analysis:                          ${(am / 1000).toFixed(2)} s  ${Math.round(lines / (am / 1000))} lines/s  (${findings} findings)`,
  );
  console.log(`ratio airlock / parse floor: ${(am / pm).toFixed(2)}x  (medians of ${runs} alternating runs)`);
  console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

main();
