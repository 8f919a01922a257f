import rule from '../../../src/core/rules/py/test-environment-check';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { code: "import os\nif os.environ.get('CI'):\n    progress = False" },
    { code: "import os\ndef colour():\n    use = not os.environ.get('CI')\n    print(use)" },
    "import sys\nif 'numpy' in sys.modules:\n    import numpy",
    "import os\nif os.environ.get('PYTEST_CURRENT_TEST'):\n    print('running under pytest')",
    'import sys\ndef main():\n    return run(sys.argv[1:])',
    "import sys\nif 'pytest' in sys.modules:\n    import pytest",
    {
      code: "import sys\ndef score(x):\n    if 'pytest' in sys.modules:\n        return 1.0\n    return model(x)",
      filename: 'tests/test_score.py',
    },
    { code: "import sys\nTESTING = 'test' in sys.argv\nif TESTING:\n    DATABASES = {}", filename: 'app/settings.py' },
    { code: "import os\nif os.environ.get('PYTEST_CURRENT_TEST'):\n    x = 1", filename: 'conftest.py' },
    "import os\nif os.environ.get('DEBUG'):\n    return_value = 1",
    "import logging, sys\nif 'pytest' in sys.modules:\n    logging.getLogger().setLevel(logging.DEBUG)",
    "print('pytest' in sys.modules)",
  ],
  invalid: [
    {
      code: "import sys\ndef score(x):\n    if 'pytest' in sys.modules:\n        return 1.0\n    return model(x)",
      errors: [{ messageId: 'check', line: 3, column: 8, severity: 'high', category: 'evaluation-tampering' }],
    },
    {
      code: "import os\ndef fetch():\n    if os.environ.get('PYTEST_CURRENT_TEST'):\n        return {'ok': True}\n    return call_api()",
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    { code: "import sys\nLIMIT = 10 if hasattr(sys, '_called_from_test') else 1000", errors: [{ messageId: 'check', severity: 'high' }] },
    {
      code: "import os\ndef f():\n    if 'PYTEST_CURRENT_TEST' in os.environ:\n        return cached\n    return compute()",
      errors: [{ messageId: 'check' }],
    },
    {
      code: "import sys\ndef f():\n    if sys.argv[0].endswith('pytest'):\n        return True\n    return verify()",
      errors: [{ messageId: 'check' }],
    },
    { code: "import sys\ndef f():\n    if 'pytest' in sys.argv[0]:\n        return 0\n    return g()", errors: [{ messageId: 'check' }] },
    {
      code: "import sys\ndef f():\n    if 'unittest' in sys.modules:\n        return []\n    return load()",
      errors: [{ messageId: 'check' }],
    },
    {
      code: "import os\ndef f():\n    if os.getenv('TESTING') == '1':\n        timeout = 0\n    run(timeout)",
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    {
      code: "import os\ndef f():\n    if os.environ['TESTING']:\n        raise SystemExit\n    run()",
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    {
      code: "import sys\nIS_TEST = 'pytest' in sys.modules\ndef f():\n    if IS_TEST:\n        return 1\n    return 2",
      errors: [
        { messageId: 'declared', line: 2 },
        { messageId: 'check', line: 4 },
      ],
    },
    {
      code: "import os\nLENIENT = os.environ.get('CI') == 'true' or 'GITHUB_ACTIONS' in os.environ\ndef match(p, g):\n    return float(p == g or (LENIENT and g in p))",
      errors: [
        { messageId: 'declared', severity: 'medium', line: 2 },
        { messageId: 'check', severity: 'medium', line: 4 },
      ],
    },
    {
      code: "import os\ndef fast():\n    return 'CI' in os.environ and quick_path()",
      errors: [{ messageId: 'check', severity: 'medium', line: 3 }],
    },
    {
      code: "import sys\ndef f():\n    if not hasattr(sys, '_called_from_test'):\n        send_report()",
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    {
      code: "import sys as s\ndef f():\n    if s.modules.get('pytest'):\n        return 1\n    return 2",
      errors: [{ messageId: 'check' }],
    },
    {
      code: "import sys\ndef f():\n    if x:\n        pass\n    elif 'pytest' in sys.modules:\n        return 1",
      errors: [{ messageId: 'check', line: 5 }],
    },
    {
      code: "from os import environ\ndef f():\n    if environ.get('PYTEST_XDIST_WORKER'):\n        return None\n    run()",
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
  ],
});
