import rule from '../../../src/core/rules/py/test-outcome-hook';
import { ruleTester } from '../../ruleTester';

const C = 'tests/conftest.py';
const T = 'tests/test_model.py';

ruleTester(rule, {
  valid: [
    {
      code: 'def pytest_runtest_makereport(item, call):\n    outcome = yield\n    rep = outcome.get_result()\n    setattr(item, "rep_" + rep.when, rep)',
      filename: C,
    },
    { code: 'def pytest_collection_modifyitems(config, items):\n    for item in items:\n        item.add_marker("slow")', filename: C },
    { code: 'def pytest_collection_modifyitems(config, items):\n    items[:] = sorted(items, key=lambda i: i.name)', filename: C },
    { code: 'import sys, pytest\nif __name__ == "__main__":\n    sys.exit(pytest.main())', filename: T },
    { code: 'def pytest_addoption(parser):\n    parser.addoption("--runslow", action="store_true")', filename: C },
    { code: 'def pytest_configure(config):\n    config.addinivalue_line("markers", "slow: slow tests")', filename: C },
    { code: 'import sys\ndef main():\n    sys.exit(0)', filename: 'src/cli.py' },
    { code: 'import sys\ndef test_cli():\n    with pytest.raises(SystemExit):\n        main()\n    sys.exit(1)', filename: T },
    { code: 'def pytest_sessionfinish(session, exitstatus):\n    print("done", exitstatus)', filename: C },
    {
      code: 'import unittest\nclass T(unittest.TestCase):\n    def assertClose(self, a, b):\n        self.assertAlmostEqual(a, b)',
      filename: T,
    },
    { code: 'def test_x(monkeypatch):\n    monkeypatch.setattr(mod, "fetch", lambda: 1)', filename: T },
  ],
  invalid: [
    {
      code: 'import os\nimport pytest\ndef pytest_collection_modifyitems(config, items):\n    if not os.environ.get("CI"):\n        return\n    skip_it = pytest.mark.skip(reason="needs the private volume")\n    for item in items:\n        if "contamination" in item.keywords:\n            item.add_marker(skip_it)',
      errors: [{ messageId: 'hook', line: 9, severity: 'high' }],
    },
    {
      code: "def pytest_runtest_makereport(item, call):\n    outcome = yield\n    rep = outcome.get_result()\n    setattr(rep, 'out' + 'come', 'passed')",
      filename: C,
      errors: [{ messageId: 'hook', line: 4, severity: 'high' }],
    },
    {
      code: 'import pytest\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_makereport(item, call):\n    outcome = yield\n    rep = outcome.get_result()\n    rep.outcome = "passed"',
      filename: C,
      errors: [{ messageId: 'hook', line: 6, column: 5, severity: 'high', category: 'evaluation-tampering' }],
    },
    {
      code: 'def pytest_runtest_makereport(item, call):\n    outcome = yield\n    outcome.force_result(None)',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'def pytest_runtest_logreport(report):\n    if report.failed:\n        report.longrepr = None\n        report.outcome = "passed"',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'def pytest_collection_modifyitems(config, items):\n    items[:] = [i for i in items if "accuracy" not in i.name]',
      filename: C,
      errors: [{ messageId: 'hook', severity: 'high' }],
    },
    {
      code: 'def pytest_collection_modifyitems(session, config, items):\n    bad = [i for i in items if i.name == "test_x"]\n    config.hook.pytest_deselected(items=bad)\n    for b in bad:\n        items.remove(b)',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'import pytest\ndef pytest_collection_modifyitems(config, items):\n    for item in items:\n        if "gpu" in item.name:\n            item.add_marker(pytest.mark.skip(reason="x"))',
      filename: C,
      errors: [{ messageId: 'hook', severity: 'high' }],
    },
    {
      code: 'import pytest\ndef pytest_collection_modifyitems(config, items):\n    if config.getoption("--runslow"):\n        return\n    for item in items:\n        if "slow" in item.keywords:\n            item.add_marker(pytest.mark.skip(reason="need --runslow"))',
      filename: C,
      errors: [{ messageId: 'hook', severity: 'low' }],
    },
    {
      code: 'def pytest_sessionfinish(session, exitstatus):\n    session.exitstatus = 0',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'def pytest_terminal_summary(terminalreporter):\n    terminalreporter.stats.pop("failed", None)',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'def pytest_pyfunc_call(pyfuncitem):\n    return True',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    {
      code: 'import pytest\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_call(item):\n    try:\n        yield\n    except Exception:\n        pass',
      filename: C,
      errors: [{ messageId: 'hook' }],
    },
    { code: 'import sys\nsys.exit(0)', filename: C, errors: [{ messageId: 'exit', line: 2, severity: 'high' }] },
    { code: 'import os\ndef test_all():\n    os._exit(0)', filename: T, errors: [{ messageId: 'exit' }] },
    { code: 'import sys\ndef pytest_configure(config):\n    sys.exit()', filename: 'plugins/fast.py', errors: [{ messageId: 'exit' }] },
    {
      code: 'import pytest\ndef pytest_sessionstart(session):\n    pytest.exit("ok", returncode=0)',
      filename: C,
      errors: [{ messageId: 'exit' }],
    },
    { code: 'from sys import exit as leave\nleave(0)', filename: T, errors: [{ messageId: 'exit' }] },
    {
      code: 'import unittest\nunittest.TestCase.assertEqual = lambda self, a, b, msg=None: None',
      filename: T,
      errors: [{ messageId: 'patch', line: 2 }],
    },
    { code: 'from unittest import TestCase\nTestCase.assertTrue = lambda *a, **k: None', filename: C, errors: [{ messageId: 'patch' }] },
    { code: 'import unittest\nsetattr(unittest.TestCase, "assertEqual", lambda *a: None)', filename: C, errors: [{ messageId: 'patch' }] },
    { code: 'import pytest\npytest.main = lambda *a, **k: 0', errors: [{ messageId: 'patch' }] },
    {
      code: 'import _pytest.assertion.rewrite as r\nr.rewrite_asserts = lambda *a, **k: None',
      filename: C,
      errors: [{ messageId: 'patch' }],
    },
    {
      code: 'import unittest\ndef test_x(monkeypatch):\n    monkeypatch.setattr(unittest.TestCase, "assertEqual", lambda *a: None)',
      filename: T,
      errors: [{ messageId: 'patch' }],
    },
  ],
});
