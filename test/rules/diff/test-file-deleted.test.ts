import rule from '../../../src/core/rules/diff/test-file-deleted';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const SUITE = `import { add } from '../src/add';

describe('add', () => {
  it('adds', () => {
    expect(add(2, 2)).toBe(4);
  });
  it('adds negatives', () => {
    expect(add(-1, -1)).toBe(-2);
  });
  test.each([[1, 1, 2]])('adds %i + %i', (a, b, c) => {
    expect(add(a, b)).toBe(c);
  });
});
`;
const PY = `import pytest
from app.parser import parse

def test_parse():
    assert parse("1") == 1

class TestParser:
    def test_empty(self):
        with pytest.raises(ValueError):
            parse("")

    async def test_async(self):
        assert await parse_async("2") == 2
`;
const BROKEN = 'describe("x", () => {\n  it("a", () => { expect(1).toBe(1) });\n  it("b", () => {\n';

diffRuleTester(rule, {
  valid: [
    { name: 'test file moved to another test folder', change: renamed('test/add.test.ts', 'test/math/add.test.ts', SUITE, SUITE) },
    { name: 'test file renamed .js -> .ts', change: renamed('test/add.test.js', 'test/add.test.ts', SUITE, SUITE) },
    { name: 'spec moved into __tests__', change: renamed('src/add.spec.ts', 'src/__tests__/add.ts', SUITE, SUITE) },
    { name: 'python test renamed', change: renamed('tests/test_parser.py', 'tests/parser_test.py', PY, PY) },
    { name: 'fixture deleted', change: deleted('test/fixtures/data.json', '{"a": 1}\n') },
    { name: 'fixture code deleted', change: deleted('test/fixtures/sample.js', 'it("is not a real test", () => {});\n') },
    { name: 'mock deleted', change: deleted('src/__mocks__/fs.js', 'module.exports = { readFileSync: () => "" };\n') },
    { name: 'test helper without tests deleted', change: deleted('test/setup.ts', "process.env.TZ = 'UTC';\n") },
    { name: 'type declarations in test folder', change: deleted('test/globals.d.ts', 'declare const it: any;\n') },
    { name: 'source file deleted', change: deleted('src/add.ts', 'export const add = (a, b) => a + b;\n') },
    { name: 'source file mentioning tests deleted', change: deleted('src/runner.ts', 'test("x", () => {});\n') },
    { name: 'test file modified', change: modified('test/add.test.ts', SUITE, SUITE.replace("'adds'", "'adds two numbers'")) },
    { name: 'new test file', change: added('test/sub.test.ts', SUITE) },
    { name: 'snapshot deleted (another rule)', change: deleted('test/__snapshots__/add.test.ts.snap', 'exports[`a 1`] = `1`;\n') },
    { name: 'python non-test module in tests folder', change: deleted('tests/conftest.py', 'import pytest\n') },
    { name: 'docs deleted', change: deleted('docs/testing.md', '# How to test\n') },
  ],
  invalid: [
    {
      name: 'jest test file deleted',
      change: deleted('test/add.test.ts', SUITE),
      errors: [
        {
          messageId: 'deleted',
          severity: 'high',
          side: 'removed',
          line: 1,
          message: 'The test file `test/add.test.ts` is deleted, with the 3 test cases it held: the checks it made no longer run.',
        },
      ],
    },
    { name: 'spec in src deleted', change: deleted('src/add.spec.js', SUITE), errors: [{ messageId: 'deleted' }] },
    { name: 'mocha file in test folder deleted', change: deleted('test/add.js', SUITE), errors: [{ messageId: 'deleted' }] },
    { name: '__tests__ file deleted', change: deleted('src/__tests__/add.tsx', SUITE), errors: [{ messageId: 'deleted' }] },
    {
      name: 'e2e file deleted',
      change: deleted('e2e/login.e2e.ts', "test('logs in', async ({ page }) => {});\n"),
      errors: [{ messageId: 'deleted' }],
    },
    {
      name: 'python test file deleted',
      change: deleted('tests/test_parser.py', PY),
      errors: [
        {
          messageId: 'deleted',
          message: 'The test file `tests/test_parser.py` is deleted, with the 3 test cases it held: the checks it made no longer run.',
        },
      ],
    },
    { name: 'python *_test.py deleted', change: deleted('pkg/parser_test.py', PY), errors: [{ messageId: 'deleted' }] },
    {
      name: 'one test case',
      change: deleted('test/one.test.js', "it('works', () => { expect(f()).toBe(1) })\n"),
      errors: [
        {
          messageId: 'deleted',
          message: 'The test file `test/one.test.js` is deleted, with the 1 test case it held: the checks it made no longer run.',
        },
      ],
    },
    { name: 'unparsable test file still counted', change: deleted('test/broken.test.js', BROKEN), errors: [{ messageId: 'deleted' }] },
    {
      name: 'named test file with no tests',
      change: deleted('src/empty.test.ts', 'export {};\n'),
      errors: [{ messageId: 'deletedEmpty', severity: 'low' }],
    },
    {
      name: 'renamed away to .bak',
      change: renamed('src/add.test.ts', 'src/add.test.ts.bak', SUITE, SUITE),
      errors: [{ messageId: 'renamedAway', severity: 'high', side: 'removed' }],
    },
    {
      name: 'renamed out of the test naming',
      change: renamed('src/add.test.ts', 'src/add.ts', SUITE, SUITE),
      errors: [{ messageId: 'renamedAway' }],
    },
    {
      name: 'python renamed away',
      change: renamed('tests/test_parser.py', 'tests/parser.py', PY, PY),
      errors: [{ messageId: 'renamedAway' }],
    },
    {
      name: 'renamed to .disabled',
      change: renamed('test/add.js', 'test/add.js.disabled', SUITE, SUITE),
      errors: [{ messageId: 'renamedAway' }],
    },
    {
      name: 'deleted while a same-named test file is in the change',
      change: deleted('test/add.test.ts', SUITE),
      changedPaths: ['test/add.test.ts', 'test/unit/add.test.ts'],
      errors: [{ messageId: 'maybeMoved', severity: 'low' }],
    },
    {
      name: 'deleted while the code under test changed',
      change: deleted('test/add.test.ts', SUITE),
      changedPaths: ['src/add.ts', 'test/add.test.ts'],
      errors: [{ messageId: 'deleted', severity: 'high' }],
    },
  ],
});
