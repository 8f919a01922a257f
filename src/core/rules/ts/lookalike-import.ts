import { defineTsRule } from '../../engine/rule';
import { rootModule } from '../support/imports';
import { npmLookalike } from '../support/supply-names';

/** Node's own modules: `test` is not a typo of `jest`. */
const NODE_BUILTINS = new Set(
  (
    'assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs ' +
    'http http2 https inspector module net os path perf_hooks process punycode querystring readline repl stream ' +
    'string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib test sqlite sea'
  ).split(' '),
);
/** Short names are one edit away from too many ordinary words to say anything. */
const MIN_LENGTH = 5;

export default defineTsRule({
  meta: {
    id: 'ts/lookalike-import',
    category: 'supply-chain',
    severity: 'medium',
    summary: 'Code imports a package whose name is one typo away from a popular package (`jsonwebtokens`, `expres`, `@bable/core`).',
    why:
      'Typosquatted packages copy a popular package and add a payload that runs on install or import. The manifest line that ' +
      'adds one is easy to miss; the import in the code is where the reviewer reads the name, so it is flagged there too.',
    incorrect: ["import jwt from 'jsonwebtokens';", "const axios = require('axois');", "import { transform } from '@bable/core';"],
    correct: ["import jwt from 'jsonwebtoken';", "import test from 'node:test';", "import { helper } from './expres';"],
    messages: {
      lookalike: 'Imports `{{module}}`, one typo away from the popular package `{{imitates}}`: check that this is the package you mean.',
    },
  },
  create(ctx) {
    return {
      'Program:exit'() {
        for (const site of ctx.imports()) {
          const module = rootModule(site.module.replace(/^node:/, ''));
          if (!/^(@[\w.-]+\/)?[\w][\w.-]*$/.test(module) || NODE_BUILTINS.has(module) || module.length < MIN_LENGTH) {
            continue;
          }
          const node = site.node;
          if (node.type === 'ImportDeclaration' && node.importKind === 'type') {
            continue;
          }
          const imitates = npmLookalike(module);
          if (imitates) {
            ctx.report({ node, messageId: 'lookalike', data: { module, imitates } });
          }
        }
      },
    };
  },
});
