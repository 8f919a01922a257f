import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** Calls that load a native library into the process. */
const LOADERS = new Set([
  'ctypes.CDLL',
  'ctypes.PyDLL',
  'ctypes.WinDLL',
  'ctypes.OleDLL',
  'ctypes.cdll.LoadLibrary',
  'ctypes.pydll.LoadLibrary',
  'ctypes.windll.LoadLibrary',
  'ctypes.oledll.LoadLibrary',
  'ctypes.LibraryLoader().LoadLibrary',
  'ctypes.util.find_library',
  '_ctypes.dlopen',
  '_ctypes.LoadLibrary',
  'cffi.FFI().dlopen',
  'imp.load_dynamic',
  'importlib.machinery.ExtensionFileLoader',
  'os.add_dll_directory',
]);
/** Raw memory access: reads and writes anywhere in the process, past every Python-level check. */
const MEMORY = new Set([
  'ctypes.memmove',
  'ctypes.memset',
  'ctypes.string_at',
  'ctypes.wstring_at',
  'ctypes.cast',
  'ctypes.from_address',
  'cffi.FFI().cast',
  'cffi.FFI().buffer',
  'cffi.FFI().memmove',
]);
/** libc functions that change the process itself when called through a loaded library. */
const DANGEROUS_NATIVE =
  /^(ptrace|mprotect|mmap|prctl|setuid|setgid|seteuid|setresuid|system|execve?|execvp|fork|dlopen|process_vm_writev|process_vm_readv|unshare|setns|mount|chroot|syscall|kill|VirtualProtect(Ex)?|VirtualAlloc(Ex)?|WriteProcessMemory|ReadProcessMemory|CreateRemoteThread|OpenProcess|LoadLibrary[AW]?)$/;
const LIB_ROOTS =
  /^(ctypes\.(CDLL|PyDLL|WinDLL|OleDLL)\(\)|ctypes\.(cdll|windll|oledll|pydll)\.|ctypes\.(cdll|windll|oledll|pydll)\.LoadLibrary\(\)|cffi\.FFI\(\)\.dlopen\(\))/;

export default definePyRule({
  meta: {
    id: 'py/native-code',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Native code from Python: `ctypes` library loading (`CDLL`, `cdll`, `windll`), `ctypes.pythonapi`, raw memory (`memmove`, `string_at`, `cast`), `cffi` `dlopen`, extension loaders, and dangerous libc calls such as `ptrace` or `mprotect`.',
    why:
      'Native calls run outside the interpreter: they can read and write any memory, patch the interpreter, change privileges or ' +
      'call the OS directly, and nothing Python-level (audit hooks, sandboxes, review of the Python code) sees what they do.',
    incorrect: [
      "import ctypes\nlibc = ctypes.CDLL('libc.so.6')",
      'import ctypes\nctypes.pythonapi.PyObject_SetAttr(a, b, c)',
      'import ctypes\nctypes.memmove(dst, src, 64)',
      "from cffi import FFI\nffi = FFI()\nlib = ffi.dlopen('./payload.so')",
    ],
    correct: [
      'import numpy as np\nnp.zeros(3)',
      'lib.load("model.bin")',
      'import ctypes\nx = ctypes.c_int(3)',
      'from ctypes import Structure',
    ],
    messages: {
      load: '`{{call}}` loads the native library `{{lib}}` into the process: its code runs with no Python-level checks.',
      pythonapi: '`{{code}}` calls the CPython C API directly: it can patch interpreter internals that Python code cannot reach.',
      memory: '`{{call}}` reads or writes raw process memory: it bypasses every Python-level check.',
      nativeCall:
        '`{{code}}` calls the native function `{{fn}}`, which changes the process itself (memory protection, tracing, privileges, processes).',
    },
  },
  create(ctx) {
    function reportLoad(node: PyNode, call: string, trace: readonly PyNode[]): void {
      const first = callArguments(node, ctx.sourceText).positional[0];
      const libs = first ? ctx.strings(first) : undefined;
      const lib =
        first === undefined || first.type === 'none'
          ? '(the process itself)'
          : libs
            ? libs.join(', ')
            : `<${clipText(ctx.text(first), 40)}>`;
      const severity: Severity = call === 'ctypes.util.find_library' || call === 'os.add_dll_directory' ? 'medium' : 'high';
      ctx.report({ node, messageId: 'load', data: { call, lib }, severity, trace });
    }

    return {
      call(node) {
        const fn = field(node, 'function');
        if (!fn) {
          return;
        }
        for (const ref of ctx.refs(fn)) {
          const name = ref.name;
          if (LOADERS.has(name)) {
            reportLoad(node, name.replace(/\(\)/g, ''), ref.trace);
            return;
          }
          if (MEMORY.has(name)) {
            const severity: Severity = name.endsWith('.cast') ? 'medium' : 'high';
            ctx.report({ node, messageId: 'memory', data: { call: name.replace(/\(\)/g, '') }, severity, trace: ref.trace });
            return;
          }
          if (name.startsWith('ctypes.pythonapi.')) {
            ctx.report({ node, messageId: 'pythonapi', data: { code: clipText(ctx.text(fn), 60) }, trace: ref.trace });
            return;
          }
          const m = LIB_ROOTS.exec(name);
          const native = m ? name.slice(m[0].length).split('.').pop() : undefined;
          if (m && native && DANGEROUS_NATIVE.test(native)) {
            ctx.report({ node, messageId: 'nativeCall', data: { code: clipText(ctx.text(fn), 60), fn: native }, trace: ref.trace });
            return;
          }
        }
      },
      attribute(node) {
        // `ctypes.cdll.libc` / `ctypes.windll.kernel32` load a library by attribute access.
        const hit = ctx.names(node).find((n) => /^ctypes\.(cdll|windll|oledll|pydll)\.(?!LoadLibrary$)\w+$/.test(n));
        if (hit) {
          const lib = hit.split('.').pop() as string;
          ctx.report({ node, messageId: 'load', data: { call: hit.split('.').slice(0, 2).join('.'), lib } });
        }
      },
    };
  },
});
