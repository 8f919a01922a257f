import { defineTsRule } from '../../engine/rule';
import { isRequireRef } from '../../js/evaluate';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { ImportTracker, withoutDefault } from '../support/process-imports';

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
      const file = spec ? ctx.strings(spec)?.find((s) => /\.node$/i.test(s)) : undefined;
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
        if (ref.module === undefined) {
          if (GLOBALS[member]) {
            ctx.report({ node, messageId: GLOBALS[member], data: { name }, trace: ref.trace });
            return;
          }
          if (isRequireRef(ref) && node.type === 'CallExpression' && addon(node, name, args[0], ref.trace)) {
            return;
          }
          continue;
        }
        const loader = ADDON_LOADERS.has(ref.module) && member === '' ? 'loader' : FFI[ref.module]?.has(member) ? 'ffi' : undefined;
        if (loader) {
          tracker.follow(ref);
          ctx.report({ node, messageId: loader, data: { name }, trace: ref.trace });
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
      Identifier: (node) => tracker.identifier(node),
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
