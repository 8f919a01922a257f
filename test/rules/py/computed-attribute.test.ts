import rule from '../../../src/core/rules/py/computed-attribute';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import os\ngetattr(os, 'getcwd')()",
    "import os\ngetattr(os, 'sep', '/')",
    'getattr(obj, name)',
    'getattr(self.handlers, action)(payload)',
    'import json\ngetattr(json, name)(text)',
  ],
  invalid: [
    {
      code: 'import os\n\ndef act(name, arg):\n    return getattr(os, name)(arg)',
      errors: [
        {
          messageId: 'computed',
          line: 4,
          category: 'process',
          message: '`getattr(os, name)` picks a member of `os` by a name known only at run time: it can be `os.system`.',
        },
      ],
    },
    { code: 'import subprocess as sp\nrun = getattr(sp, cfg["how"])', errors: [{ messageId: 'computed', category: 'process' }] },
    { code: 'import builtins\nfn = getattr(builtins, hook)', errors: [{ messageId: 'computed', category: 'dynamic-code' }] },
    { code: 'getattr(__builtins__, name)(s)', errors: [{ messageId: 'computed', category: 'dynamic-code' }] },
    { code: "mod = __import__('os')\ngetattr(mod, op)(x)", errors: [{ messageId: 'computed', line: 2, category: 'process' }] },
    { code: 'import ctypes\ngetattr(ctypes, kind)(path)', errors: [{ messageId: 'computed', category: 'sandbox-escape' }] },
  ],
});
