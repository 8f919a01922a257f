import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import { isGlobal, type RefValue } from '../../js/values';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { constInit, fixedPath, sourceOf, unwrapExpr } from '../support/process-paths';
import { loaderOf } from '../support/sandbox-loaders';

const CODE_URL = /^\s*(data|blob):/i;
/** A relative or file-anchored prefix that pins the module to one directory: `./locales/`, `<__dirname>/plugins/`. */
const SCOPED_PREFIX = /^(\.{1,2}\/|<[\w.]+>\/)([\w@.-]+\/)*[\w@.-]+\//;

/** The fixed leading part of a specifier built at run time, if any. */
function fixedPrefix(ctx: TsRuleContext, node: Node, depth = 0): string | undefined {
  const expr = unwrapExpr(node);
  const init = depth < 8 ? constInit(ctx, expr) : undefined;
  if (init) {
    return fixedPrefix(ctx, init, depth + 1);
  }
  if (expr.type === 'TemplateLiteral' && expr.expressions.length > 0) {
    const head = fixedPath(ctx, expr.expressions[0]);
    return (expr.quasis[0].value.cooked ?? '') + (head ?? '');
  }
  if (expr.type === 'BinaryExpression' && expr.operator === '+') {
    return fixedPath(ctx, expr.left) ?? fixedPrefix(ctx, expr.left, depth + 1);
  }
  if (
    expr.type === 'CallExpression' &&
    ctx.refs(expr.callee).some((r) => r.module === 'path' && ['join', 'resolve'].includes(r.path.join('.')))
  ) {
    const parts: string[] = [];
    for (const arg of expr.arguments) {
      const part = fixedPath(ctx, arg);
      if (part === undefined) {
        break;
      }
      parts.push(part);
    }
    return parts.length > 0 ? `${parts.join('/')}/` : undefined;
  }
  return undefined;
}

/** `x._compile(code, filename)`: the signature of Node's `Module.prototype._compile`. */
function isCompileCall(node: CallNode): boolean {
  const callee = node.callee;
  return (
    node.type === 'CallExpression' &&
    node.arguments.length === 2 &&
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    callee.property.name === '_compile'
  );
}

function isLoaderInternal(ref: RefValue): 'loader' | 'compile' | undefined {
  const last = ref.path[ref.path.length - 1];
  const moduleObject = ref.module === 'module' || (ref.module === undefined && ['module', 'require', 'process'].includes(ref.path[0]));
  if (!moduleObject) {
    return undefined;
  }
  if (last === '_compile') {
    return 'compile';
  }
  return last === '_load' && ref.module === 'module' ? 'loader' : undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/dynamic-import',
    category: 'dynamic-code',
    severity: 'high',
    summary: "`require`/`import()` of a module name computed at run time, and Node's internal loader (`Module._load`, `_compile`).",
    why:
      'A constant import is part of the code under review; a computed one loads whatever the run-time value names, which can be ' +
      'a file the change writes, a `data:` URL holding code, or a module chosen by input. Loader internals compile strings as modules.',
    incorrect: [
      'const plugin = require(name)',
      'await import(`data:text/javascript,${src}`)',
      "require('module')._load(x)",
      'module._compile(code, file)',
    ],
    correct: [
      "const fs = require('fs')",
      "const mod = await import('./feature.js')",
      "const p = require.resolve('pkg')",
      "const name = 'lodash'; require(name)",
      "const path = require('path'); require(path.join(__dirname, 'package.json'))",
    ],
    messages: {
      dynamic: '`{{name}}` loads a module named at run time (`{{spec}}`): whatever that value names runs as code.',
      scoped: '`{{name}}` loads a module chosen at run time from `{{prefix}}` (`{{spec}}`).',
      codeUrl: '`{{name}}` of a `{{scheme}}:` URL: the specifier is the code itself.',
      loader: "`{{name}}` is Node's internal module loader, used to load modules past the normal `require` and its hooks.",
      compile: '`{{name}}` compiles a string as a module: code that exists only at run time.',
    },
  },
  create(ctx) {
    function checkSpecifier(node: Node, name: string, spec: Node | undefined, trace?: readonly Node[]): void {
      if (!spec || spec.type === 'SpreadElement') {
        return;
      }
      const strings = ctx.strings(spec);
      const prefix = strings ? undefined : fixedPrefix(ctx, spec);
      const code = strings ? strings.find((s) => CODE_URL.test(s)) : prefix;
      if (code !== undefined && CODE_URL.test(code)) {
        const scheme = code.trim().split(':')[0].toLowerCase();
        ctx.report({ node, messageId: 'codeUrl', data: { name, scheme }, trace });
        return;
      }
      if (strings || fixedPath(ctx, spec) !== undefined) {
        return;
      }
      if (prefix !== undefined && SCOPED_PREFIX.test(prefix)) {
        ctx.report({ node, messageId: 'scoped', data: { name, prefix, spec: sourceOf(ctx, spec) }, severity: 'medium', trace });
        return;
      }
      ctx.report({ node, messageId: 'dynamic', data: { name, spec: sourceOf(ctx, spec) }, trace });
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      if (isCompileCall(node) && !targets.some((t) => isLoaderInternal(t.ref))) {
        // `mod._compile(source, filename)` on a module object Airlock cannot name (a loader hook's parameter).
        ctx.report({ node, messageId: 'compile', data: { name: 'Module.prototype._compile' } });
        return;
      }
      for (const { ref, name } of targets) {
        const internal = isLoaderInternal(ref);
        if (internal) {
          const display = ref.module === undefined ? name : internal === 'loader' ? 'Module._load' : 'Module.prototype._compile';
          ctx.report({ node, messageId: internal, data: { name: display }, trace: ref.trace });
          return;
        }
        const loader = loaderOf(ref);
        if (loader?.kind === 'extension' && loader.extension !== '.node') {
          ctx.report({ node, messageId: 'loader', data: { name: loader.name }, trace: ref.trace });
          return;
        }
        if (node.type === 'CallExpression' && (loader?.kind === 'require' || isGlobal(ref, 'importScripts'))) {
          checkSpecifier(node, loader?.name ?? name, args[0], ref.trace);
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      ImportExpression: (node: TSESTree.ImportExpression) => checkSpecifier(node, 'import()', node.source),
    };
  },
});
