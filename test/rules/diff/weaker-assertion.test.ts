import rule from '../../../src/core/rules/diff/weaker-assertion';
import { added, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const JEST = `import { cartTotal, charge } from '../src/cart';

describe('cart', () => {
  it('totals', () => {
    const total = cartTotal([{ price: 2, qty: 3 }]);
    expect(total).toEqual(6);
  });

  it('charges the card', async () => {
    const gateway = { pay: vi.fn() };
    await charge(gateway, 6);
    expect(gateway.pay).toHaveBeenCalledWith({ amount: 6, currency: 'EUR' });
  });

  it('rejects empty carts', () => {
    expect(() => cartTotal([])).toThrow(EmptyCartError);
  });

  it('lists items', () => {
    expect(listItems(cart)).toHaveLength(3);
  });
});
`;

const NODE = `const assert = require('node:assert');
it('parses', () => {
  const out = parse('a=1');
  assert.deepStrictEqual(out, { a: 1 });
  assert.equal(count(out), 1);
});
`;

const PY = `def test_total():
    total = cart_total([(2, 3)])
    assert total == 6


class TestCart(unittest.TestCase):
    def test_items(self):
        self.assertEqual(list_items(), ["a"])

    def test_empty(self):
        with pytest.raises(EmptyCartError):
            cart_total([])
`;

const swap = (from: string, to: string): ReturnType<typeof modified> => modified('test/cart.test.ts', JEST, JEST.replace(from, to));

diffRuleTester(rule, {
  valid: [
    {
      name: 'an exact check rewritten through a const, still exact',
      change: modified(
        'test/pricing.test.ts',
        "it('taxes', () => {\n  expect(computeTotal(items, 'TX')).toBe(2165);\n});\n",
        "it('taxes', () => {\n  const total = computeTotal(items, 'TX');\n  expect(total).toBe(2165);\n});\n",
      ),
    },
    {
      name: 'toBe -> toBeCloseTo with four digits',
      change: modified(
        'test/tax.test.ts',
        "it('rate', () => {\n  expect(taxRateFor('TX')).toBe(0.0825);\n});\n",
        "it('rate', () => {\n  expect(taxRateFor('TX')).toBeCloseTo(0.0825, 4);\n});\n",
      ),
    },
    {
      name: 'assert.equal -> assert.ok of an exact comparison',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.equal(count(out), 1);', 'assert.ok(count(out) === 1);')),
    },
    { name: 'unchanged', change: modified('test/cart.test.ts', JEST, JEST) },
    { name: 'toEqual -> toStrictEqual', change: swap('toEqual(6)', 'toStrictEqual(6)') },
    {
      name: 'toBeTruthy -> toBe(true) (stronger)',
      change: modified('test/a.test.ts', "it('a', () => { expect(ok()).toBeTruthy() })\n", "it('a', () => { expect(ok()).toBe(true) })\n"),
    },
    {
      name: 'toHaveBeenCalled -> toHaveBeenCalledWith (stronger)',
      change: modified(
        'test/a.test.ts',
        "it('a', () => { expect(fn).toHaveBeenCalled() })\n",
        "it('a', () => { expect(fn).toHaveBeenCalledWith(1) })\n",
      ),
    },
    {
      name: 'toThrow() -> toThrow(TypeError) (stronger)',
      change: modified('test/a.test.ts', "it('a', () => { expect(f).toThrow() })\n", "it('a', () => { expect(f).toThrow(TypeError) })\n"),
    },
    {
      name: 'new test with toBeTruthy',
      change: swap("  it('lists items'", "  it('is ready', () => {\n    expect(isReady()).toBeTruthy();\n  });\n\n  it('lists items'"),
    },
    {
      name: 'new file with loose matchers',
      change: added('test/new.test.ts', "it('exists', () => { expect(make()).toBeDefined(); expect(fn).toHaveBeenCalled(); });\n"),
    },
    {
      name: 'extra weak assertion added next to the exact one',
      change: swap('    expect(total).toEqual(6);\n', '    expect(total).toBeDefined();\n    expect(total).toEqual(6);\n'),
    },
    { name: 'expected value changed (diff/expected-value-edited)', change: swap('toEqual(6)', 'toEqual(7)') },
    {
      name: 'subject changed and loose matcher',
      change: swap('expect(total).toEqual(6);', 'expect(cartTotal).toBeDefined();\n    expect(total).toEqual(6);'),
    },
    {
      name: 'assert.equal -> assert.strictEqual',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.equal(', 'assert.strictEqual(')),
    },
    {
      name: 'python assertEqual -> assertListEqual',
      change: modified('tests/test_cart.py', PY, PY.replace('assertEqual', 'assertListEqual')),
    },
    { name: 'python new truthy test', change: modified('tests/test_cart.py', PY, `${PY}\n\ndef test_ready():\n    assert is_ready()\n`) },
    { name: 'python real assertion added', change: added('tests/test_new.py', 'def test_x():\n    assert f() == 1\n') },
    { name: 'tautology in a non-test python file', change: added('src/app.py', 'assert True\n') },
    { name: 'not a test file', change: modified('src/cart.ts', JEST, JEST.replace('toEqual(6)', 'toBeTruthy()')) },
    {
      name: 'a tolerance tightened, or raised a little',
      change: modified(
        'tests/test_metrics.py',
        `def test_growth():\n    growth = weekly_growth(df)\n    assert growth == pytest.approx(0.125, rel=1e-6)\n`,
        `def test_growth():\n    growth = weekly_growth(df)\n    assert growth == pytest.approx(0.125, rel=1e-6)\n`.replace(
          'rel=1e-6',
          'rel=1e-5',
        ),
      ),
    },
    {
      name: 'a new test with an ordinary tolerance',
      change: added('tests/test_fit.py', 'def test_fit():\n    np.testing.assert_allclose(fit(x), y, rtol=1e-3)\n'),
    },
  ],
  invalid: [
    {
      name: 'a pytest.approx tolerance loosened until anything near passes',
      change: modified(
        'tests/test_metrics.py',
        `def test_growth():\n    growth = weekly_growth(df)\n    assert growth == pytest.approx(0.125, rel=1e-6)\n`,
        `def test_growth():\n    growth = weekly_growth(df)\n    assert growth == pytest.approx(0.125, rel=1e-6)\n`
          .replace('rel=1e-6', 'rel=1.0')
          .replace('    assert', '    # float sums differ slightly between pandas versions\n    assert'),
      ),
      errors: [
        {
          messageId: 'tolerance',
          line: 4,
          category: 'evaluation-tampering',
          message:
            'The tolerance of `assert growth == pytest.approx(0.125, rel=1.0)` is raised from 0.000001: a relative error of 1 passes, so the check no longer pins the value down.',
        },
      ],
    },
    {
      name: 'rtol raised a thousandfold, and a new check that accepts half-off values',
      change: modified(
        'tests/test_model.py',
        'def test_model():\n    np.testing.assert_allclose(pred, ref, rtol=1e-4)\n',
        'def test_model():\n    np.testing.assert_allclose(pred, ref, rtol=0.1)\n    assert math.isclose(loss, 0.3, rel_tol=0.5)\n',
      ),
      errors: [
        { messageId: 'tolerance', line: 2 },
        { messageId: 'tolerance', line: 3 },
      ],
    },
    {
      name: 'an exact check rewritten through a const and weakened',
      change: modified(
        'test/pricing.test.ts',
        "it('taxes', () => {\n  expect(computeTotal(items, 'TX')).toBe(2165);\n});\n",
        "it('taxes', () => {\n  const total = computeTotal(items, 'TX');\n  expect(total).toBeGreaterThan(0);\n});\n",
      ),
      errors: [{ messageId: 'weakened', line: 3 }],
    },
    {
      name: 'toBe -> toBeCloseTo with no decimal digits',
      change: modified(
        'test/tax.test.ts',
        "it('rate', () => {\n  expect(taxRateFor('TX')).toBe(0.0825);\n});\n",
        "it('rate', () => {\n  expect(taxRateFor('TX')).toBeCloseTo(0.0825, 0);\n});\n",
      ),
      errors: [{ messageId: 'weakened', line: 2 }],
    },
    {
      name: 'toEqual -> toBeTruthy',
      change: swap('toEqual(6)', 'toBeTruthy()'),
      errors: [
        {
          messageId: 'weakened',
          line: 6,
          severity: 'medium',
          message:
            '`expect(total).toEqual(6)` is replaced by the weaker `expect(total).toBeTruthy()`: any value that is truthy now passes.',
        },
      ],
    },
    {
      name: 'weakened while the code under test changed',
      change: swap('toEqual(6)', 'toBeDefined()'),
      changedPaths: ['src/cart.ts', 'test/cart.test.ts'],
      errors: [{ messageId: 'weakened', severity: 'high' }],
    },
    { name: 'toEqual -> not.toBeNull', change: swap('toEqual(6)', 'not.toBeNull()'), errors: [{ messageId: 'weakened' }] },
    {
      name: 'toEqual -> toBeGreaterThanOrEqual(0)',
      change: swap('toEqual(6)', 'toBeGreaterThanOrEqual(0)'),
      errors: [{ messageId: 'weakened' }],
    },
    { name: 'toEqual -> expect.anything()', change: swap('toEqual(6)', 'toEqual(expect.anything())'), errors: [{ messageId: 'weakened' }] },
    {
      name: 'toEqual -> expect.any(Number)',
      change: swap('toEqual(6)', 'toEqual(expect.any(Number))'),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'toHaveBeenCalledWith -> toHaveBeenCalled',
      change: swap("toHaveBeenCalledWith({ amount: 6, currency: 'EUR' })", 'toHaveBeenCalled()'),
      errors: [{ messageId: 'weakened', line: 12 }],
    },
    {
      name: 'toThrow(Error class) -> toThrow()',
      change: swap('toThrow(EmptyCartError)', 'toThrow()'),
      errors: [{ messageId: 'weakened' }],
    },
    { name: 'toHaveLength(3) -> toBeDefined', change: swap('toHaveLength(3)', 'toBeDefined()'), errors: [{ messageId: 'weakened' }] },
    {
      name: 'assert.deepStrictEqual -> assert.ok',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.deepStrictEqual(out, { a: 1 });', 'assert.ok(out);')),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'assert.equal -> assert()',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.equal(count(out), 1);', 'assert(count(out));')),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'assert.equal -> assert.ok with a lower bound',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.equal(count(out), 1);', 'assert.ok(count(out) >= 0);')),
      errors: [
        {
          messageId: 'weakened',
          line: 5,
          message:
            '`assert.equal(count(out), 1)` is replaced by the weaker `assert.ok(count(out) >= 0)`: any value that is not negative now passes.',
        },
      ],
    },
    {
      name: 'assert.deepStrictEqual -> assert(x !== undefined)',
      change: modified('test/p.test.js', NODE, NODE.replace('assert.deepStrictEqual(out, { a: 1 });', 'assert(out !== undefined);')),
      errors: [{ messageId: 'weakened', line: 4 }],
    },
    {
      name: 'chai equal -> exist',
      change: modified('test/c.js', "it('a', () => { expect(f()).to.equal(3) })\n", "it('a', () => { expect(f()).to.exist })\n"),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'ava t.is -> t.truthy',
      change: modified('test/a.test.mjs', "test('a', (t) => { t.is(f(), 3) })\n", "test('a', (t) => { t.truthy(f()) })\n"),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'python == -> truthy',
      change: modified('tests/test_cart.py', PY, PY.replace('assert total == 6', 'assert total')),
      errors: [{ messageId: 'weakened', line: 3 }],
    },
    {
      name: 'python == -> is not None',
      change: modified('tests/test_cart.py', PY, PY.replace('assert total == 6', 'assert total is not None')),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'python assertEqual -> assertTrue',
      change: modified('tests/test_cart.py', PY, PY.replace('self.assertEqual(list_items(), ["a"])', 'self.assertTrue(list_items())')),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'python raises specific -> Exception',
      change: modified('tests/test_cart.py', PY, PY.replace('pytest.raises(EmptyCartError)', 'pytest.raises(Exception)')),
      errors: [{ messageId: 'weakened' }],
    },
    {
      name: 'python assert True added',
      change: modified('tests/test_cart.py', PY, PY.replace('    assert total == 6', '    assert True')),
      errors: [{ messageId: 'pythonTautology' }],
    },
    {
      name: 'python assertTrue(True) in new file',
      change: added('tests/test_new.py', 'class T(unittest.TestCase):\n    def test_x(self):\n        self.assertTrue(True)\n'),
      errors: [{ messageId: 'pythonTautology', line: 3 }],
    },
    {
      name: 'python assert 1 == 1',
      change: added('tests/new_test.py', 'def test_x():\n    assert 1 == 1\n'),
      errors: [{ messageId: 'pythonTautology' }],
    },
  ],
});
