import { defineTsRule } from '../../engine/rule';
import { isRequireRef } from '../../js/evaluate';
import type { Node } from '../../js/scope';
import { moduleCapability } from '../support/capabilities';

export default defineTsRule({
  meta: {
    id: 'ts/capability-import',
    category: 'process',
    severity: 'low',
    summary: 'Imports of modules that start processes, talk to the network, run or load code, or seed randomness.',
    why:
      'An import is where a file acquires a capability, and the one line an agent cannot avoid writing: however the uses are ' +
      'disguised later, `child_process`, `net`, `vm` or `seedrandom` has to be brought in first. The finding takes the category ' +
      'of the module; a more specific finding on the same line replaces it.',
    incorrect: [
      "import { fork } from 'node:child_process';",
      "export { exec } from 'child_process';",
      "const http = require('http');",
      "import seedrandom from 'seedrandom';",
      "const vm = await import('vm');",
      "import cp = require('child_process');",
      "const net = module.require('net');",
    ],
    correct: [
      "import path from 'node:path';",
      "import type { ChildProcess } from 'child_process';",
      "const fs = require('fs');",
      "import './polyfills';",
    ],
    messages: {
      imports: 'Imports `{{module}}`: this file can {{what}}.',
    },
    yields: true,
  },
  create(ctx) {
    const seen = new Set<Node>();
    return {
      /** Loads through a require that is not spelled `require(...)`: `module.require`, aliases, `createRequire`. */
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          return;
        }
        const arg = node.arguments[0];
        if (!arg || arg.type === 'SpreadElement' || !ctx.refs(node.callee).some((r) => isRequireRef(r))) {
          return;
        }
        for (const module of ctx.strings(arg) ?? []) {
          const capability = moduleCapability(module.replace(/^node:/, ''));
          if (capability) {
            seen.add(node);
            ctx.report({
              node,
              messageId: 'imports',
              data: { module: module.replace(/^node:/, ''), what: capability.what },
              category: capability.category,
            });
            return;
          }
        }
      },
      'Program:exit'() {
        for (const site of ctx.imports()) {
          const capability = moduleCapability(site.module);
          if (!capability) {
            continue;
          }
          const node = site.node;
          if (seen.has(node)) {
            continue;
          }
          if (node.type === 'ImportDeclaration') {
            const typeOnly =
              node.importKind === 'type' ||
              (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
            if (typeOnly) {
              continue;
            }
          }
          if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.exportKind === 'type') {
            continue;
          }
          ctx.report({ node, messageId: 'imports', data: { module: site.module, what: capability.what }, category: capability.category });
        }
      },
    };
  },
});
