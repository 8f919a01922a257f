import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { CallNode } from '../support/calls';
import {
  assignmentPatches,
  callPatches,
  descriptorValue,
  displayName,
  findRandomDraw,
  isGenuine,
  isRandomObject,
  isRandomSource,
  isTestLike,
  type Patch,
} from '../support/random-sources';

export default defineTsRule({
  meta: {
    id: 'ts/random-source-patch',
    category: 'randomness',
    severity: 'high',
    summary: 'Replacing, wrapping or stubbing `Math.random` or the `crypto` random functions.',
    why:
      'Whoever controls the randomness of a training or sampling run can steer its outcome: which examples land in the test split, ' +
      'which sample an evaluation keeps, which key or token is generated. An AI-written change that overwrites `Math.random`, ' +
      '`crypto.getRandomValues` or `crypto.randomBytes` changes every caller at once, far from where the effect shows.',
    incorrect: [
      'Math.random = () => 0.42;',
      "const M = Math; M['ran' + 'dom'] = () => 0;",
      "Object.defineProperty(Math, 'random', { value: () => 0.5 });",
      "const crypto = require('node:crypto'); crypto.randomBytes = (n) => Buffer.alloc(n);",
      'globalThis.crypto.getRandomValues = (a) => a.fill(7);',
      "sinon.stub(Math, 'random').returns(0.5);",
    ],
    correct: [
      'const x = Math.random();',
      'const orig = Math.random; Math.random = orig;',
      "globalThis.crypto ??= require('node:crypto').webcrypto;",
      'const rng = { random: () => 0.5 }; rng.random = () => 0.1;',
    ],
    messages: {
      assign:
        '`{{name}}` is overwritten. Whoever controls the randomness of a training or sampling run can steer its outcome: ' +
        'every caller now gets numbers this code chose.',
      define:
        '`{{name}}` is redefined with `{{via}}`. Whoever controls the randomness of a training or sampling run can steer its ' +
        'outcome: every caller now gets numbers this code chose.',
      object:
        'The whole `{{name}}` object is replaced, and its random source with it. Whoever controls the randomness of a training ' +
        'or sampling run can steer its outcome.',
      spy:
        '`{{name}}` is stubbed with `{{via}}`. Whoever controls the randomness of a training or sampling run can steer its ' +
        'outcome; outside a unit test this replaces the source for every caller.',
      wrapped:
        '`{{name}}` is replaced by a wrapper that still draws from a real random source: check what it does to the numbers, ' +
        'since whoever controls the randomness of a training or sampling run can steer its outcome.',
    },
  },
  create(ctx) {
    const testLike = isTestLike(ctx);

    /** `crypto.randomUUID ??= ...` or `if (!crypto.randomUUID) crypto.randomUUID = ...`: filling in a missing function. */
    function isPolyfill(patch: Patch): boolean {
      const node = patch.node;
      if (node.type === 'AssignmentExpression' && (node.operator === '??=' || node.operator === '||=')) {
        return true;
      }
      const target = node.type === 'AssignmentExpression' ? ctx.text(node.left).replace(/\s+/g, '') : undefined;
      for (let p = node.parent; p && target; p = p.parent) {
        if (p.type === 'IfStatement') {
          const test = ctx.text(p.test).replace(/\s+/g, '');
          return test.includes(`!${target}`) || (test.includes(`typeof${target}`) && test.includes('undefined'));
        }
        if (p.type.startsWith('Function') || p.type === 'ArrowFunctionExpression') {
          return false;
        }
      }
      return false;
    }

    function severityOf(patch: Patch, wrapped: boolean): Severity {
      if (wrapped) {
        return testLike || isPolyfill(patch) ? 'low' : 'medium';
      }
      if (testLike) {
        return patch.kind === 'spy' ? 'low' : 'medium';
      }
      return 'high';
    }

    function messageOf(patch: Patch, wrapped: boolean): string {
      if (isRandomObject(patch.target) && patch.kind !== 'spy') {
        return 'object';
      }
      if (wrapped) {
        return 'wrapped';
      }
      return patch.kind;
    }

    function check(patches: Patch[], via: string): void {
      for (const patch of patches) {
        if (!isRandomSource(patch.target) && !isRandomObject(patch.target)) {
          continue;
        }
        const value = descriptorValue(ctx, patch);
        if (isGenuine(ctx, value)) {
          continue;
        }
        const wrapped = value !== undefined && findRandomDraw(ctx, value) !== undefined && !isRandomObject(patch.target);
        ctx.report({
          node: patch.node,
          messageId: messageOf(patch, wrapped),
          data: { name: displayName(patch.target), via },
          severity: severityOf(patch, wrapped),
          trace: patch.target.trace,
        });
        return;
      }
    }

    return {
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        check(assignmentPatches(ctx, node), '=');
      },
      CallExpression(node: CallNode) {
        const callee = ctx.text((node as TSESTree.CallExpression).callee);
        check(callPatches(ctx, node), callee.length > 40 ? `${callee.slice(0, 37)}...` : callee);
      },
    };
  },
});
