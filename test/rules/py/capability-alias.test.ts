import rule from '../../../src/core/rules/py/capability-alias';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'import os\nsep = os.sep',
    'import os\njoin = os.path.join',
    'run = lambda x: x',
    'import subprocess\nresult = subprocess.run(["ls"])',
    'evaluate = model.eval',
    'import pickle\nprotocol = pickle.HIGHEST_PROTOCOL',
    'from mylib import exec as run_job\nhandler = run_job',
    'def eval(x):\n    return x\n\nscore = eval',
    'import ctypes\nsize = ctypes.sizeof(ctypes.c_int)',
  ],
  invalid: [
    {
      code: 'import builtins\n_run = getattr(builtins, "ev" + "al")\n_run(expr)',
      errors: [{ messageId: 'hidden', line: 2, severity: 'high', category: 'dynamic-code' }],
    },
    { code: 'import os\nsh = os.system', errors: [{ messageId: 'alias', severity: 'low', category: 'process' }] },
    { code: 'import subprocess as sp\nspawn = sp.Popen', errors: [{ messageId: 'alias', severity: 'low', category: 'process' }] },
    { code: "runner = __import__('subprocess').Popen", errors: [{ messageId: 'hidden', severity: 'high', category: 'process' }] },
    {
      code: "import importlib\nrun = importlib.import_module('o' + 's').system",
      errors: [{ messageId: 'hidden', severity: 'high', category: 'process' }],
    },
    {
      code: "loads = getattr(__import__('pickle'), 'loads')",
      errors: [{ messageId: 'hidden', severity: 'medium', category: 'dynamic-code' }],
    },
    { code: "ev = __builtins__['eval']", errors: [{ messageId: 'hidden', severity: 'high', category: 'dynamic-code' }] },
    { code: "ex = globals()['__builtins__'].exec", errors: [{ messageId: 'hidden', severity: 'high' }] },
    { code: 'import ctypes\nlibc = ctypes.CDLL', errors: [{ messageId: 'alias', severity: 'low', category: 'sandbox-escape' }] },
    {
      code: 'class Runner:\n    def __init__(self):\n        self.go = exec',
      errors: [{ messageId: 'alias', line: 3, category: 'dynamic-code' }],
    },
    { code: "import sys\nsh = sys.modules['os'].popen", errors: [{ messageId: 'hidden', severity: 'high', category: 'process' }] },
  ],
});
