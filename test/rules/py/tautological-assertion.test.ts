import rule from '../../../src/core/rules/py/tautological-assertion';
import { ruleTester } from '../../ruleTester';

const T = 'tests/test_model.py';

ruleTester(rule, {
  valid: [
    { code: 'def test_model():\n    assert train() == 3', filename: T },
    { code: 'def test_a():\n    assert x, "x must be set"', filename: T },
    { code: 'def test_nan():\n    x = float("nan")\n    assert x != x', filename: T },
    { code: 'def test_b():\n    assert f() == f()', filename: T },
    { code: 'def test_c():\n    assert result is not None', filename: T },
    { code: 'def test_d():\n    assert not failed', filename: T },
    { code: 'def test_e():\n    assert x == 1 or y == 2', filename: T },
    { code: 'def test_f():\n    assert a in b', filename: T },
    { code: 'def test_g():\n    assert False, "unreachable"', filename: T },
    {
      code: 'class T:\n    def test_x(self):\n        self.assertTrue(ok())\n        self.assertEqual(a, b)\n        self.assertFalse(bad)',
      filename: T,
    },
    { code: 'class T:\n    def test_x(self):\n        self.assertEqual(compute(), compute())', filename: T },
    'def check(x):\n    assert True',
    'assert 1',
    { code: 'class T:\n    def test_x(self):\n        self.assertIsNone(None_like)', filename: T },
  ],
  invalid: [
    {
      code: 'def test_model():\n    train()\n    assert True',
      filename: T,
      errors: [{ messageId: 'assert', line: 3, column: 5, severity: 'medium', category: 'evaluation-tampering' }],
    },
    { code: 'def test_a():\n    assert 1', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_a():\n    assert "done"', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_a():\n    assert (parse("1") == 1, "parse works")', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert result == expected or True', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert True or result == expected', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert (x or 1)', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert not False', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert not None', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert result == result', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def test_y():\n    assert isinstance(out, object)', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'assert True', filename: T, errors: [{ messageId: 'assert' }] },
    { code: 'def helper():\n    assert True', filename: 'conftest.py', errors: [{ messageId: 'assert' }] },
    { code: 'def test_outside_tests():\n    assert True', errors: [{ messageId: 'assert' }] },
    {
      code: 'import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        self.assertTrue(True)',
      filename: T,
      errors: [{ messageId: 'method', line: 4, column: 9 }],
    },
    { code: 'class T:\n    def test_x(self):\n        self.assertTrue(1)', filename: T, errors: [{ messageId: 'method' }] },
    { code: 'class T:\n    def test_x(self):\n        self.assertFalse(False)', filename: T, errors: [{ messageId: 'method' }] },
    { code: 'class T:\n    def test_x(self):\n        self.assertEqual(1, 1)', filename: T, errors: [{ messageId: 'method' }] },
    { code: 'class T:\n    def test_x(self):\n        self.assertEqual(out, out)', filename: T, errors: [{ messageId: 'method' }] },
    { code: 'class T:\n    def test_x(self):\n        self.assertIsNotNone(True)', filename: T, errors: [{ messageId: 'method' }] },
    { code: 'class T:\n    def test_x(self):\n        self.assertTrue(x or True)', filename: T, errors: [{ messageId: 'method' }] },
  ],
});
