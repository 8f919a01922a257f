import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** Hooks that see every line, call or audited event of the interpreter. */
const TRACE_HOOKS: Record<string, string> = {
  'sys.settrace': 'every line and call',
  'sys.setprofile': 'every call and return',
  'threading.settrace': 'every line and call of new threads',
  'threading.setprofile': 'every call of new threads',
  'threading.settrace_all_threads': 'every line and call of all threads',
  'threading.setprofile_all_threads': 'every call of all threads',
  'sys.addaudithook': 'every audited event (imports, opens, sockets, exec)',
  'sys.monitoring.register_callback': 'the events it registers for',
  'sys.monitoring.use_tool_id': 'the events it registers for',
  'sys.remote_exec': 'the target process',
};
/** Import machinery lists: an entry there runs on every later import. */
const IMPORT_HOOK_LISTS = new Set(['sys.meta_path', 'sys.path_hooks', 'sys.path_importer_cache']);
const LIST_INSERTS = /^(insert|append|extend|__setitem__|__iadd__)$/;
/** Modules whose replacement in `sys.modules` changes security-relevant behaviour everywhere. */
const SENSITIVE_MODULES =
  /^(os|sys|subprocess|builtins|ssl|hashlib|hmac|secrets|random|socket|http|urllib|urllib3|requests|json|pickle|importlib|ctypes|shutil|pathlib|io|time|datetime|logging|unittest|pytest)(\.|$)/;

