import rule from '../../../src/core/rules/diff/assertion-removed';
import { added, deleted, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const JEST = `import { createUser } from '../src/users';

describe('users', () => {
  it('creates a user', async () => {
    const user = await createUser({ name: 'ann' });
    expect(user.id).toBeGreaterThan(0);
    expect(user.name).toBe('ann');
    expect(user.roles).toEqual(['member']);
  });

  it('rejects a blank name', async () => {
    await expect(createUser({ name: '' })).rejects.toThrow(ValidationError);
  });
});
`;

const NODE = `const assert = require('node:assert/strict');
const { parse } = require('../lib/parse');

describe('parse', function () {
  it('parses', function () {
    const out = parse('a=1');
    assert.deepEqual(out, { a: 1 });
    assert.equal(Object.keys(out).length, 1);
    assert(out.a);
  });
});
`;

const CHAI = `const { expect } = require('chai');
describe('cart', () => {
  it('totals', () => {
    const cart = new Cart();
    cart.add({ price: 2 });
    expect(cart.total()).to.equal(2);
    expect(cart.items).to.have.lengthOf(1);
    cart.items.should.have.length(1);
  });
});
`;

const AVA = `import test from 'ava';
test('sum', (t) => {
  t.is(sum(1, 2), 3);
  t.deepEqual(pair(1), [1, 1]);
  t.true(isEven(2));
});
`;

const PY = `import pytest
from app.users import create_user


def test_create():
    user = create_user("ann")
    assert user.id > 0
    assert user.name == "ann"


class TestUsers(unittest.TestCase):
    def test_blank(self):
        with self.assertRaises(ValueError):
            create_user("")
        self.assertEqual(count_users(), 0)
`;

diffRuleTester(rule, {
  valid: [
    { name: 'unchanged', change: modified('test/users.test.ts', JEST, JEST) },
    {
      name: 'assertion reformatted',
      change: modified('test/users.test.ts', JEST, JEST.replace("toEqual(['member'])", 'toEqual([\n      "member",\n    ])')),
    },
    {
      name: 'assertion moved to another test in the file',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("    expect(user.roles).toEqual(['member']);\n", '').replace(
          "  it('rejects",
          "  it('has roles', async () => {\n    const user = await createUser({ name: 'ann' });\n    expect(user.roles).toEqual(['member']);\n  });\n\n  it('rejects",
        ),
      ),
    },
    {
      name: 'assertions reordered',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace(
          "    expect(user.name).toBe('ann');\n    expect(user.roles).toEqual(['member']);",
          "    expect(user.roles).toEqual(['member']);\n    expect(user.name).toBe('ann');",
        ),
      ),
    },
    {
      name: 'assertion strengthened',
      change: modified('test/users.test.ts', JEST, JEST.replace('expect(user.id).toBeGreaterThan(0);', 'expect(user.id).toBe(1);')),
    },
    {
      name: 'assertion rewritten on a renamed variable',
      change: modified('test/users.test.ts', JEST, JEST.replace(/user\./g, 'created.').replace('const user', 'const created')),
    },
    {
      name: 'two assertions merged into one',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace(
          "    expect(user.name).toBe('ann');\n    expect(user.roles).toEqual(['member']);\n",
          "    expect(user).toMatchObject({ name: 'ann', roles: ['member'] });\n",
        ),
      ),
    },
    {
      name: 'assertion added',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("    expect(user.name).toBe('ann');\n", "    expect(user.name).toBe('ann');\n    expect(user.active).toBe(true);\n"),
      ),
    },
    {
      name: 'whole test deleted (diff/test-case-removed reports it)',
      change: modified('test/users.test.ts', JEST, JEST.replace(/\n {2}it\('rejects a blank name'[\s\S]*?\n {2}\}\);\n/, '\n')),
    },
    {
      name: 'every assertion removed (diff/test-case-removed reports it)',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace(
          "    await expect(createUser({ name: '' })).rejects.toThrow(ValidationError);\n",
          "    await createUser({ name: '' }).catch(() => {});\n",
        ),
      ),
    },
    {
      name: 'test skipped (ts/test-focus-skip reports it)',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("it('creates a user'", "it.skip('creates a user'").replace("    expect(user.name).toBe('ann');\n", ''),
      ),
    },
    {
      name: 'node assert reformatted',
      change: modified(
        'test/parse.js',
        NODE,
        NODE.replace('assert.deepEqual(out, { a: 1 });', 'assert.deepEqual(out, {\n      a: 1,\n    });'),
      ),
    },
    {
      name: 'assert.equal -> assert.strictEqual',
      change: modified('test/parse.js', NODE, NODE.replace('assert.equal(', 'assert.strictEqual(')),
    },
    { name: 'not a test file', change: modified('src/users.ts', JEST, JEST.replace("    expect(user.name).toBe('ann');\n", '')) },
    { name: 'new test file', change: added('test/users.test.ts', JEST) },
    { name: 'deleted test file (another rule)', change: deleted('test/users.test.ts', JEST) },
    {
      name: 'python assertion reformatted',
      change: modified('tests/test_users.py', PY, PY.replace('assert user.name == "ann"', "assert user.name == 'ann'")),
    },
    {
      name: 'python assertion rewritten',
      change: modified('tests/test_users.py', PY, PY.replace('assert user.id > 0', 'assert user.id >= 1')),
    },
    {
      name: 'python assertion added',
      change: modified(
        'tests/test_users.py',
        PY,
        PY.replace('    assert user.id > 0\n', '    assert user.id > 0\n    assert user.active\n'),
      ),
    },
    {
      name: 'removed line that is not an assertion',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("import { createUser } from '../src/users';\n", "import { createUser } from '../src/users.js';\n"),
      ),
    },
    {
      name: 'comment with expect removed',
      change: modified(
        'test/a.test.js',
        "it('a', () => {\n  // expect(x).toBe(1)\n  expect(f()).toBe(2);\n});\n",
        "it('a', () => {\n  expect(f()).toBe(2);\n});\n",
      ),
    },
    {
      name: 'negative assertion rewritten as another negative one',
      change: modified(
        'tests/test_match.py',
        'def test_exact_match():\n    assert not exact_match("Paris", "Paris, France")\n',
        'def test_exact_match():\n    assert not exact_match("Paris", "Paris, France", strict=True)\n',
      ),
    },
    {
      // `is` and `in` inside strings are not comparisons: the assertion keeps its subject and its pair.
      name: 'python assertion with is/in in its strings, message reworded',
      change: modified(
        'tests/test_city.py',
        'def test_city():\n    assert city_of("Paris is in France") == "Paris", "wrong city"\n',
        'def test_city():\n    assert city_of("Paris is in France") == "Paris", "city mismatch"\n',
      ),
    },
  ],
  invalid: [
    {
      // The rejected case turned into an accepted one: the rewrite tests the opposite, not the same thing.
      name: 'negative assertion rewritten as a positive one',
      change: modified(
        'tests/test_match.py',
        'def test_exact_match():\n    assert exact_match("Paris.", "paris")\n    assert not exact_match("Paris", "Paris, France")\n',
        'def test_exact_match():\n    assert exact_match("Paris.", "paris")\n    assert exact_match("It is Paris.", "Paris")\n',
      ),
      errors: [
        {
          messageId: 'removed',
          side: 'removed',
          line: 3,
          message:
            'The assertion `assert not exact_match("Paris", "Paris, France")` is removed from the test `test_exact_match` and not replaced: the test no longer checks it.',
        },
      ],
    },
    {
      name: 'negative expectation rewritten as a positive one (jest)',
      change: modified(
        'test/match.test.ts',
        "it('matches', () => {\n  expect(matches('Paris', 'Paris, France')).toBe(false);\n});\n",
        "it('matches', () => {\n  expect(matches('It is Paris', 'Paris')).toBe(true);\n});\n",
      ),
      errors: [{ messageId: 'removed', side: 'removed', line: 2 }],
    },
    {
      name: 'one expect removed',
      change: modified('test/users.test.ts', JEST, JEST.replace("    expect(user.name).toBe('ann');\n", '')),
      errors: [
        {
          messageId: 'removed',
          side: 'removed',
          line: 7,
          severity: 'medium',
          message:
            "The assertion `expect(user.name).toBe('ann')` is removed from the test `users > creates a user` and not replaced: the test no longer checks it.",
        },
      ],
    },
    {
      name: 'expect removed while the code under test changed',
      change: modified('test/users.test.ts', JEST, JEST.replace("    expect(user.name).toBe('ann');\n", '')),
      changedPaths: ['src/users.ts', 'test/users.test.ts'],
      errors: [{ messageId: 'removed', severity: 'high' }],
    },
    {
      name: 'two expects removed',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("    expect(user.name).toBe('ann');\n    expect(user.roles).toEqual(['member']);\n", ''),
      ),
      errors: [
        { messageId: 'removed', line: 7 },
        { messageId: 'removed', line: 7 },
      ],
    },
    {
      name: 'expect commented out',
      change: modified(
        'test/users.test.ts',
        JEST,
        JEST.replace("    expect(user.roles).toEqual(['member']);", "    // expect(user.roles).toEqual(['member']);"),
      ),
      errors: [{ messageId: 'removed', line: 8 }],
    },
    {
      name: 'node assert.deepEqual removed',
      change: modified('test/parse.js', NODE, NODE.replace('    assert.deepEqual(out, { a: 1 });\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'plain assert() removed',
      change: modified('test/parse.js', NODE, NODE.replace('    assert(out.a);\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'chai expect removed',
      change: modified('test/cart.js', CHAI, CHAI.replace('    expect(cart.total()).to.equal(2);\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'should removed',
      change: modified('test/cart.js', CHAI, CHAI.replace('    cart.items.should.have.length(1);\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'ava t.is removed',
      change: modified('test/sum.test.mjs', AVA, AVA.replace('  t.is(sum(1, 2), 3);\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'ava t.deepEqual removed',
      change: modified('test/sum.test.mjs', AVA, AVA.replace('  t.deepEqual(pair(1), [1, 1]);\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'assertion in a hook removed',
      change: modified(
        'test/a.test.js',
        "afterEach(() => {\n  expect(leaks()).toBe(0);\n});\nit('a', () => {\n  expect(f()).toBe(1);\n});\n",
        "afterEach(() => {\n});\nit('a', () => {\n  expect(f()).toBe(1);\n});\n",
      ),
      errors: [
        {
          messageId: 'removed',
          message:
            'The assertion `expect(leaks()).toBe(0)` is removed from `test/a.test.js` and not replaced: the test no longer checks it.',
        },
      ],
    },
    {
      name: 'expect.assertions removed',
      change: modified(
        'test/a.test.js',
        "it('a', async () => {\n  expect.assertions(1);\n  await f().catch((e) => expect(e).toBeInstanceOf(TypeError));\n});\n",
        "it('a', async () => {\n  await f().catch((e) => expect(e).toBeInstanceOf(TypeError));\n});\n",
      ),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'python assert removed',
      change: modified('tests/test_users.py', PY, PY.replace('    assert user.name == "ann"\n', '')),
      errors: [{ messageId: 'removed', side: 'removed', line: 8 }],
    },
    {
      name: 'python self.assertEqual removed',
      change: modified('tests/test_users.py', PY, PY.replace('        self.assertEqual(count_users(), 0)\n', '')),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'python assertRaises removed, call kept',
      change: modified(
        'tests/test_users.py',
        PY,
        PY.replace('        with self.assertRaises(ValueError):\n            create_user("")\n', '        create_user("")\n'),
      ),
      errors: [{ messageId: 'removed' }],
    },
  ],
});
