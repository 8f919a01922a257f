/**
 * Fuzzes the engine: `npm run fuzz -- [--seed N] [--count N | --seconds N] [--lang js|py] [--no-save]`.
 * Structure-aware mutations of the corpora's source files and random token soup, for JS/TS and
 * Python (see test/adversarial/fuzz.ts for what counts as a failure). Inputs run in a worker
 * thread with a watchdog, so an input that hangs the engine is reported like any other failure.
 * Each failure is minimized and saved under test/adversarial/regressions/, where the tests replay
 * it; commit it with the fix. Prints how many inputs ran and what failed; exits 1 on any failure.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { InputGenerator, Random, minimize, type FuzzLanguage } from '../test/adversarial/fuzz';
import { Checker } from '../test/adversarial/fuzz-checker';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      count: { type: 'string' },
      seconds: { type: 'string' },
      lang: { type: 'string' },
      'time-limit': { type: 'string', default: '3000' },
      'no-save': { type: 'boolean', default: false },
    },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
  const count = values.count !== undefined ? Number(values.count) : values.seconds !== undefined ? Infinity : 2_000;
  const deadline = values.seconds !== undefined ? Date.now() + Number(values.seconds) * 1000 : Infinity;
  const languages: FuzzLanguage[] = values.lang === 'js' ? ['js'] : values.lang === 'py' ? ['py'] : ['js', 'py'];
  const timeMs = Number(values['time-limit']);
  if (![seed, timeMs].every(Number.isFinite) || Number.isNaN(count)) {
    throw new Error('--seed, --count, --seconds and --time-limit take numbers');
  }
  const testDir = path.join(__dirname, '..', 'test');
  const out = path.join(testDir, 'adversarial', 'regressions');
  const generator = new InputGenerator(new Random(seed), testDir);
  const checker = new Checker(timeMs + 5_000);
  const started = Date.now();
  const ran: Record<FuzzLanguage, number> = { js: 0, py: 0 };
  const failures: string[] = [];
  console.log(`fuzz: seed ${seed}, ${languages.join('+')}, time limit ${timeMs} ms per input`);
  try {
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      const language = languages[i % languages.length];
      const input = generator.next(language);
      ran[language]++;
      const options = { timeMs, determinism: i % 10 === 0 };
      const failure = await checker.check(input, options);
      if (!failure) {
        continue;
      }
      // Hangs cost a watchdog period per candidate: fewer of them.
      const budget = failure.kind === 'hang' ? 40 : 400;
      const small = await minimize(
        input,
        async (text) => (await checker.check({ ...input, text }, options))?.kind === failure.kind,
        budget,
      );
      const digest = createHash('sha256').update(small.text).digest('hex').slice(0, 12);
      const file = path.join(out, `${failure.kind}-${digest}${path.extname(input.filename)}`);
      if (!values['no-save']) {
        mkdirSync(out, { recursive: true });
        writeFileSync(file, small.text);
      }
      failures.push(
        `${failure.kind}: ${failure.detail}\n    from ${input.recipe}; ${small.text.length} chars after minimizing${values['no-save'] ? '' : ` -> ${path.relative(process.cwd(), file)}`}`,
      );
      console.log(`fuzz: input ${i}: ${failures[failures.length - 1]}`);
    }
  } finally {
    await checker.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `fuzz: ${ran.js + ran.py} inputs (${ran.js} JS/TS, ${ran.py} Python) in ${seconds.toFixed(1)} s, ${failures.length} failures`,
  );
  if (failures.length) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
