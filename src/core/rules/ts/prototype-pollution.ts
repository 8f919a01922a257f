import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { targetsOf } from '../support/calls';
import { shorten, unwrapExpr } from '../support/process-paths';
import { BUILTIN_CTORS, definitionWrite, isExistingMember, isPolyfill, memberKeys, slotsOf, type Write } from '../support/sandbox-builtins';

/** Objects that are shared by the whole program, as `setPrototypeOf` targets. */
const SHARED_OBJECTS = new Set([
  ...BUILTIN_CTORS,
  'JSON',
  'Math',
  'Reflect',
  'Atomics',
  'Intl',
  'process',
  'console',
  'document',
  'navigator',
]);
const EVERYTHING = new Set(['Object', 'Function']);

interface Verdict {
  messageId: string;
  severity: Severity;
  data: Record<string, string>;
}

/** The `__proto__` member in a member chain (`a.__proto__.b`, `a['__proto__']`), if any. */
function protoMember(ctx: TsRuleContext, node: Node): TSESTree.MemberExpression | undefined {
  let current = unwrapExpr(node);
  while (current.type === 'MemberExpression') {
    if (memberKeys(ctx, current).includes('__proto__')) {
      return current;
    }
    current = unwrapExpr(current.object);
  }
  return undefined;
}

/** `x.constructor.prototype`, written out. */
function isCtorPrototype(ctx: TsRuleContext, node: Node): boolean {
  const expr = unwrapExpr(node);
  if (expr.type !== 'MemberExpression' || !memberKeys(ctx, expr).includes('prototype')) {
    return false;
  }
  const object = unwrapExpr(expr.object);
  return object.type === 'MemberExpression' && memberKeys(ctx, object).includes('constructor');
}

function classify(ctx: TsRuleContext, write: Write): Verdict | undefined {
  const target = shorten(ctx.text(write.member ?? write.object), 50);
  if (protoMember(ctx, write.member ?? write.object) || (!write.member && write.keys.includes('__proto__'))) {
    return { messageId: 'proto', severity: 'high', data: { target } };
  }
  for (const slot of slotsOf(ctx, write.object, write.keys)) {
    const [ctor, proto, key] = slot.path;
    if (slot.module !== undefined || !BUILTIN_CTORS.has(ctor) || proto !== 'prototype') {
      continue;
    }
    const name = `${ctor}.prototype${key ? `.${key}` : ''}`;
    if (isPolyfill(ctx, write)) {
      return { messageId: 'polyfill', severity: 'medium', data: { target: name } };
    }
    if (EVERYTHING.has(ctor) || key === undefined || key === '*') {
      return { messageId: 'everything', severity: 'high', data: { target: name, kind: ctor === 'Function' ? 'function' : 'object' } };
    }
    const existing = isExistingMember(ctor, key, true);
    return { messageId: existing ? 'override' : 'extend', severity: existing ? 'high' : 'medium', data: { target: name, kind: ctor } };
  }
  if (isCtorPrototype(ctx, write.object)) {
    return { messageId: 'ctorProto', severity: 'high', data: { target } };
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/prototype-pollution',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Writes to shared prototypes: `__proto__`, `Object.prototype`, built-in prototypes, `x.constructor.prototype`, `setPrototypeOf` on built-ins.',
    why:
      'A prototype is shared by every object made from it, in every module of the process: one write changes the behaviour of ' +
      'code the change never touches (`isAdmin` appears on every object, `Array.prototype.push` does something else).',
    incorrect: [
      'obj.__proto__.isAdmin = true',
      'Object.prototype.toJSON = () => ({})',
      'Array.prototype.push = spy',
      "Object.defineProperty(Object.prototype, 'x', { get: f })",
    ],
    correct: [
      'class Queue {} Queue.prototype.drain = function () {}',
      'function Point() {} Point.prototype.norm = norm',
      'const o = { __proto__: null }',
      'Object.setPrototypeOf(this, MyError.prototype)',
    ],
    messages: {
      proto: '`{{target}}` writes through `__proto__`: the change lands on a prototype other objects share.',
      ctorProto: '`{{target}}` writes to the prototype of whatever built the object, which may be `Object` itself.',
      everything: '`{{target}}` is written: every {{kind}} in the process inherits the change.',
      override: '`{{target}}` replaces a built-in method: every `{{kind}}` in the process now runs this code instead.',
      extend: '`{{target}}` adds a member to a built-in prototype, shared by every `{{kind}}` in the process.',
      polyfill: '`{{target}}` is filled in on a built-in prototype when missing (a polyfill), shared by the whole process.',
      setProto: '`{{name}}` swaps the prototype of `{{target}}`, a built-in every part of the program relies on.',
    },
  },
  create(ctx) {
    function report(node: Node, verdict: Verdict | undefined): void {
      if (verdict) {
        ctx.report({ node, messageId: verdict.messageId, data: verdict.data, severity: verdict.severity });
      }
    }

    function isShared(node: Node): boolean {
      if (unwrapExpr(node).type === 'ThisExpression') {
        return false;
      }
      if (protoMember(ctx, node) || isCtorPrototype(ctx, node)) {
        return true;
      }
      return ctx
        .values(node)
        .some(
          (v) =>
            v.kind === 'ref' &&
            v.module === undefined &&
            (v.path.length === 0 ||
              (v.path.length === 1 && SHARED_OBJECTS.has(v.path[0])) ||
              (v.path.length === 2 && BUILTIN_CTORS.has(v.path[0]) && v.path[1] === 'prototype')),
        );
    }

    function checkCall(node: TSESTree.CallExpression): void {
      const { targets, args } = targetsOf(ctx, node);
      const setter = targets.find((t) => t.name === 'Object.setPrototypeOf' || t.name === 'Reflect.setPrototypeOf');
      if (setter && args[0] && isShared(args[0])) {
        const data = { name: setter.name, target: shorten(ctx.text(args[0]), 50) };
        ctx.report({ node, messageId: 'setProto', data, trace: setter.ref.trace });
        return;
      }
      const write = definitionWrite(ctx, node);
      if (write) {
        report(node, classify(ctx, write));
      }
    }

    function checkAssign(node: TSESTree.AssignmentExpression): void {
      const left = unwrapExpr(node.left);
      if (left.type === 'MemberExpression') {
        report(node, classify(ctx, { node, object: left.object, keys: memberKeys(ctx, left), member: left }));
      }
    }

    return { CallExpression: checkCall, AssignmentExpression: checkAssign };
  },
});
