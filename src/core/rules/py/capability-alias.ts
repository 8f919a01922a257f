import { definePyRule } from '../../engine/rule';
import type { Category, Severity } from '../../model/finding';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';

interface Capability {
  category: Category;
  what: string;
}

const DYNAMIC: Capability = { category: 'dynamic-code', what: 'runs strings as code' };
const PROCESS: Capability = { category: 'process', what: 'starts processes' };
const LOADER: Capability = { category: 'dynamic-code', what: 'runs code hidden in serialized data' };
const NATIVE: Capability = { category: 'sandbox-escape', what: 'calls native code' };

/** Exact qualified names, then module prefixes (`subprocess.` covers every function of the module). */
const EXACT: Record<string, Capability> = {
  'builtins.eval': DYNAMIC,
  'builtins.exec': DYNAMIC,
  'builtins.compile': DYNAMIC,
  'builtins.__import__': DYNAMIC,
  'importlib.import_module': DYNAMIC,
  'os.system': PROCESS,
  'os.popen': PROCESS,
  'pty.spawn': PROCESS,
  'commands.getoutput': PROCESS,
  'pickle.loads': LOADER,
  'pickle.load': LOADER,
  'marshal.loads': LOADER,
  'dill.loads': LOADER,
};
const PREFIXES: [string, Capability][] = [
  ['subprocess.', PROCESS],
  ['os.exec', PROCESS],
  ['os.spawn', PROCESS],
  ['os.posix_spawn', PROCESS],
  ['ctypes.', NATIVE],
];

function capabilityOf(name: string): Capability | undefined {
  if (name.includes('()')) {
    return undefined;
  }
  return EXACT[name] ?? PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1];
}

/** The right side names the capability in plain text (`run = subprocess.run`), or builds/looks it up (`getattr(m, 'sys' + 'tem')`). */
function isPlainReference(node: PyNode): boolean {
  return node.type === 'identifier' || (node.type === 'attribute' && isPlainReference(field(node, 'object') ?? node));
}

export default definePyRule({
  meta: {
    id: 'py/capability-alias',
    category: 'dynamic-code',
    severity: 'medium',
    summary:
      'A dangerous capability (eval/exec, process, unpickling, ctypes) stored under another name: `_run = getattr(builtins, "ev" + "al")`.',
    why:
      'Renaming `eval` to `_run` or fetching `os.system` with `getattr` and a built string makes the later call look harmless. ' +
      'Airlock follows the alias to the call, and also marks the line where the capability changed its name, because that line is where the hiding happens.',
    incorrect: [
      'import builtins\n_run = getattr(builtins, "ev" + "al")',
      'import os\nsh = os.system',
      "runner = __import__('subprocess').Popen",
      "loads = getattr(__import__('pickle'), 'loads')",
    ],
    correct: [
      'import os\nsep = os.sep',
      'run = lambda x: x',
      'import subprocess\nresult = subprocess.run(["ls"])',
      'evaluate = model.eval',
    ],
    messages: {
      alias: '`{{name}}` is `{{capability}}` under another name: it {{what}}, and calls to `{{name}}` will not say so.',
      hidden: '`{{name}}` is `{{capability}}`, fetched through `{{how}}`: it {{what}}, and the name it is fetched by is hidden.',
    },
  },
  create(ctx) {
    return {
      assignment(node) {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right || (left.type !== 'identifier' && left.type !== 'attribute')) {
          return;
        }
        for (const ref of ctx.refs(right)) {
          const capability = capabilityOf(ref.name);
          if (!capability) {
            continue;
          }
          const plain = isPlainReference(right);
          const severity: Severity = plain ? 'low' : capability.category === 'process' || capability === DYNAMIC ? 'high' : 'medium';
          const how = ctx.text(right);
          ctx.report({
            node,
            messageId: plain ? 'alias' : 'hidden',
            data: {
              name: ctx.text(left),
              capability: ref.name.replace(/^builtins\./, ''),
              what: capability.what,
              how: how.length > 60 ? `${how.slice(0, 57)}...` : how,
            },
            severity,
            category: capability.category,
            trace: ref.trace,
          });
          return;
        }
      },
    };
  },
});
