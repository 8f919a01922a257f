import { definePyRule } from '../../engine/rule';
import type { Category } from '../../model/finding';
import { callArguments } from '../../python/calls';

/** Modules whose members are capabilities: picking one by a run-time name can pick the worst. */
const MODULES: Record<string, { category: Category; example: string }> = {
  os: { category: 'process', example: 'os.system' },
  subprocess: { category: 'process', example: 'subprocess.run' },
  pty: { category: 'process', example: 'pty.spawn' },
  builtins: { category: 'dynamic-code', example: 'eval' },
  importlib: { category: 'dynamic-code', example: 'importlib.import_module' },
  ctypes: { category: 'sandbox-escape', example: 'ctypes.CDLL' },
  shutil: { category: 'filesystem', example: 'shutil.rmtree' },
  socket: { category: 'network', example: 'socket.socket' },
  pickle: { category: 'dynamic-code', example: 'pickle.loads' },
  marshal: { category: 'dynamic-code', example: 'marshal.loads' },
};

export default definePyRule({
  meta: {
    id: 'py/computed-attribute',
    category: 'dynamic-code',
    severity: 'high',
    summary: '`getattr` on a capability module (`os`, `subprocess`, `builtins`...) with an attribute name known only at run time.',
    why:
      'Airlock folds constant names (`getattr(os, "sys" + "tem")` is `os.system`), but a name that comes from a parameter, a ' +
      'config file or a request cannot be folded. Fetching a member of `os` or `builtins` by such a name can fetch `os.system` ' +
      'or `eval`: the code decides at run time what it runs, and the reviewer cannot tell which.',
    incorrect: [
      'import os\ndef act(name, arg):\n    return getattr(os, name)(arg)',
      'import builtins\nfn = getattr(builtins, config["hook"])',
    ],
    correct: ["import os\ngetattr(os, 'getcwd')()", 'getattr(obj, name)', "import os\ngetattr(os, 'sep', '/')"],
    messages: {
      computed: '`{{code}}` picks a member of `{{module}}` by a name known only at run time: it can be `{{example}}`.',
    },
  },
  create(ctx) {
    return {
      call(node) {
        if (!ctx.callNames(node).includes('builtins.getattr')) {
          return;
        }
        const [object, name] = callArguments(node, ctx.sourceText).positional;
        if (!object || !name || ctx.strings(name) !== undefined) {
          return;
        }
        const module = ctx
          .refs(object)
          .map((r) => (r.name === '__builtins__' ? 'builtins' : r.name))
          .find((n) => MODULES[n] !== undefined);
        if (module === undefined) {
          return;
        }
        const code = ctx.text(node).replace(/\s+/g, ' ');
        ctx.report({
          node,
          messageId: 'computed',
          data: { code: code.length > 60 ? `${code.slice(0, 57)}...` : code, module, example: MODULES[module].example },
          category: MODULES[module].category,
        });
      },
    };
  },
});
