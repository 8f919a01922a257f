/**
 * A short, seeded run of the fuzzing harness (the long runs are `npm run fuzz`), and a replay of
 * every minimized reproducer it found (`test/adversarial/regressions/`): none may crash, hang,
 * make a rule throw, report outside the file, or analyze differently twice.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { InputGenerator, Random } from './fuzz';
import { Checker } from './fuzz-checker';

const TIME_MS = 3_000;
const REGRESSIONS = path.join(__dirname, 'regressions');

describe('adversarial: fuzzing', function () {
  this.timeout(180_000);
  let checker: Checker;
  before(() => {
    checker = new Checker(TIME_MS + 5_000);
  });
  after(async () => {
    await checker.close();
  });

  it('a seeded run of 300 mutated and random inputs (JS/TS and Python) finds nothing', async () => {
    const generator = new InputGenerator(new Random(20261128), path.join(__dirname, '..'));
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const input = generator.next(i % 2 === 0 ? 'js' : 'py');
      const failure = await checker.check(input, { timeMs: TIME_MS, determinism: i % 5 === 0 });
      if (failure) {
        failures.push(`input ${i} (${input.recipe}): ${failure.kind}: ${failure.detail}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  const files = readdirSync(REGRESSIONS).sort();
  it('keeps its minimized reproducers', () => {
    assert.ok(files.length > 0, 'no reproducers in test/adversarial/regressions');
  });
  for (const file of files) {
    it(`reproducer ${file} no longer fails`, async () => {
      const text = readFileSync(path.join(REGRESSIONS, file), 'utf8');
      const failure = await checker.check(
        { language: file.endsWith('.py') ? 'py' : 'js', filename: `src/reproducer${path.extname(file)}`, text, recipe: file },
        { timeMs: TIME_MS, determinism: true },
      );
      assert.equal(failure, undefined, failure && `${failure.kind}: ${failure.detail}`);
    });
  }
});
