import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { ImportTracker, withoutDefault } from '../support/process-imports';
import { constInit, sourceOf, unwrapExpr } from '../support/process-paths';
import { loaderOf } from '../support/sandbox-loaders';

/** Foreign-function interfaces: module -> the members that load a native library. */
const FFI: Record<string, ReadonlySet<string>> = {
  ffi: new Set(['Library', 'DynamicLibrary', 'ForeignFunction', 'VariadicForeignFunction', 'Callback']),
  'ffi-napi': new Set(['Library', 'DynamicLibrary', 'ForeignFunction', 'VariadicForeignFunction', 'Callback']),
  'node-ffi-napi': new Set(['Library', 'DynamicLibrary', 'ForeignFunction']),
  koffi: new Set(['load']),
  'ffi-rs': new Set(['open', 'load']),
  'bun:ffi': new Set(['dlopen', 'linkSymbols', 'CFunction', 'cc']),
  'ref-napi': new Set(),
  ref: new Set(),
};

/** Loaders that find and `require` a compiled addon by name. */
const ADDON_LOADERS = new Set(['bindings', 'node-gyp-build']);
const GLOBALS: Record<string, string> = {
  'process.binding': 'binding',
  'process._linkedBinding': 'binding',
  'process.dlopen': 'dlopen',
  'Deno.dlopen': 'dlopen',
};
const MODULES = new Set([...Object.keys(FFI), ...ADDON_LOADERS]);
const ADDON = /\.node$/i;
const PATH_JOINS = new Set(['join', 'resolve', 'posix.join', 'posix.resolve']);

/**
 * The constant end of a specifier built at run time (`../prebuilds/${platform}/x.node` ends in
 * `/x.node`), followed through `const` names and `path.join`; undefined when the end is not constant.
 */
function specTail(ctx: TsRuleContext, node: Node, depth = 0): string | undefined {
  const strings = ctx.strings(node);
  if (strings || depth > 8) {
    return strings?.find((s) => ADDON.test(s)) ?? strings?.[0];
  }
  const expr = unwrapExpr(node);
  switch (expr.type) {
    case 'TemplateLiteral': {
      const last = expr.quasis[expr.quasis.length - 1].value.cooked ?? '';
      const inner = expr.expressions[expr.expressions.length - 1];
      return last !== '' || !inner ? last : specTail(ctx, inner, depth + 1);
    }
    case 'BinaryExpression':
      return expr.operator === '+' ? specTail(ctx, expr.right, depth + 1) : undefined;
    case 'CallExpression': {
      const last = expr.arguments[expr.arguments.length - 1];
      const joins = ctx.refs(expr.callee).some((r) => r.module === 'path' && PATH_JOINS.has(r.path.join('.')));
      return joins && last ? specTail(ctx, last, depth + 1) : undefined;
    }
    case 'Identifier': {
      const init = constInit(ctx, expr);
      return init ? specTail(ctx, init, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** The addon file a specifier names, for messages, when it ends in `.node`. */
function addonFile(ctx: TsRuleContext, spec: Node): string | undefined {
  const strings = ctx.strings(spec);
  if (strings) {
    return strings.find((s) => ADDON.test(s));
  }
  if (!ADDON.test(specTail(ctx, spec) ?? '')) {
    return undefined;
  }
  let shown = unwrapExpr(spec);
  for (let i = 0, init = constInit(ctx, shown); init && i < 8; i++, init = constInit(ctx, shown)) {
    shown = unwrapExpr(init);
  }
  return sourceOf(ctx, shown);
}

export default defineTsRule({
  meta: {
    id: 'ts/native-code',
    category: 'sandbox-escape',
    severity: 'high',
    summary: 'Native code: `process.binding`/`dlopen`, `.node` addons, `bindings`, FFI libraries (ffi-napi, koffi, `bun:ffi`).',
    why:
      "Native code runs outside JavaScript's rules and outside anything a reviewer can read in the diff. `process.binding` reaches " +
      "Node's internals directly, past every permission and hook; FFI calls any function of any system library.",
    incorrect: [
      "process.binding('spawn_sync')",
      "const addon = require('./build/Release/addon.node')",
      'const addon = require(`./prebuilds/${process.platform}-${process.arch}/addon.node`)',
      "const ffi = require('ffi-napi'); ffi.Library('libc', {})",
    ],
    correct: ["const bindings = getBindings(); bindings('x')", "const data = require('./data.json')", "el.binding('value')"],
    messages: {
      binding: "`{{name}}` reaches Node's internal C++ bindings directly, past every permission and module hook.",
      dlopen: '`{{name}}` loads a native shared library into this process.',
      addon: '`{{name}}` loads the compiled native addon `{{file}}`: machine code that cannot be reviewed as source.',
      loader: '`{{name}}` loads a compiled native addon: machine code that cannot be reviewed as source.',
      ffi: '`{{name}}` opens a native library through a foreign-function interface: any C function of the system becomes callable.',
      v8flags: '`{{name}}` changes V8 engine flags at run time (`{{flags}}`).',
      unfollowed: '`{{module}}` is imported: it gives JavaScript direct access to native code and memory.',
    },
  },
  create(ctx) {
    const tracker = new ImportTracker(ctx, MODULES);

    function addon(node: Node, name: string, spec: Node | undefined, trace?: readonly Node[]): boolean {
      const file = spec && spec.type !== 'SpreadElement' ? addonFile(ctx, spec) : undefined;
      if (file !== undefined) {
        ctx.report({ node, messageId: 'addon', data: { name, file }, trace });
      }
      return file !== undefined;
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref: raw, name } of targets) {
        const ref = withoutDefault(raw);
        const member = ref.path.join('.');
        const loader = loaderOf(ref);
        if (loader?.kind === 'extension') {
          if (loader.extension === '.node') {
            ctx.report({ node, messageId: 'dlopen', data: { name: loader.name }, trace: ref.trace });
            return;
          }
          continue;
        }
        if (loader && node.type === 'CallExpression' && addon(node, loader.name, args[0], ref.trace)) {
          return;
        }
        if (ref.module === undefined) {
          if (GLOBALS[member]) {
            ctx.report({ node, messageId: GLOBALS[member], data: { name }, trace: ref.trace });
            return;
          }
          continue;
        }
        const library = ADDON_LOADERS.has(ref.module) && member === '' ? 'loader' : FFI[ref.module]?.has(member) ? 'ffi' : undefined;
        if (library) {
          tracker.follow(ref);
          ctx.report({ node, messageId: library, data: { name }, trace: ref.trace });
          return;
        }
        if (ref.module === 'v8' && member === 'setFlagsFromString') {
          const flags = args[0] ? (ctx.strings(args[0])?.join(' ') ?? ctx.text(args[0])) : '';
          ctx.report({ node, messageId: 'v8flags', data: { name, flags }, severity: 'medium', trace: ref.trace });
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      ImportExpression: (node) => {
        if (node.source.type !== 'Literal') {
          addon(node, 'import()', node.source);
        }
      },
      ExportNamedDeclaration: (node) => tracker.exportFrom(node),
      ExportAllDeclaration: (node) => tracker.exportFrom(node),
      'Program:exit'() {
        for (const site of ctx.imports()) {
          const typeOnly = site.node.type === 'ImportDeclaration' && site.node.importKind === 'type';
          if (/\.node$/i.test(site.module) && !typeOnly && site.node.type !== 'CallExpression') {
            ctx.report({ node: site.node, messageId: 'addon', data: { name: 'import', file: site.module } });
          }
        }
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module } }));
      },
    };
  },
});
