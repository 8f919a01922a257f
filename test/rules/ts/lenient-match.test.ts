import rule from '../../../src/core/rules/ts/lenient-match';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'function exactMatch(pred: string, ref: string): boolean {\n  return normalize(pred) === normalize(ref);\n}',
    'function containsAnswer(pred, ref) {\n  return pred.includes(ref);\n}',
    'function overlaps(a, b) {\n  return a.includes(b) || b.includes(a);\n}',
    'function isCorrect(answer, gold, aliases) {\n  return aliases.includes(answer) || aliases.includes(gold);\n}',
    { code: "it('matches', () => {\n  expect(p.includes(r) || r.includes(p)).toBe(true);\n});", filename: 'test/match.test.ts' },
  ],
  invalid: [
    {
      code: 'export function exactMatch(pred: string, ref: string): boolean {\n  return pred === ref || pred.includes(ref) || ref.includes(pred);\n}',
      errors: [
        {
          messageId: 'lenient',
          line: 2,
          column: 10,
          severity: 'medium',
          category: 'evaluation-tampering',
          message:
            '`pred === ref || pred.includes(ref) || ref.includes(pred)` accepts an answer when either text contains the other: partial and padded answers pass, and an empty one is contained in everything.',
        },
      ],
    },
    {
      code: 'export const isCorrect = (answer, gold) => gold.includes(answer) || answer.includes(gold);',
      errors: [{ messageId: 'lenient', line: 1 }],
    },
    {
      code: 'const agree = (a, b) => (a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase()));',
      filename: 'src/eval/scorer.ts',
      errors: [{ messageId: 'lenient', line: 1 }],
    },
  ],
});
