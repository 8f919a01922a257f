import rule from '../../../src/core/rules/diff/test-case-removed';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const BEFORE = `import { parse } from '../src/parse';

describe('parse', () => {
  it('parses numbers', () => {
    expect(parse('1')).toBe(1);
  });

  it('rejects garbage', () => {
    const input = 'x';
    expect(() => parse(input)).toThrow(SyntaxError);
  });

  it('parses lists', async () => {
    const out = await parse('[1, 2]');
    expect(out).toEqual([1, 2]);
  });
});
`;

const without = (name: string): string => BEFORE.replace(new RegExp(`\\n  it\\('${name}'[\\s\\S]*?\\n  \\}\\);\\n`), '\n');

const PY = `import pytest
from app.parse import parse


def test_numbers():
    assert parse("1") == 1


class TestGarbage:
    def test_rejects(self):
        with pytest.raises(ValueError):
            parse("x")

    def test_lists(self):
        out = parse("[1]")
        self.assertEqual(out, [1])
`;

const MOCHA = `const assert = require('node:assert');
suite('queue', function () {
  test('pushes', function () {
    const q = new Queue();
    q.push(1);
    assert.strictEqual(q.size, 1);
  });
  test('pops', function () {
    const q = new Queue([1]);
    assert.strictEqual(q.pop(), 1);
  });
});
`;

