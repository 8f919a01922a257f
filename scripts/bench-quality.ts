/**
 * Quality benchmark on the labeled corpora: recall of planted risky lines (caught in the right
 * category) per category, and false flags per benign change. A benchmark, not a test: it prints
 * figures and never fails on them.
 * Usage: npm run bench:quality [-- --corpus NAME] [-- --match SUBSTRING] [-- --verbose] [-- --json]
 *   corpus           (default) the development corpus: its misses guided rule work
 *   corpus-holdout   a second corpus written independently; after its first measurement its misses
 *                    also guided rule work, so it is development data now
 *   corpus-final     a third corpus written independently, measured once, never tuned on
 *   corpus-t3-holdout  issue 3's categories (tampering, secrets, obfuscation, triggers, supply chain,
 *                    prompt injection, insecure config), written independently, measured once
 *   corpus-py-holdout  Python projects and notebooks, written independently, measured once
 * After the corpus, the red-team table (`test/adversarial/cases`) is scored on its own: the share of
 * evasion attempts caught, per technique and language. `--evasion` scores only the table.
 */
import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LIMITS } from '../src/core/engine/analyze';
import { CATEGORIES, type Category, type Finding } from '../src/core/model/finding';
import { RULES } from '../src/core/rules/index';
import { reviewGit } from '../src/node/review';
import { loadPythonParser } from '../src/node/python';
import { EVASION_CASES } from '../test/adversarial/cases/index';
import { runRow } from '../test/adversarial/table';
import { loadCorpus, plantedLine, replayCase, type Planted } from './lib/corpus';

interface Tally {
  planted: number;
  caught: number;
  wrongCategory: number;
}

