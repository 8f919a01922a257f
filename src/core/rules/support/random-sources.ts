/**
 * Randomness sources and the ways code replaces them, shared by the randomness rules:
 * which refs are the platform's random sources, and which property a statement overwrites
 * (assignment, `Object.defineProperty`, `Object.assign`, `Reflect.set`, test spies).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { GLOBAL_ROOTS } from '../../js/evaluate';
import { modulePath, refName, type RefValue, type Value } from '../../js/values';
import { targetsOf, type CallNode } from './calls';

const CRYPTO = new Set(['crypto']);
const CRYPTO_RANDOM = new Set([
  'randomBytes',
  'randomUUID',
  'randomInt',
  'randomFill',
  'randomFillSync',
  'getRandomValues',
  'pseudoRandomBytes',
  'prng',
  'rng',
]);
const WEBCRYPTO_RANDOM = new Set(['getRandomValues', 'randomUUID']);

/** `Math.random`, `crypto.getRandomValues`, `require('crypto').randomBytes` and friends. */
export function isRandomSource(ref: RefValue): boolean {
  const path = ref.module === undefined ? ref.path : modulePath(ref, CRYPTO);
  if (path === undefined) {
    return false;
  }
  if (ref.module === undefined) {
    return (
      (path.length === 2 && path[0] === 'Math' && path[1] === 'random') ||
      (path.length === 2 && path[0] === 'crypto' && WEBCRYPTO_RANDOM.has(path[1]))
    );
  }
  return (
    (path.length === 1 && CRYPTO_RANDOM.has(path[0])) || (path.length === 2 && path[0] === 'webcrypto' && WEBCRYPTO_RANDOM.has(path[1]))
  );
}

/** The objects holding the random sources: `Math`, `crypto`, `require('crypto')`, its `webcrypto`. */
export function isRandomObject(ref: RefValue): boolean {
  if (ref.module === undefined) {
    return ref.path.length === 1 && (ref.path[0] === 'Math' || ref.path[0] === 'crypto');
  }
  const path = modulePath(ref, CRYPTO);
  return path !== undefined && (path.length === 0 || (path.length === 1 && path[0] === 'webcrypto'));
}

export function isRandomRef(value: Value): value is RefValue {
  return value.kind === 'ref' && (isRandomSource(value) || isRandomObject(value));
}

export type PatchKind = 'assign' | 'define' | 'spy';

/** A property some statement overwrites: `target` is the full ref (`Math.random`). */
export interface Patch {
  target: RefValue;
  kind: PatchKind;
  /** The new value, when the statement shows it. */
  value?: Node;
  /** The node to report. */
  node: Node;
}

const SPY_METHODS = new Set(['spyOn', 'stub', 'spy', 'replace', 'replaceProperty', 'replaceGetter', 'method', 'stubGlobal']);

function child(ref: RefValue, key: string): RefValue {
  if (ref.module === undefined && ref.path.length === 0 && GLOBAL_ROOTS.has(key)) {
    return ref;
  }
  return { kind: 'ref', module: ref.module, path: [...ref.path, key], trace: ref.trace };
}

function keysOf(ctx: TsRuleContext, node: Node | undefined): string[] {
  if (!node) {
    return ['*'];
  }
  return ctx.strings(node) ?? ['*'];
}

/** The refs an expression names, with an object being patched as the base. */
function bases(ctx: TsRuleContext, node: Node | undefined): RefValue[] {
  return node ? ctx.refs(node) : [];
}

/** Keys and values of an object literal (directly or through a `const`). */
function objectEntries(ctx: TsRuleContext, node: Node): { key: string; value?: Node }[] {
  const out: { key: string; value?: Node }[] = [];
  for (const value of ctx.values(node)) {
    if (value.kind !== 'obj' || value.node.type !== 'ObjectExpression') {
      out.push({ key: '*' });
      continue;
    }
    for (const prop of value.node.properties) {
      if (prop.type === 'SpreadElement') {
        out.push({ key: '*' });
        continue;
      }
      const keys = prop.computed
        ? keysOf(ctx, prop.key)
        : [prop.key.type === 'Identifier' ? prop.key.name : String((prop.key as TSESTree.Literal).value)];
      for (const key of keys) {
        out.push({ key, value: prop.value });
      }
    }
  }
  return out;
}

/** What an assignment overwrites: `Math.random = f`, `M['ran' + 'dom'] = f`, `Math = {}`. */
export function assignmentPatches(ctx: TsRuleContext, node: TSESTree.AssignmentExpression): Patch[] {
  const left = node.left;
  if (left.type === 'MemberExpression') {
    const keys = !left.computed && left.property.type === 'Identifier' ? [left.property.name] : keysOf(ctx, left.property);
    const out: Patch[] = [];
    for (const base of bases(ctx, left.object)) {
      for (const key of keys) {
        out.push({ target: child(base, key), kind: 'assign', value: node.right, node });
      }
    }
    return out;
  }
  if (left.type === 'Identifier') {
    return ctx
      .refs(left)
      .filter((ref) => ref.module === undefined && ref.path.length === 1 && ref.path[0] === left.name)
      .map((target) => ({ target, kind: 'assign', value: node.right, node }));
  }
  return [];
}

