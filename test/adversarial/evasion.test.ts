/**
 * The red-team table (`test/adversarial/cases`): every row is a change written to slip a risky
 * capability past review, and every flag it expects must be raised.
 */
import * as assert from 'node:assert/strict';
import { EVASION_CASES } from './cases/index';
import { KNOWN_GAPS } from './gaps';
import { TECHNIQUES, checkTable, runRow } from './table';

describe('adversarial: evasion table', () => {
  it('is well formed and holds at least 150 cases', () => {
    checkTable(EVASION_CASES, KNOWN_GAPS);
    assert.ok(EVASION_CASES.length >= 150, `${EVASION_CASES.length} cases`);
  });
  for (const technique of TECHNIQUES) {
    describe(technique, () => {
      for (const row of EVASION_CASES.filter((r) => r.technique === technique)) {
        const gap = KNOWN_GAPS[row.name];
        if (gap !== undefined) {
          it(`${row.language}: ${row.name} (known gap: ${gap})`, () => {
            const { missed } = runRow(row);
            assert.ok(missed.length > 0, 'this evasion is caught now: take it off test/adversarial/gaps.ts');
          });
          continue;
        }
        it(`${row.language}: ${row.name}`, () => {
          const { missed, findings } = runRow(row);
          assert.deepEqual(
            missed.map((m) => `${m.file}:${m.line} ${m.category}${m.rule ? ` ${m.rule}` : ''}`),
            [],
            `flags raised:\n${findings.map((f) => `  ${f.path}:${f.line}-${f.endLine} ${f.category} ${f.ruleId}: ${f.message}`).join('\n')}`,
          );
        });
      }
    });
  }
});
