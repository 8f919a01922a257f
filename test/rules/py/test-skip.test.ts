import rule from '../../../src/core/rules/py/test-skip';
import { ruleTester } from '../../ruleTester';

const T = 'tests/test_model.py';

ruleTester(rule, {
  valid: [
    { code: "import pytest\n@pytest.mark.parametrize('x', [1, 2])\ndef test_x(x):\n    assert x", filename: T },
    { code: 'import pytest\n@pytest.fixture\ndef db():\n    return 1', filename: T },
    { code: "import pytest\ntorch = pytest.importorskip('torch')", filename: T },
    { code: 'def skip(items):\n    return items[1:]\n\nskip([1, 2])', filename: T },
    { code: 'class Reader:\n    def skip(self, n):\n        self.pos += n\n\nReader().skip(3)', filename: T },
    { code: 'import pytest\n@pytest.mark.slow\ndef test_big():\n    assert run()', filename: T },
    { code: '# @pytest.mark.skip\ndef test_a():\n    assert f()', filename: T },
    { code: "print('pytest.skip is used for ...')", filename: T },
    { code: 'import pytest\npytestmark = pytest.mark.integration', filename: T },
  ],
  invalid: [
    {
      code: "import pytest\n@pytest.mark.skip(reason='flaky')\ndef test_total():\n    assert total() == 3",
      filename: T,
      errors: [{ messageId: 'mark', line: 2, column: 1, severity: 'medium', category: 'evaluation-tampering' }],
    },
    { code: 'import pytest\n@pytest.mark.skip\ndef test_total():\n    assert total() == 3', filename: T, errors: [{ messageId: 'mark' }] },
    {
      code: 'import pytest\n@pytest.mark.xfail\ndef test_total():\n    assert total() == 3',
      filename: T,
      errors: [{ messageId: 'mark', severity: 'medium' }],
    },
    {
      code: "import pytest, sys\n@pytest.mark.skipif(sys.platform == 'win32', reason='posix only')\ndef test_posix():\n    assert f()",
      filename: T,
      errors: [{ messageId: 'mark', severity: 'low' }],
    },
    {
      code: "import pytest\n@pytest.mark.skipif(True, reason='later')\ndef test_a():\n    assert f()",
      filename: T,
      errors: [{ messageId: 'mark', severity: 'medium' }],
    },
    { code: 'from pytest import mark\n@mark.skip\ndef test_a():\n    assert f()', filename: T, errors: [{ messageId: 'mark' }] },
    {
      code: 'import pytest as pt\n@pt.mark.xfail(strict=False)\ndef test_a():\n    assert f()',
      filename: T,
      errors: [{ messageId: 'mark' }],
    },
    {
      code: 'import unittest\nclass T(unittest.TestCase):\n    @unittest.skip("wip")\n    def test_x(self):\n        self.assertEqual(f(), 2)',
      filename: T,
      errors: [{ messageId: 'mark', line: 3, severity: 'medium' }],
    },
    {
      code: 'import unittest\nclass T(unittest.TestCase):\n    @unittest.expectedFailure\n    def test_x(self):\n        self.assertEqual(f(), 2)',
      filename: T,
      errors: [{ messageId: 'mark' }],
    },
    {
      code: 'from unittest import skipIf\nclass T:\n    @skipIf(NO_GPU, "gpu")\n    def test_x(self):\n        pass',
      filename: T,
      errors: [{ messageId: 'mark', severity: 'low' }],
    },
    { code: '@__import__("pytest").mark.skip\ndef test_a():\n    assert f()', filename: T, errors: [{ messageId: 'mark' }] },
    {
      code: "import pytest\ndef test_api():\n    pytest.skip('broken')\n    assert api() == 1",
      filename: T,
      errors: [{ messageId: 'call', line: 3, severity: 'medium' }],
    },
    {
      code: "import pytest\ndef test_gpu():\n    if not has_gpu():\n        pytest.skip('no gpu')\n    assert run()",
      filename: T,
      errors: [{ messageId: 'call', severity: 'low' }],
    },
    { code: "import pytest\ndef test_a():\n    pytest.xfail('known bug')", filename: T, errors: [{ messageId: 'call' }] },
    {
      code: "import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        self.skipTest('later')\n        self.assertTrue(f())",
      filename: T,
      errors: [{ messageId: 'call', line: 4, severity: 'medium' }],
    },
    {
      code: "import unittest\ndef test_a():\n    raise unittest.SkipTest('nope')",
      filename: T,
      errors: [{ messageId: 'call' }],
    },
    { code: 'import pytest\npytestmark = pytest.mark.skip(reason="all broken")', filename: T, errors: [{ messageId: 'module', line: 2 }] },
    {
      code: 'import pytest\npytestmark = [pytest.mark.slow, pytest.mark.xfail]',
      filename: T,
      errors: [{ messageId: 'module', column: 33 }],
    },
    { code: 'import pytest\n@pytest.mark.skip\ndef test_a():\n    pass', filename: 'conftest.py', errors: [{ messageId: 'mark' }] },
    { code: 'import pytest\n@pytest.mark.skip\ndef check_a():\n    pass', filename: 'checks/verify.py', errors: [{ messageId: 'mark' }] },
  ],
});