diffRuleTester(rule, {
  valid: [
    { name: 'unchanged', change: modified('test/parse.test.ts', BEFORE, BEFORE) },
    { name: 'suite renamed', change: modified('test/parse.test.ts', BEFORE, BEFORE.replace("describe('parse'", "describe('parser'")) },
    {
      name: 'suite renamed and a test body edited',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace("describe('parse'", "describe('parser'").replace("const input = 'x';", "const input = 'xyz';"),
      ),
    },
    {
      name: 'tests wrapped in a new describe',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        `describe('unit', () => {\n${BEFORE.replace("import { parse } from '../src/parse';\n", '')}});\n`,
      ),
    },
    {
      name: 'setup extracted into beforeEach',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace("    const input = 'x';\n", '')
          .replace('parse(input)', 'parse(input)')
          .replace(
            "describe('parse', () => {\n",
            "describe('parse', () => {\n  let input;\n  beforeEach(() => {\n    input = 'x';\n  });\n",
          ),
      ),
    },
    {
      name: 'test renamed, same body',
      change: modified('test/parse.test.ts', BEFORE, BEFORE.replace('parses numbers', 'parses integers')),
    },
    {
      name: 'test renamed and one assertion reformatted',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace('parses lists', 'parses arrays').replace('toEqual([1, 2])', 'toEqual([\n      1,\n      2,\n    ])'),
      ),
    },
    {
      name: 'new test added',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace('});\n', "});\n  it('parses floats', () => {\n    expect(parse('1.5')).toBe(1.5);\n  });\n"),
      ),
    },
    {
      name: 'tests reordered',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        without('parses numbers').replace(
          "describe('parse', () => {\n",
          "describe('parse', () => {\n  it('parses numbers', () => {\n    expect(parse('1')).toBe(1);\n  });\n",
        ),
      ),
    },
    {
      name: 'test moved into a nested describe',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        without('parses numbers').replace(
          '});\n',
          "});\n  describe('numbers', () => {\n    it('parses numbers', () => {\n      expect(parse('1')).toBe(1);\n    });\n  });\n",
        ),
      ),
    },
    { name: 'assertion strengthened', change: modified('test/parse.test.ts', BEFORE, BEFORE.replace('toBe(1)', 'toStrictEqual(1)')) },
    {
      name: 'assertion moved to a helper that asserts',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace("expect(parse('1')).toBe(1);", "expectParsed('1', 1);").replace(
          "import { parse } from '../src/parse';",
          "import { parse } from '../src/parse';\nconst expectParsed = (s, v) => expect(parse(s)).toBe(v);",
        ),
      ),
    },
    { name: 'whole file reformatted with double quotes', change: modified('test/parse.test.ts', BEFORE, BEFORE.replace(/'/g, '"')) },
    {
      name: 'skipped test removed',
      change: modified(
        'test/a.test.js',
        "it.skip('old', () => { expect(1).toBe(2) });\nit('b', () => { expect(f()).toBe(1) });\n",
        "it('b', () => { expect(f()).toBe(1) });\n",
      ),
    },
    {
      name: 'todo removed',
      change: modified(
        'test/a.test.js',
        "it.todo('later');\nit('b', () => { expect(f()).toBe(1) });\n",
        "it('b', () => { expect(f()).toBe(1) });\n",
      ),
    },
    {
      name: 'test made skipped (ts/test-focus-skip reports it)',
      change: modified('test/parse.test.ts', BEFORE, BEFORE.replace("it('parses numbers'", "it.skip('parses numbers'")),
    },
    { name: 'new test file', change: added('test/parse.test.ts', BEFORE) },
    { name: 'deleted test file (diff/test-file-deleted reports it)', change: deleted('test/parse.test.ts', BEFORE) },
    { name: 'test file moved unchanged', change: renamed('test/parse.test.ts', 'test/unit/parse.test.ts', BEFORE, BEFORE) },
    { name: 'not a test file', change: modified('src/parse.ts', BEFORE, without('parses numbers')) },
    { name: 'unparsable new version', change: modified('test/parse.test.ts', BEFORE, `${without('parses numbers')}\n}}}`) },
    { name: 'python test renamed', change: modified('tests/test_parse.py', PY, PY.replace('test_numbers', 'test_integers')) },
    {
      name: 'python test added',
      change: modified('tests/test_parse.py', PY, `${PY}\n\ndef test_floats():\n    assert parse("1.5") == 1.5\n`),
    },
    {
      name: 'python assertion reformatted',
      change: modified('tests/test_parse.py', PY, PY.replace('assert parse("1") == 1', "assert parse('1') == 1")),
    },
    {
      name: 'python conditional skip inside the body',
      change: modified(
        'tests/test_parse.py',
        PY,
        PY.replace('    assert parse("1") == 1', '    if sys.platform == "win32":\n        pytest.skip("no")\n    assert parse("1") == 1'),
      ),
    },
    { name: 'mocha tdd test renamed', change: modified('test/queue.js', MOCHA, MOCHA.replace("'pops'", "'pops the head'")) },
    {
      name: 'test body extended',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace("expect(parse('1')).toBe(1);", "expect(parse('1')).toBe(1);\n    expect(parse('2')).toBe(2);"),
      ),
    },
    {
      name: 'return expect promise as first statement',
      change: modified(
        'test/a.test.js',
        "it('a', () => {\n  const p = f();\n  return expect(p).resolves.toBe(1);\n});\n",
        "it('a', () => {\n  return expect(f()).resolves.toBe(1);\n});\n",
      ),
    },
  ],
  invalid: [
    {
      name: 'test deleted',
      change: modified('test/parse.test.ts', BEFORE, without('rejects garbage')),
      errors: [
        {
          messageId: 'removed',
          side: 'removed',
          severity: 'medium',
          line: 8,
          message: 'The test `rejects garbage` is deleted from `test/parse.test.ts`: the check it made no longer runs.',
        },
      ],
    },
    {
      name: 'test deleted while the code under test changed',
      change: modified('test/parse.test.ts', BEFORE, without('rejects garbage')),
      changedPaths: ['src/parse.ts', 'test/parse.test.ts'],
      errors: [{ messageId: 'removed', severity: 'high' }],
    },
    {
      name: 'two tests deleted',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        without('rejects garbage').replace(/\n {2}it\('parses lists'[\s\S]*?\n {2}\}\);\n/, '\n'),
      ),
      errors: [{ messageId: 'removed' }, { messageId: 'removed' }],
    },
    {
      name: 'test emptied',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace("    const input = 'x';\n    expect(() => parse(input)).toThrow(SyntaxError);\n", ''),
      ),
      errors: [{ messageId: 'emptied', severity: 'high', line: 8 }],
    },
    {
      name: 'test lost its only assertion',
      change: modified('test/parse.test.ts', BEFORE, BEFORE.replace('expect(out).toEqual([1, 2]);', 'console.log(out);')),
      errors: [
        {
          messageId: 'noAssertions',
          message: 'The test `parses lists` lost all its assertions (1 removed): it still runs and passes, but checks nothing.',
        },
      ],
    },
    {
      name: 'test starts with return',
      change: modified('test/parse.test.ts', BEFORE, BEFORE.replace("    const input = 'x';", "    return;\n    const input = 'x';")),
      errors: [{ messageId: 'earlyReturn', severity: 'high' }],
    },
    {
      name: 'assertion commented out',
      change: modified('test/parse.test.ts', BEFORE, BEFORE.replace("expect(parse('1')).toBe(1);", "// expect(parse('1')).toBe(1);")),
      errors: [{ messageId: 'emptied' }],
    },
    {
      name: 'test replaced by a renamed empty one',
      change: modified(
        'test/parse.test.ts',
        BEFORE,
        BEFORE.replace(/it\('rejects garbage'[\s\S]*?\n {2}\}\);/, "it('handles input', () => {});"),
      ),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'test deleted and file renamed',
      change: renamed('test/parse.test.ts', 'test/parsing.test.ts', BEFORE, without('parses numbers')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'mocha tdd test deleted',
      change: modified('test/queue.js', MOCHA, MOCHA.replace(/ {2}test\('pops'[\s\S]*?\n {2}\}\);\n/, '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'ava test emptied',
      change: modified(
        'test/a.test.mjs',
        "import test from 'ava';\ntest('sums', (t) => {\n  t.is(sum(1, 2), 3);\n});\n",
        "import test from 'ava';\ntest('sums', (t) => {\n});\n",
      ),
      errors: [{ messageId: 'emptied' }],
    },
    {
      name: 'node:test test deleted',
      change: modified(
        'test/a.test.mjs',
        "import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('a', () => { assert.equal(f(), 1); });\ntest('b', () => { assert.equal(g(), 2); });\n",
        "import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('a', () => { assert.equal(f(), 1); });\n",
      ),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'python test deleted',
      change: modified('tests/test_parse.py', PY, PY.replace('def test_numbers():\n    assert parse("1") == 1\n', '')),
      errors: [{ messageId: 'removed', side: 'removed' }],
    },
    {
      name: 'python method emptied to pass',
      change: modified(
        'tests/test_parse.py',
        PY,
        PY.replace('        with pytest.raises(ValueError):\n            parse("x")\n', '        pass\n'),
      ),
      errors: [{ messageId: 'emptied' }],
    },
    {
      name: 'python assertion removed from a test',
      change: modified('tests/test_parse.py', PY, PY.replace('        self.assertEqual(out, [1])\n', '        print(out)\n')),
      errors: [{ messageId: 'noAssertions' }],
    },
    {
      name: 'python skip decorator added',
      change: modified('tests/test_parse.py', PY, PY.replace('def test_numbers', '@pytest.mark.skip(reason="flaky")\ndef test_numbers')),
      errors: [
        {
          messageId: 'skipped',
          line: 5,
          message: 'The test `test_numbers` is now skipped (`@pytest.mark.skip(reason="flaky")`): it no longer runs.',
        },
      ],
    },
    {
      name: 'python pytest.skip at the top of the body',
      change: modified(
        'tests/test_parse.py',
        PY,
        PY.replace('    assert parse("1") == 1', '    pytest.skip("later")\n    assert parse("1") == 1'),
      ),
      errors: [{ messageId: 'skipped', line: 6 }],
    },
    {
      name: 'python early return',
      change: modified('tests/test_parse.py', PY, PY.replace('        out = parse("[1]")', '        return\n        out = parse("[1]")')),
      errors: [{ messageId: 'earlyReturn' }],
    },
  ],
});
