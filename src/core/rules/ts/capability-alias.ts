import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { refName, type RefValue } from '../../js/values';
import { refCapability, type Capability } from '../support/capabilities';

/** Members of a response that hold its data (after a request call): what they give is a value, not a capability. */
const RESPONSE_DATA = new Set(['json', 'text', 'data', 'body', 'headers', 'status', 'statusText', 'ok', 'blob', 'arrayBuffer', 'formData']);

/** `require('x')`, `import('x')`, `await import('x')`: the import itself, which ts/capability-import reports. */
function isImportExpression(node: Node): boolean {
  let current = node;
  while (current.type === 'AwaitExpression' || current.type === 'TSAsExpression' || current.type === 'TSNonNullExpression') {
    current = current.type === 'AwaitExpression' ? current.argument : current.expression;
  }
  if (current.type === 'ImportExpression') {
    return true;
  }
  return current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === 'require';
}

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask']);

function lastSegment(ref: RefValue): string {
  return ref.path.filter((p) => p !== '()').pop() ?? ref.module ?? '';
}

export default defineTsRule({
  meta: {
    id: 'ts/capability-alias',
    category: 'process',
    severity: 'low',
    summary: 'A capability given another name or stored away: `const { spawn: open } = cp`, `const run = eval`, `{ run: cp.exec }`.',
    why:
      'Renaming `exec` to `openWith`, keeping `eval` in a variable, fetching `spawn` with `Reflect.get` or parking it in a dispatch ' +
      'table makes the later call look harmless. Airlock follows the alias to the call, and also marks the line where the ' +
      "capability changed its name, in the capability's category. A more specific finding on the same line replaces it.",
    incorrect: [
      "const cp = require('child_process');\nconst { spawn: openWith } = cp;",
      'const run = eval;',
      "const cp = require('child_process');\nconst launch = Reflect.get(cp, 'spawn');",
      "const cp = require('child_process');\nconst table = { run: cp.exec };",
      'const shared = Reflect.getPrototypeOf({});',
      "import { exec } from 'child_process';\nexport { exec as run };",
    ],
    correct: [
      "const { spawn } = require('child_process');",
      "const cp = require('child_process');\nconst { spawn } = cp;",
      'const log = console.log;',
      'const hasOwn = Object.prototype.hasOwnProperty;',
      "const path = require('path');\nconst j = path.join;",
      'const table = { run: (x) => x };',
    ],
    messages: {
      renamed: '`{{name}}` is given the name `{{alias}}`: calls to `{{alias}}` {{what}}.',
      stored: '`{{name}}` is stored in {{where}}: whatever calls it can {{what}}.',
      reached: '`{{name}}` is fetched indirectly (`{{code}}`): this code can {{what}}.',
    },
    yields: true,
  },
  create(ctx) {
    function capabilityOf(node: Node): { ref: RefValue; capability: Capability } | undefined {
      for (const ref of ctx.refs(node)) {
        if (ref.path[ref.path.length - 1] === '()') {
          // What a call returned (`const server = http.createServer()`, a timer handle) is not the capability renamed.
          continue;
        }
        const afterCall = ref.path.slice(ref.path.indexOf('()') + 1);
        if (ref.path.includes('()') && afterCall.some((p) => RESPONSE_DATA.has(p))) {
          // Data read from a response (`(await (await fetch(u)).json()).access_token`, `res.data.items`): a value, not a capability.
          continue;
        }
        if (ref.module === undefined && TIMERS.has(ref.path.join('.'))) {
          // Keeping the real timer functions (`const realSetTimeout = setTimeout`) is routine; a string passed to one is ts/string-timer's.
          continue;
        }
        const capability = refCapability(ref);
        if (capability && capability.category !== 'secrets') {
          return { ref, capability };
        }
      }
      return undefined;
    }

    function report(node: Node, messageId: string, found: { ref: RefValue; capability: Capability }, data: Record<string, string>): void {
      const verb = messageId === 'renamed' ? `can ${found.capability.what}` : found.capability.what;
      ctx.report({
        node,
        messageId,
        data: { name: refName(found.ref), what: verb, ...data },
        category: found.capability.category,
        trace: found.ref.trace,
      });
    }

    /** `const alias = <capability>` where the alias hides the capability's own name. */
    function checkBinding(id: TSESTree.Identifier, init: Node, reportOn: Node): void {
      if (isImportExpression(init)) {
        return;
      }
      const found = capabilityOf(id);
      if (!found) {
        return;
      }
      const own = lastSegment(found.ref);
      const indirect = init.type === 'CallExpression' && init.callee.type === 'MemberExpression';
      if (indirect && /Reflect|getPrototypeOf|getOwnPropertyDescriptor/.test(ctx.text(init.callee))) {
        report(reportOn, 'reached', found, { code: ctx.text(init.callee) });
      } else if (id.name !== own && own !== '') {
        report(reportOn, 'renamed', found, { alias: id.name });
      }
    }

    function checkDeclarator(node: TSESTree.VariableDeclarator): void {
      if (!node.init) {
        return;
      }
      if (node.id.type === 'Identifier') {
        checkBinding(node.id, node.init, node);
      } else if (node.id.type === 'ObjectPattern' && !isImportExpression(node.init)) {
        for (const prop of node.id.properties) {
          if (prop.type === 'Property' && prop.value.type === 'Identifier') {
            checkBinding(prop.value, node.init, prop);
          }
        }
      }
    }

    function checkStored(node: TSESTree.Property | TSESTree.ArrayExpression): void {
      const values = node.type === 'Property' ? [node.value] : node.elements;
      for (const value of values) {
        if (!value || (value.type !== 'Identifier' && value.type !== 'MemberExpression')) {
          continue;
        }
        const found = capabilityOf(value);
        if (found && found.ref.path.length > 0) {
          report(value, 'stored', found, { where: node.type === 'Property' ? 'an object' : 'an array' });
        }
      }
    }

    function checkExport(node: TSESTree.ExportSpecifier): void {
      if (node.parent?.type === 'ExportNamedDeclaration' && node.parent.source) {
        return;
      }
      const exported = node.exported.type === 'Identifier' ? node.exported.name : String(node.exported.value);
      const found = node.local.type === 'Identifier' ? capabilityOf(node.local) : undefined;
      if (found && exported !== lastSegment(found.ref)) {
        report(node, 'renamed', found, { alias: exported });
      }
    }

    return {
      VariableDeclarator: checkDeclarator,
      Property(node) {
        if (node.parent?.type === 'ObjectExpression') {
          checkStored(node);
        }
      },
      ArrayExpression: checkStored,
      ExportSpecifier: checkExport,
    };
  },
});
