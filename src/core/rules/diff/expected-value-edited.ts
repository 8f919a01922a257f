import { defineDiffRule } from '../../engine/rule';
import { modified } from '../support/changes';
import { raisedWhenCodeChanged, testChanges } from '../support/tests-compare';
import { normalizeCode, shorten } from '../support/tests-model';

const BEFORE = "import { add } from '../src/add';\n\nit('adds', () => {\n  expect(add(2, 2)).toBe(4);\n});\n";

export default defineDiffRule({
  meta: {
    id: 'diff/expected-value-edited',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: "An assertion's expected literal changed while its subject stayed the same (`toBe(4)` -> `toBe(5)`).",
    why:
      'When code returns the wrong value, an agent can make the test agree with the code instead of the other way round. ' +
      'The edit is one character in a test file and easy to approve. It is raised to high when the code under test changed ' +
      'in the same change. Added assertions, more precise matchers and an expected object that only gains properties (every ' +
      'property it had keeps its value: the code returns more) are not flagged.',
    incorrect: [
      { change: modified('test/add.test.ts', BEFORE, BEFORE.replace('toBe(4)', 'toBe(5)')) },
      {
        change: modified(
          'tests/test_add.py',
          'def test_add():\n    assert add(2, 2) == 4\n',
          'def test_add():\n    assert add(2, 2) == 5\n',
        ),
      },
    ],
    correct: [
      { change: modified('test/add.test.ts', BEFORE, BEFORE.replace('toBe(4)', 'toStrictEqual(4)')) },
      {
        change: modified(
          'test/dice.test.ts',
          "it('parses', () => {\n  expect(parse('2d6')).toEqual({ count: 2, sides: 6 });\n});\n",
          "it('parses', () => {\n  expect(parse('2d6')).toEqual({ count: 2, sides: 6, modifier: 0 });\n});\n",
        ),
      },
      {
        change: modified(
          'test/add.test.ts',
          BEFORE,
          BEFORE.replace('  expect(add(2, 2)).toBe(4);\n', '  expect(add(2, 2)).toBe(4);\n  expect(add(2, 3)).toBe(5);\n'),
        ),
      },
    ],
    messages: {
      edited: 'The expected value of `{{subject}}` changed from `{{old}}` to `{{now}}`: the test was made to agree with the code{{why}}.',
    },
  },
  check(ctx) {
    const changes = testChanges(ctx);
    if (!changes || changes.edited.length === 0) {
      return;
    }
    const severity = raisedWhenCodeChanged(ctx, 'medium');
    const why = severity === 'high' ? ', and the code under test changed in the same change' : '';
    for (const { old, now } of changes.edited) {
      if (extendsObject(old.expectedRaw, now.expectedRaw)) {
        continue;
      }
      ctx.report({
        messageId: 'edited',
        data: {
          subject: shorten(now.subjectRaw ?? now.subject ?? now.matcher, 50),
          old: shorten(old.expectedRaw, 40),
          now: shorten(now.expectedRaw, 40),
          why,
        },
        severity,
        line: now.line,
      });
    }
  },
});

/** `{ count: 2, sides: 6 }` -> `{ count: 2, sides: 6, modifier: 0 }`: every old property kept as it was, new ones added. */
function extendsObject(oldRaw: string | undefined, nowRaw: string | undefined): boolean {
  if (oldRaw === undefined || nowRaw === undefined) {
    return false;
  }
  const old = normalizeCode(oldRaw);
  const now = normalizeCode(nowRaw);
  return /^\{.+\}$/.test(old) && now.endsWith('}') && now.startsWith(`${old.slice(0, -1)},`);
}
