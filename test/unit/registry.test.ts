/**
 * The registry: ids unique and equal to file names, every rule tested, and the docs examples in
 * each rule's metadata behave as documented (incorrect flagged, correct not).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, allRuleMetas } from '../../src/core/rules/index';
import { isCategory, isSeverity } from '../../src/core/model/finding';
import type { DiffRule, PyRule, TextRule, TsRule } from '../../src/core/engine/rule';
import { runDiff, runTs } from '../ruleTester';

const ROOT = path.join(__dirname, '..', '..');
const RULE_DIR = path.join(ROOT, 'src', 'core', 'rules');
const KINDS = ['ts', 'py', 'diff', 'text'];

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = allRuleMetas().map((m) => m.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
  });

  it('registers every rule file, and each id is its kind and file name', () => {
    const files = KINDS.flatMap((kind) =>
      readdirSync(path.join(RULE_DIR, kind))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${kind}/${f.slice(0, -3)}`),
    ).sort();
    assert.deepEqual(RULES.map((r) => r.meta.id).sort(), files);
    for (const rule of RULES) {
      assert.equal(rule.meta.id.split('/')[0], rule.kind, `${rule.meta.id} is a ${rule.kind} rule`);
    }
  });

  it('has a test table for every rule', () => {
    const missing = RULES.map((r) => r.meta.id).filter((id) => !existsSync(path.join(ROOT, 'test', 'rules', `${id}.test.ts`)));
    assert.deepEqual(missing, []);
  });

  it('gives every rule complete metadata', () => {
    for (const meta of allRuleMetas()) {
      assert.ok(isCategory(meta.category), `${meta.id}: category`);
      assert.ok(isSeverity(meta.severity), `${meta.id}: severity`);
      assert.ok(meta.summary.length > 10 && !meta.summary.includes('\n'), `${meta.id}: one-line summary`);
      assert.ok(meta.why.length > 40, `${meta.id}: why`);
      assert.ok(Object.keys(meta.messages).length > 0, `${meta.id}: messages`);
      if (!meta.id.startsWith('airlock/')) {
        assert.ok(meta.incorrect.length > 0, `${meta.id}: incorrect examples`);
        assert.ok(meta.correct.length > 0, `${meta.id}: correct examples`);
      }
    }
  });
});

describe('rule docs examples', () => {
  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      if (rule.kind === 'ts' || rule.kind === 'py') {
        const ts = rule as TsRule | PyRule;
        for (const example of ts.meta.incorrect) {
          it(`flags: ${example}`, () => {
            const own = runTs(ts, example).filter((f) => f.ruleId === ts.meta.id);
            assert.ok(own.length > 0, `not flagged: ${example}`);
          });
        }
        for (const example of ts.meta.correct) {
          it(`does not flag: ${example}`, () => {
            assert.deepEqual(
              runTs(ts, example).map((f) => `${f.ruleId}: ${f.message}`),
              [],
            );
          });
        }
      } else if (rule.kind === 'text') {
        const textRule = rule as TextRule;
        for (const example of textRule.meta.incorrect) {
          it(`flags: ${example.filename}: ${example.code}`, () => {
            assert.ok(runTs(textRule, example.code, example.filename).some((f) => f.ruleId === textRule.meta.id));
          });
        }
        for (const example of textRule.meta.correct) {
          it(`does not flag: ${example.filename}: ${example.code}`, () => {
            assert.deepEqual(
              runTs(textRule, example.code, example.filename).map((f) => `${f.ruleId}: ${f.message}`),
              [],
            );
          });
        }
      } else {
        const diff = rule as DiffRule;
        diff.meta.incorrect.forEach((example, i) => {
          it(`flags incorrect example ${i + 1}`, () => {
            assert.ok(runDiff(diff, example.change).some((f) => f.ruleId === diff.meta.id));
          });
        });
        diff.meta.correct.forEach((example, i) => {
          it(`does not flag correct example ${i + 1}`, () => {
            assert.deepEqual(runDiff(diff, example.change), []);
          });
        });
      }
    });
  }
});