export default definePyRule({
  meta: {
    id: 'py/interpreter-hook',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Changes to the interpreter itself: writing builtins (`builtins.open = ...`, `__builtins__[...]`, `setattr(builtins, ...)`), replacing `sys.modules` entries, import hooks in `sys.meta_path`/`sys.path_hooks`, trace/profile/audit hooks (`sys.settrace`, `sys.addaudithook`), `site.addsitedir`, and reloading builtins.',
    why:
      'Patching builtins or `sys.modules` changes what every other module in the process gets when it calls `open` or imports ' +
      '`os`, far from this line. Import, trace and audit hooks see (and can change) everything that runs afterwards. Agents use ' +
      'them to "fix" behaviour globally, which is also exactly how a backdoor hides.',
    incorrect: [
      'import builtins\nbuiltins.open = my_open',
      "import sys\nsys.modules['requests'] = fake_requests",
      'import sys\nsys.meta_path.insert(0, Finder())',
      'import sys\nsys.settrace(tracer)',
      "__builtins__['print'] = spy",
    ],
    correct: [
      'import builtins\nprint(builtins.open)',
      "import sys\nmod = sys.modules['os']",
      'import sys\nsys.path.insert(0, here)',
      'import sys\nsys.setrecursionlimit(5000)',
    ],
    messages: {
      builtins: '`{{code}}` replaces the builtin `{{name}}` for every module in the process.',
      modules: '`{{code}}` replaces the module `{{name}}` in `sys.modules`: every later `import {{name}}` gets this object instead.',
      importHook: '`{{code}}` installs an import hook: it runs on every later import and can change any module\u2019s code.',
      trace: '`{{call}}` installs a hook that sees {{what}}: it can read and change everything that runs afterwards.',
      sitedir: '`{{call}}` adds a site directory: its `.pth` files run code at start-up of every interpreter that uses it.',
      reload: '`{{call}}` reloads `{{name}}`, resetting or replacing interpreter-wide state.',
    },
  },
  create(ctx) {
    const inTests = ctx.isTestFile || /(^|\/)conftest\.py$/.test(ctx.path);

    /** The builtin name an assignment target writes: `builtins.open`, `__builtins__['open']`, `__builtins__.__dict__['x']`. */
    function builtinTarget(target: PyNode): string | undefined {
      if (target.type === 'attribute') {
        const object = field(target, 'object');
        const name = ctx.text(field(target, 'attribute') ?? target);
        return object && ctx.names(object).includes('builtins') ? name : undefined;
      }
      if (target.type === 'subscript') {
        const object = field(target, 'value');
        const key = field(target, 'subscript');
        const keys = key ? ctx.strings(key) : undefined;
        if (!object || !keys) {
          return undefined;
        }
        const values = ctx.values(object);
        const isBuiltins = values.some(
          (v) =>
            (v.kind === 'ref' && v.name === 'builtins') ||
            (v.kind === 'namespace' && v.of !== 'module' && v.of.kind === 'ref' && v.of.name === 'builtins'),
        );
        return isBuiltins ? keys[0] : undefined;
      }
      return undefined;
    }

    /** The module name of a `sys.modules[...]` target. */
    function modulesTarget(target: PyNode): string | undefined {
      if (target.type !== 'subscript') {
        return undefined;
      }
      const object = field(target, 'value');
      const key = field(target, 'subscript');
      if (!object || !key || !ctx.names(object).includes('sys.modules')) {
        return undefined;
      }
      return ctx.strings(key)?.[0] ?? `<${clipText(ctx.text(key), 30)}>`;
    }

    function checkTarget(node: PyNode, target: PyNode): void {
      const code = clipText(ctx.text(node), 70);
      const builtin = builtinTarget(target);
      if (builtin) {
        ctx.report({ node, messageId: 'builtins', data: { code, name: builtin }, severity: inTests ? 'medium' : 'high' });
        return;
      }
      const module = modulesTarget(target);
      if (module && !inTests) {
        const severity: Severity = SENSITIVE_MODULES.test(module) || module.startsWith('<') ? 'high' : 'medium';
        ctx.report({ node, messageId: 'modules', data: { code, name: module }, severity });
        return;
      }
      if (ctx.names(target).some((n) => IMPORT_HOOK_LISTS.has(n))) {
        ctx.report({ node, messageId: 'importHook', data: { code } });
      }
    }

    return {
      assignment(node) {
        const left = field(node, 'left');
        if (left) {
          checkTarget(node, left);
        }
      },
      augmented_assignment(node) {
        const left = field(node, 'left');
        if (left && ctx.names(left).some((n) => IMPORT_HOOK_LISTS.has(n))) {
          ctx.report({ node, messageId: 'importHook', data: { code: clipText(ctx.text(node), 70) } });
        }
      },
      delete_statement(node) {
        for (const target of namedChildren(node).flatMap((n) => (n.type === 'expression_list' ? namedChildren(n) : [n]))) {
          if (builtinTarget(target)) {
            checkTarget(node, target);
          }
        }
      },
      call(node) {
        const fn = field(node, 'function');
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText);
        const code = clipText(ctx.text(node), 70);
        const call = (names[0] ?? ctx.text(fn ?? node)).replace(/\(\)/g, '');
        if (names.includes('builtins.setattr') && args.positional[0] && ctx.names(args.positional[0]).includes('builtins')) {
          const name = (args.positional[1] && ctx.strings(args.positional[1])?.[0]) ?? '<computed>';
          ctx.report({ node, messageId: 'builtins', data: { code, name }, severity: inTests ? 'medium' : 'high' });
          return;
        }
        const trace = names.find((n) => TRACE_HOOKS[n] !== undefined);
        if (trace) {
          ctx.report({ node, messageId: 'trace', data: { call: trace, what: TRACE_HOOKS[trace] }, severity: inTests ? 'medium' : 'high' });
          return;
        }
        if (names.some((n) => n === 'site.addsitedir')) {
          ctx.report({ node, messageId: 'sitedir', data: { call: 'site.addsitedir' }, severity: 'medium' });
          return;
        }
        if (names.some((n) => n === 'importlib.reload' || n === 'imp.reload' || n === 'builtins.reload')) {
          const target = args.positional[0]
            ? ctx.names(args.positional[0]).find((n) => n === 'builtins' || n === 'sys' || n === 'site')
            : undefined;
          if (target) {
            ctx.report({ node, messageId: 'reload', data: { call, name: target }, severity: 'medium' });
          }
          return;
        }
        const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        if (object && LIST_INSERTS.test(method) && ctx.names(object).some((n) => IMPORT_HOOK_LISTS.has(n))) {
          ctx.report({ node, messageId: 'importHook', data: { code } });
          return;
        }
        if (object && /^(update|setdefault|__setitem__)$/.test(method) && ctx.names(object).includes('sys.modules') && !inTests) {
          const key = method === 'update' ? '<several>' : ((args.positional[0] && ctx.strings(args.positional[0])?.[0]) ?? '<computed>');
          const severity: Severity = method === 'setdefault' ? 'medium' : 'high';
          ctx.report({ node, messageId: 'modules', data: { code, name: key }, severity });
          return;
        }
        if (
          object &&
          /^(update|__setitem__)$/.test(method) &&
          ctx.values(object).some((v) => v.kind === 'namespace' && v.of !== 'module' && v.of.kind === 'ref' && v.of.name === 'builtins')
        ) {
          ctx.report({ node, messageId: 'builtins', data: { code, name: '<several>' }, severity: inTests ? 'medium' : 'high' });
        }
      },
    };
  },
});
