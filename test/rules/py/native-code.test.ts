import rule from '../../../src/core/rules/py/native-code';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'import numpy as np\nnp.zeros(3)',
    'lib.load("model.bin")',
    'import ctypes\nx = ctypes.c_int(3)',
    'from ctypes import Structure, c_int\nclass P(Structure):\n    _fields_ = [("x", c_int)]',
    'def CDLL(path):\n    return path\n\nCDLL("x.so")',
    'print("ctypes.CDLL(libc)")',
    'loader.LoadLibrary("x")',
    'import ctypes\nsize = ctypes.sizeof(ctypes.c_void_p)',
    '# ctypes.CDLL("libc.so.6")\nimport os',
  ],
  invalid: [
    {
      code: "import ctypes\nlibc = ctypes.CDLL('libc.so.6')",
      errors: [{ messageId: 'load', line: 2, column: 8, severity: 'high', category: 'sandbox-escape' }],
    },
    {
      code: 'import ctypes\nself_lib = ctypes.CDLL(None)',
      errors: [
        {
          messageId: 'load',
          message:
            '`ctypes.CDLL` loads the native library `(the process itself)` into the process: its code runs with no Python-level checks.',
        },
      ],
    },
    { code: "from ctypes import CDLL\nCDLL('./payload.so')", errors: [{ messageId: 'load' }] },
    { code: "from ctypes import *\nlib = cdll.LoadLibrary('libfoo.so')", errors: [{ messageId: 'load' }] },
    { code: 'import ctypes as c\nc.cdll.LoadLibrary(path)', errors: [{ messageId: 'load' }] },
    { code: "import ctypes\nk = ctypes.WinDLL('kernel32')", errors: [{ messageId: 'load' }] },
    { code: "import ctypes.util\nctypes.util.find_library('c')", errors: [{ messageId: 'load', severity: 'medium' }] },
    { code: 'import ctypes\nlibc = ctypes.cdll.libc\nlibc.getpid()', errors: [{ messageId: 'load', line: 2 }] },
    { code: 'import ctypes\nctypes.windll.kernel32.GetTickCount()', errors: [{ messageId: 'load' }] },
    {
      code: "import ctypes\nlibc = ctypes.CDLL('libc.so.6')\nlibc.ptrace(16, pid, 0, 0)",
      errors: [
        { messageId: 'load', line: 2 },
        { messageId: 'nativeCall', line: 3 },
      ],
    },
    {
      code: 'import ctypes\nlibc = ctypes.CDLL(None)\nlibc.mprotect(addr, 4096, 7)',
      errors: [{ messageId: 'load' }, { messageId: 'nativeCall' }],
    },
    { code: 'import ctypes\nctypes.pythonapi.PyObject_SetAttr(a, b, c)', errors: [{ messageId: 'pythonapi' }] },
    { code: 'import ctypes\napi = ctypes.pythonapi\napi.Py_IncRef(o)', errors: [{ messageId: 'pythonapi', line: 3 }] },
    { code: 'import ctypes\nctypes.memmove(dst, src, 64)', errors: [{ messageId: 'memory', severity: 'high' }] },
    { code: 'import ctypes\ndata = ctypes.string_at(id(obj), 64)', errors: [{ messageId: 'memory' }] },
    { code: 'import ctypes\np = ctypes.cast(addr, ctypes.POINTER(ctypes.c_char))', errors: [{ messageId: 'memory', severity: 'medium' }] },
    { code: "from cffi import FFI\nffi = FFI()\nlib = ffi.dlopen('./payload.so')", errors: [{ messageId: 'load', line: 3 }] },
    { code: 'import cffi\ncffi.FFI().dlopen(None)', errors: [{ messageId: 'load' }] },
    { code: "import imp\nimp.load_dynamic('mod', 'mod.so')", errors: [{ messageId: 'load' }] },
    {
      code: "from importlib.machinery import ExtensionFileLoader\nExtensionFileLoader('m', '/tmp/m.so')",
      errors: [{ messageId: 'load' }],
    },
    { code: "import importlib\nimportlib.import_module('ctypes').CDLL('x.so')", errors: [{ messageId: 'load' }] },
    { code: "getattr(__import__('ctypes'), 'CD' + 'LL')('x.so')", errors: [{ messageId: 'load' }] },
    { code: "import ctypes\nload = ctypes.CDLL\nload('x.so')", errors: [{ messageId: 'load', line: 3 }] },
  ],
});