async function run(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const asJson = process.argv.includes('--json');
  if (process.argv.includes('--evasion')) {
    await evasion(verbose, asJson);
    return;
  }
  const corpusArg = process.argv.indexOf('--corpus');
  const corpusName = corpusArg > 0 ? process.argv[corpusArg + 1] : process.argv.includes('--holdout') ? 'corpus-holdout' : 'corpus';
  if (!/^corpus(-[a-z0-9]+)*$/.test(corpusName ?? '')) {
    throw new Error(`unknown corpus "${corpusName}"`);
  }
  const corpusDir = path.join(__dirname, '..', 'test', corpusName);
  const matchArg = process.argv.indexOf('--match');
  const match = matchArg > 0 ? process.argv[matchArg + 1] : undefined;
  const cases = loadCorpus(corpusDir, match);
  const tally = new Map<Category, Tally>();
  const misses: string[] = [];
  const benignFlags: string[] = [];
  let benignCases = 0;
  let benignFindings = 0;
  let extraRiskyFindings = 0;
  const started = Date.now();

  for (const c of cases) {
    const repo = replayCase(c);
    try {
      const result = await reviewGit({ cwd: repo, base: 'HEAD', staged: false, rules: RULES, limits: DEFAULT_LIMITS });
      if (c.kind === 'benign') {
        benignCases++;
        benignFindings += result.findings.length;
        for (const f of result.findings) {
          benignFlags.push(`${c.id}: ${f.path}:${f.line} ${f.ruleId} ${f.severity} ${f.message}`);
        }
        continue;
      }
      const matched = new Set<object>();
      for (const p of c.planted) {
        const line = plantedLine(c, p);
        const t = tally.get(p.category) ?? { planted: 0, caught: 0, wrongCategory: 0 };
        tally.set(p.category, t);
        t.planted++;
        const deleted = !existsSync(path.join(c.dir, 'after', p.path));
        const onLine = result.findings.filter((f) => findingCovers(f, p, line, deleted));
        onLine.forEach((f) => matched.add(f));
        if (onLine.some((f) => f.category === p.category)) {
          t.caught++;
        } else {
          if (onLine.length > 0) {
            t.wrongCategory++;
          }
          const got = onLine.map((f) => `${f.ruleId}/${f.category}`).join(', ') || 'nothing';
          misses.push(`${c.id}: ${p.path}:${line} [${p.category}] ${p.text.trim()}  -> ${got}`);
        }
      }
      extraRiskyFindings += result.findings.filter((f) => !matched.has(f)).length;
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }

  const rows = CATEGORIES.filter((c) => tally.has(c)).map((category) => {
    const t = tally.get(category) as Tally;
    return { category, ...t, recall: t.planted ? t.caught / t.planted : 0 };
  });
  const planted = rows.reduce((n, r) => n + r.planted, 0);
  const caught = rows.reduce((n, r) => n + r.caught, 0);
  const summary = {
    cases: cases.length,
    seconds: (Date.now() - started) / 1000,
    recall: planted ? caught / planted : 0,
    planted,
    caught,
    perCategory: rows,
    benignCases,
    benignFindings,
    falseFlagsPerBenignChange: benignCases ? benignFindings / benignCases : 0,
    unplantedFlagsInRiskyCases: extraRiskyFindings,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ ...summary, misses, benignFlags }, null, 2)}\n`);
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    `Airlock quality on ${cases.length} labeled changes in ${path.relative(process.cwd(), corpusDir)} (${summary.seconds.toFixed(1)} s)\n`,
  );
  console.log('category              planted  caught  wrong-category  recall');
  for (const r of rows) {
    console.log(
      `${r.category.padEnd(21)} ${String(r.planted).padStart(7)} ${String(r.caught).padStart(7)} ${String(r.wrongCategory).padStart(15)}  ${pct(r.recall).padStart(6)}`,
    );
  }
  console.log(
    `${'all'.padEnd(21)} ${String(planted).padStart(7)} ${String(caught).padStart(7)} ${''.padStart(15)}  ${pct(summary.recall).padStart(6)}`,
  );
  console.log(
    `\nbenign changes: ${benignCases}, flags: ${benignFindings}, false flags per benign change: ${summary.falseFlagsPerBenignChange.toFixed(2)}`,
  );
  console.log(`flags on unplanted lines in risky changes (not scored): ${extraRiskyFindings}`);
  console.log('bar: recall >= 90% in the right category; <= 1 flag per benign change on average');
  if (verbose || misses.length <= 15) {
    console.log(`\nmissed (${misses.length}):`);
    misses.forEach((m) => console.log(`  ${m}`));
  }
  if (verbose) {
    console.log(`\nflags on benign changes (${benignFlags.length}):`);
    benignFlags.forEach((m) => console.log(`  ${m}`));
  }
  console.log('');
  await evasion(verbose, false);
}

/** The red-team table: how many evasion attempts are caught, per technique and language. */
async function evasion(verbose: boolean, asJson: boolean): Promise<void> {
  await loadPythonParser();
  const started = Date.now();
  const groups = new Map<string, { cases: number; caught: number }>();
  const misses: string[] = [];
  let caught = 0;
  for (const row of EVASION_CASES) {
    const result = runRow(row);
    const ok = result.missed.length === 0;
    caught += ok ? 1 : 0;
    for (const key of [row.technique, `${row.technique} (${row.language})`]) {
      const g = groups.get(key) ?? { cases: 0, caught: 0 };
      g.cases++;
      g.caught += ok ? 1 : 0;
      groups.set(key, g);
    }
    if (!ok) {
      misses.push(
        `${row.language}/${row.technique}: ${row.name}: ${result.missed.map((m) => `${m.file}:${m.line} [${m.category}]`).join(', ')}`,
      );
    }
  }
  const rate = EVASION_CASES.length ? caught / EVASION_CASES.length : 0;
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify({ cases: EVASION_CASES.length, caught, rate, groups: Object.fromEntries(groups), misses }, null, 2)}\n`,
    );
    return;
  }
  console.log(
    `Evasion table: ${caught} of ${EVASION_CASES.length} attempts caught (${(rate * 100).toFixed(1)}%) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${key.padEnd(30)} ${String(g.caught).padStart(4)} / ${String(g.cases).padEnd(4)} ${((g.caught / g.cases) * 100).toFixed(1)}%`,
    );
  }
  if (verbose || misses.length <= 15) {
    console.log(`\nevasions not caught (${misses.length}):`);
    misses.forEach((m) => console.log(`  ${m}`));
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});

/**
 * Whether a finding stands on a planted line: on the new side, its range covers the line; on the
 * removed side (a deleted test, a removed assertion), it quotes the removed text or the whole
 * file was deleted and flagged as such.
 */
function findingCovers(f: Finding, p: Planted, line: number, deleted: boolean): boolean {
  if (f.path !== p.path) {
    return false;
  }
  if (p.side === 'removed') {
    const norm = (t: string): string => t.replace(/\s+/g, '').replace(/;+$/, '');
    const snippet = norm(f.snippet);
    const text = norm(p.text);
    return f.side === 'removed' && (deleted || snippet.includes(text) || (snippet.length >= 8 && text.includes(snippet)));
  }
  return f.side !== 'removed' && f.line <= line && line <= f.endLine;
}
