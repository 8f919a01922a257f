import rule from '../../../src/core/rules/diff/expected-value-edited';
import { added, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const JEST = `import { add, greet, config } from '../src/math';

describe('math', () => {
  it('adds', () => {
    expect(add(2, 2)).toBe(4);
  });
  it('greets', () => {
    expect(greet('ann')).toEqual('Hello, ann');
  });
  it('has defaults', () => {
    expect(config()).toEqual({ retries: 3, timeout: 1000 });
  });
});
`;
const NODE = `const assert = require('assert');
const { add } = require('../lib/math');
it('adds', () => {
  assert.strictEqual(add(2, 2), 4);
});
`;
const PY = `from app.math import add


def test_add():
    assert add(2, 2) == 4


class TestMath(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(add(1, 1), 2)
`;

const edit = (from: string, to: string): ReturnType<typeof modified> => modified('test/math.test.ts', JEST, JEST.replace(from, to));

diffRuleTester(rule, {
  valid: [
    { name: 'unchanged', change: modified('test/math.test.ts', JEST, JEST) },
    { name: 'stronger matcher, same value', change: edit('toBe(4)', 'toStrictEqual(4)') },
    {
      name: 'assertion added',
      change: edit('    expect(add(2, 2)).toBe(4);\n', '    expect(add(2, 2)).toBe(4);\n    expect(add(2, 3)).toBe(5);\n'),
    },
    { name: 'input and expected both changed', change: edit('expect(add(2, 2)).toBe(4)', 'expect(add(2, 3)).toBe(5)') },
    { name: 'quote style', change: edit("'Hello, ann'", '"Hello, ann"') },
    { name: 'expected moved to a constant', change: edit('toBe(4)', 'toBe(FOUR)') },
    { name: 'reformatted object', change: edit('{ retries: 3, timeout: 1000 }', '{\n      retries: 3,\n      timeout: 1000,\n    }') },
    { name: 'new test file', change: added('test/math.test.ts', JEST) },
    { name: 'not a test file', change: modified('src/math.ts', JEST, JEST.replace('toBe(4)', 'toBe(5)')) },
    {
      name: 'python stronger',
      change: modified('tests/test_math.py', PY, PY.replace('self.assertEqual(add(1, 1), 2)', 'self.assertEqual(add(1, 1), 2, "sum")')),
    },
    {
      name: 'python input and expected changed',
      change: modified('tests/test_math.py', PY, PY.replace('assert add(2, 2) == 4', 'assert add(2, 3) == 5')),
    },
    { name: 'matcher changed to a different check', change: edit("toEqual('Hello, ann')", "toContain('ann')") },
  ],
  invalid: [
    {
      name: 'toBe(4) -> toBe(5)',
      change: edit('toBe(4)', 'toBe(5)'),
      errors: [
        {
          messageId: 'edited',
          severity: 'medium',
          line: 5,
          message: 'The expected value of `add(2, 2)` changed from `4` to `5`: the test was made to agree with the code.',
        },
      ],
    },
    {
      name: 'edited while the code under test changed (imported)',
      change: edit('toBe(4)', 'toBe(5)'),
      changedPaths: ['src/math.ts', 'test/math.test.ts'],
      errors: [
        {
          messageId: 'edited',
          severity: 'high',
          message:
            'The expected value of `add(2, 2)` changed from `4` to `5`: the test was made to agree with the code, and the code under test changed in the same change.',
        },
      ],
    },
    {
      name: 'edited while a same-named source changed',
      change: modified(
        'test/math.test.ts',
        JEST.replace("from '../src/math'", "from 'mathlib'"),
        JEST.replace("from '../src/math'", "from 'mathlib'").replace('toBe(4)', 'toBe(5)'),
      ),
      changedPaths: ['lib/math.js', 'test/math.test.ts'],
      errors: [{ messageId: 'edited', severity: 'high' }],
    },
    {
      name: 'unrelated source change keeps medium',
      change: edit('toBe(4)', 'toBe(5)'),
      changedPaths: ['src/other.ts', 'test/math.test.ts'],
      errors: [{ messageId: 'edited', severity: 'medium' }],
    },
    { name: 'string expected edited', change: edit("'Hello, ann'", "'Hi, ann'"), errors: [{ messageId: 'edited' }] },
    {
      name: 'object expected edited',
      change: edit('{ retries: 3, timeout: 1000 }', '{ retries: 0, timeout: 1000 }'),
      errors: [{ messageId: 'edited' }],
    },
    { name: 'toBe -> toEqual with new value', change: edit('toBe(4)', 'toEqual(5)'), errors: [{ messageId: 'edited' }] },
    {
      name: 'node assert.strictEqual edited',
      change: modified('test/math.js', NODE, NODE.replace(', 4)', ', 5)')),
      errors: [{ messageId: 'edited', line: 4 }],
    },
    {
      name: 'inline snapshot edited',
      change: modified(
        'test/a.test.ts',
        'it(\'a\', () => {\n  expect(render()).toMatchInlineSnapshot(`"<b>1</b>"`);\n});\n',
        'it(\'a\', () => {\n  expect(render()).toMatchInlineSnapshot(`"<b>2</b>"`);\n});\n',
      ),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'expect.assertions count lowered',
      change: modified(
        'test/a.test.ts',
        "it('a', () => {\n  expect.assertions(2);\n  run();\n});\n",
        "it('a', () => {\n  expect.assertions(1);\n  run();\n});\n",
      ),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'python == literal edited',
      change: modified('tests/test_math.py', PY, PY.replace('assert add(2, 2) == 4', 'assert add(2, 2) == 5')),
      errors: [{ messageId: 'edited', line: 5 }],
    },
    {
      name: 'python assertEqual edited with code change',
      change: modified('tests/test_math.py', PY, PY.replace('self.assertEqual(add(1, 1), 2)', 'self.assertEqual(add(1, 1), 3)')),
      changedPaths: ['app/math.py', 'tests/test_math.py'],
      errors: [{ messageId: 'edited', severity: 'high' }],
    },
  ],
});
