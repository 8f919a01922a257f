import rule from '../../../src/core/rules/py/lenient-match';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'def exact_match(prediction, reference):\n    return normalize(prediction) == normalize(reference)',
    // One direction only: "the answer contains the reference" is a stated, lenient-by-design metric.
    'def contains_answer(prediction, reference):\n    return reference in prediction',
    // Not a scoring function, in a file that is not about evaluation.
    'def overlaps(a, b):\n    return a in b or b in a',
    // Containment of different things.
    'def is_correct(answer, gold, aliases):\n    return answer in aliases or gold in aliases',
    // Tests may use any comparison.
    { code: 'def test_match():\n    assert p in r or r in p', filename: 'tests/test_match.py' },
  ],
  invalid: [
    {
      code: 'def exact_match(prediction: str, reference: str) -> bool:\n    p, r = normalize(prediction), normalize(reference)\n    return bool(r) and (p == r or r in p or p in r)',
      errors: [
        {
          messageId: 'lenient',
          line: 3,
          column: 25,
          severity: 'medium',
          category: 'evaluation-tampering',
          message:
            '`p == r or r in p or p in r` accepts an answer when either text contains the other: partial and padded answers pass, and an empty one is contained in everything.',
        },
      ],
    },
    {
      // Any function of an evaluation module.
      code: 'def _agree(a, b):\n    return (b.lower() in a.lower()) or (a.lower() in b.lower())',
      filename: 'harness/metrics.py',
      errors: [{ messageId: 'lenient', line: 2 }],
    },
    {
      code: 'class Grader:\n    def grade(self, answer, gold):\n        if gold in answer or answer in gold:\n            return 1.0\n        return 0.0',
      errors: [{ messageId: 'lenient', line: 3 }],
    },
  ],
});