/** What a call overwrites: `Object.defineProperty`, `Object.assign`, `Reflect.set`, spies and stubs. */
export function callPatches(ctx: TsRuleContext, node: CallNode): Patch[] {
  if (node.type !== 'CallExpression') {
    return [];
  }
  const { targets, args } = targetsOf(ctx, node);
  const out: Patch[] = [];
  for (const { name } of targets) {
    switch (name) {
      case 'Object.defineProperty':
      case 'Reflect.defineProperty':
      case 'Reflect.set': {
        const kind = name === 'Reflect.set' ? 'assign' : 'define';
        for (const base of bases(ctx, args[0])) {
          for (const key of keysOf(ctx, args[1])) {
            out.push({ target: child(base, key), kind, value: args[2], node });
          }
        }
        break;
      }
      case 'Object.defineProperties':
      case 'Object.assign': {
        const kind = name === 'Object.assign' ? 'assign' : 'define';
        for (const base of bases(ctx, args[0])) {
          for (const source of args.slice(1)) {
            for (const entry of objectEntries(ctx, source)) {
              out.push({ target: child(base, entry.key), kind, value: entry.value, node });
            }
          }
        }
        break;
      }
      default:
        break;
    }
  }
  if (out.length > 0) {
    return out;
  }
  return spyPatches(ctx, node);
}

/** `jest.spyOn(Math, 'random')`, `sinon.stub(crypto, 'randomBytes')`, `vi.stubGlobal('crypto', x)`. */
function spyPatches(ctx: TsRuleContext, node: TSESTree.CallExpression): Patch[] {
  const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
    return [];
  }
  const method = callee.property.name;
  if (!SPY_METHODS.has(method) || node.arguments.length === 0) {
    return [];
  }
  if (method === 'stubGlobal') {
    return keysOf(ctx, node.arguments[0]).map((key) => ({
      target: { kind: 'ref', module: undefined, path: [key] },
      kind: 'spy',
      value: node.arguments[1],
      node,
    }));
  }
  const out: Patch[] = [];
  for (const base of bases(ctx, node.arguments[0])) {
    for (const key of node.arguments[1] ? keysOf(ctx, node.arguments[1]) : []) {
      out.push({ target: child(base, key), kind: 'spy', value: node.arguments[2], node });
    }
  }
  return out;
}

/** The value a property descriptor installs (`{ value: f }`), if it is an object literal. */
export function descriptorValue(ctx: TsRuleContext, patch: Patch): Node | undefined {
  if (patch.kind !== 'define' || !patch.value) {
    return patch.value;
  }
  const desc = patch.value;
  if (desc.type !== 'ObjectExpression') {
    return desc;
  }
  for (const prop of desc.properties) {
    if (prop.type === 'Property' && !prop.computed && prop.key.type === 'Identifier' && prop.key.name === 'value') {
      return prop.value;
    }
  }
  return desc;
}

/** Whether the installed value is the genuine article (restoring or polyfilling the real source). */
export function isGenuine(ctx: TsRuleContext, value: Node | undefined): boolean {
  if (!value) {
    return false;
  }
  const values = ctx.values(value);
  return values.length > 0 && values.every(isRandomRef);
}

export function displayName(ref: RefValue): string {
  return refName(ref);
}

/** Pre-order walk of a subtree (type-only parts excluded); `visit` returns false to skip a node's children. */
export function walk(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (visit(node) === false) {
      continue;
    }
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item = value[i] as Node | null;
          if (item && typeof item.type === 'string' && !TYPE_ONLY.has(item.type)) {
            stack.push(item);
          }
        }
      } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string' && !TYPE_ONLY.has((value as Node).type)) {
        stack.push(value as Node);
      }
    }
  }
}

const TYPE_ONLY = new Set([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
]);

/** The first call or member in a subtree that reads a genuine random source. */
export function findRandomDraw(ctx: TsRuleContext, root: Node): Node | undefined {
  let found: Node | undefined;
  walk(root, (node) => {
    if (found) {
      return false;
    }
    if (node.type === 'MemberExpression' || node.type === 'Identifier') {
      if (ctx.refs(node).some(isRandomSource)) {
        found = node;
        return false;
      }
    }
    return true;
  });
  return found;
}

/** Test setup files are not always named like tests. */
const SETUP_FILE = /(^|\/)(setup-?tests|jest[.-]setup|vitest[.-]setup|test[.-]setup|setup[.-]jest|setup[.-]vitest)[^/]*\.[cm]?[jt]sx?$/i;

/** Test files and test setup files, where stubbing randomness is routine. */
export function isTestLike(ctx: TsRuleContext): boolean {
  return ctx.isTestFile || SETUP_FILE.test(ctx.path);
}
