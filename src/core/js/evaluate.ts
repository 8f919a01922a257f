/**
 * Name resolution and constant folding over a FileModel. Answers "what can this expression
 * be?" with a bounded union of abstract values, so that aliases (`const r = require`),
 * destructuring, computed names (`globalThis['ev' + 'al']`, `String.fromCharCode(...)`,
 * `atob('...')`), indirect calls (`(0, eval)`, `.call/.apply/.bind`, `Reflect.apply`) and
 * constructor chains all reach the same canonical name. Never executes anything from the file:
 * strings are folded by hand, and regular expressions from the file are never run.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ELEMENT, enclosingClass, normalizeModule, staticKey, type FileModel } from './model';
import type { Binding, Def, KeyedWrite, Node, PathKey, Scope } from './scope';
import { OTHER, UNKNOWN, isGlobal, sameValue, type RefValue, type Value } from './values';
import { linked, type ModuleLinker } from './link';

export const GLOBAL_ROOTS = new Set(['globalThis', 'global', 'window', 'self', 'frames']);

const MAX_DEPTH = 60;
const MAX_UNION = 16;
const MAX_STRING = 20_000;
const MAX_PATH = 10;
const MAX_TRACE = 4;
const MAX_FOLD_ITEMS = 512;

export interface CallTargets {
  /** What is actually being called. */
  targets: Value[];
  /** The arguments it receives (shifted for `.call`, unpacked for `.apply`/`Reflect.apply`). */
  args: readonly Node[];
  /** How it was called when not directly. */
  indirect?: 'call' | 'apply' | 'reflect';
}

export class Evaluator {
  private readonly memo = new Map<Node, Value[]>();
  private readonly refMemo = new Map<Node, RefValue[]>();
  private readonly callMemo = new Map<Node, CallTargets>();
  private readonly active = new Set<Node | Binding>();
  /** A binding's values do not depend on where it is read (flow-insensitive): computed once. */
  private readonly bindingMemo = new Map<Binding, Value[]>();
  /** Members of objects, classes and instances: computed once, and guarded against cycles. */
  private readonly memberMemo = new Map<Node, Map<string, Value[]>>();
  private readonly activeMembers = new Map<Node, Set<string>>();
  /** Writes with computed keys (`o[K] = v`, `map.set(k, v)`), by folded key (`*`: could not be folded). */
  private readonly keyedIndex = new Map<KeyedWrite[], Map<string, KeyedWrite[]>>();
  /** How often a cycle was cut short: an answer computed while this grows may be partial. */
  private cycles = 0;
  /** Thin forwarding wrappers (`(c) => execSync(c)`): the sinks each function hands its parameters to. */
  private readonly forwardMemo = new Map<Node, RefValue[]>();

  constructor(
    private readonly model: FileModel,
    /** Other files of the same change, for refs into relative modules (`./util`). */
    private readonly link?: { path: string; linker: ModuleLinker },
    /** The file's text, for `fn.toString()` (a function's own source, comments included). */
    private readonly source?: string,
  ) {}

  values(node: Node): Value[] {
    return this.evaluate(node, 0);
  }

  /** The `ref` values of a node (what most rules ask), computed once per node. */
  refs(node: Node): RefValue[] {
    let refs = this.refMemo.get(node);
    if (!refs) {
      refs = this.values(node).filter((v): v is RefValue => v.kind === 'ref');
      this.refMemo.set(node, refs);
    }
    return refs;
  }

  /** The constant strings an expression can be, or undefined when any possibility is not constant. */
  strings(node: Node): string[] | undefined {
    const values = this.values(node);
    const out: string[] = [];
    for (const value of values) {
      if (value.kind === 'str') {
        out.push(value.value);
      } else if (value.kind === 'num') {
        out.push(String(value.value));
      } else {
        return undefined;
      }
    }
    return out.length > 0 ? out : undefined;
  }

  scopeOf(node: Node): Scope {
    let current: Node | undefined = node;
    while (current) {
      const scope = this.model.scopes.get(current);
      if (scope) {
        return scope;
      }
      current = current.parent;
    }
    return this.model.globalScope;
  }

  /** What a call invokes; every rule asks about the same calls, so the answer is kept. */
  callTargets(node: TSESTree.CallExpression | TSESTree.NewExpression): CallTargets {
    let targets = this.callMemo.get(node);
    if (!targets) {
      targets = this.targetsOf(node, 0);
      this.callMemo.set(node, targets);
    }
    return targets;
  }

  private targetsOf(node: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): CallTargets {
    const callee = unwrap(node.callee);
    if (node.type === 'CallExpression' && callee.type === 'MemberExpression') {
      const key = staticKey(callee);
      if (key === 'call' || key === 'apply') {
        const base = this.evaluate(callee.object, depth);
        if (
          base.some(
            (v) => v.kind === 'ref' && (isGlobal(v, 'Function', 'prototype', 'call') || isGlobal(v, 'Function', 'prototype', 'apply')),
          )
        ) {
          // `Function.prototype.call.call(fn, thisArg, ...args)`: calls fn.
          const fn = node.arguments[0];
          if (fn && fn.type !== 'SpreadElement') {
            const viaApply = base.some((v) => v.kind === 'ref' && isGlobal(v, 'Function', 'prototype', 'apply'));
            const rest = key === 'call' ? node.arguments.slice(2) : spreadArray(node.arguments[2]);
            // Like Reflect.apply, the function is the first argument.
            return {
              targets: this.evaluate(fn, depth),
              args: viaApply && key === 'call' ? spreadArray(node.arguments[2]) : rest,
              indirect: 'reflect',
            };
          }
        }
        const isReflect = base.some((v) => v.kind === 'ref' && isGlobal(v, 'Reflect'));
        if (!isReflect && base.some((v) => v.kind === 'fn' || v.kind === 'ref')) {
          const args = key === 'call' ? node.arguments.slice(1) : spreadArray(node.arguments[1]);
          return { targets: base, args, indirect: key };
        }
      }
    }
    const targets = this.evaluate(callee, depth);
    if (node.type === 'CallExpression' && targets.some((t) => t.kind === 'ref' && isGlobal(t, 'Reflect', 'apply'))) {
      const fn = node.arguments[0];
      if (fn) {
        return { targets: this.evaluate(fn, depth), args: spreadArray(node.arguments[2]), indirect: 'reflect' };
      }
    }
    // A wrapper handed constants is reported once, at its sink; handed data, its call is where the data becomes code.
    const first = node.arguments[0];
    const data =
      first !== undefined &&
      first.type !== 'SpreadElement' &&
      this.evaluate(first, depth).some((v) => v.kind !== 'str' && v.kind !== 'num');
    const forwarded = data ? targets.flatMap((t) => (t.kind === 'fn' ? this.forwardedSinks(t.node, depth) : [])) : [];
    return { targets: forwarded.length > 0 ? [...targets, ...forwarded] : targets, args: node.arguments };
  }

  /**
   * What the functions an expression can be hand their parameters to, when a function is a thin
   * forwarder to a process or code sink (`(cmd) => execSync(cmd, opts)`): calling it is calling the
   * sink with the same arguments. Other files of a change import such wrappers like the sink itself.
   */
  forwarded(node: Node): RefValue[] {
    return this.values(node).flatMap((v) => (v.kind === 'fn' ? this.forwardedSinks(v.node, 0) : []));
  }

  private forwardedSinks(fn: Node, depth: number): RefValue[] {
    const memo = this.forwardMemo.get(fn);
    if (memo) {
      return memo;
    }
    this.forwardMemo.set(fn, []);
    const out: RefValue[] = [];
    const call = forwardingCall(fn);
    if (call && depth <= MAX_DEPTH) {
      for (const target of this.evaluate(call.callee, depth + 1)) {
        if (target.kind === 'ref' && isForwardedSink(target)) {
          out.push({ ...target, trace: [fn] });
        } else if (target.kind === 'fn' && target.node !== fn) {
          out.push(...this.forwardedSinks(target.node, depth + 1));
        }
      }
    }
    const result = out.slice(0, MAX_UNION);
    this.forwardMemo.set(fn, result);
    return result;
  }

  private evaluate(node: Node, depth: number): Value[] {
    const cached = this.memo.get(node);
    if (cached) {
      return cached;
    }
    if (depth > MAX_DEPTH || this.active.has(node)) {
      this.cycles++;
      return [UNKNOWN];
    }
    this.active.add(node);
    let result: Value[];
    try {
      result = this.compute(node, depth + 1);
    } finally {
      this.active.delete(node);
    }
    if (this.link && result.some((v) => v.kind === 'ref' && v.module !== undefined && v.module.startsWith('.'))) {
      result = this.linkRelative(result, this.link);
    }
    if (this.link?.linker.global && result.some((v) => v.kind === 'ref' && v.module === undefined && v.path.length > 0)) {
      result = this.linkGlobals(result, this.link.linker);
    }
    this.memo.set(node, result);
    return result;
  }

  /** Refs into another file of the change become what that file exports (`./util` re-exporting `child_process`). */
  private linkRelative(values: Value[], link: { path: string; linker: ModuleLinker }): Value[] {
    const out: Value[] = [];
    for (const value of values) {
      if (value.kind !== 'ref' || value.module === undefined || !value.module.startsWith('.')) {
        out.push(value);
        continue;
      }
      const resolved = linked(link.linker.resolve(link.path, value.module), value.path);
      out.push(...(resolved.length > 0 ? resolved.map((r) => ({ ...r, trace: value.trace })) : [value]));
    }
    return out.slice(0, MAX_UNION);
  }

  /** A global that another file of the change stores a capability in (`globalThis.run = eval`) is that capability too. */
  private linkGlobals(values: Value[], linker: ModuleLinker): Value[] {
    const out: Value[] = [...values];
    for (const value of values) {
      if (value.kind !== 'ref' || value.module !== undefined || value.path.length === 0) {
        continue;
      }
      const [name, ...rest] = value.path;
      for (const stored of linker.global?.(name) ?? []) {
        out.push({ ...stored, path: [...stored.path, ...rest], trace: value.trace });
      }
    }
    return out.length === values.length ? values : union([out]);
  }

  private compute(node: Node, depth: number): Value[] {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') {
          return [{ kind: 'str', value: node.value }];
        }
        if (typeof node.value === 'number') {
          return [{ kind: 'num', value: node.value }];
        }
        return [OTHER];
      case 'TemplateLiteral':
        return this.template(node, depth);
      case 'TaggedTemplateExpression': {
        const tag = this.evaluate(node.tag, depth);
        if (tag.some((t) => t.kind === 'ref' && isGlobal(t, 'String', 'raw')) && node.quasi.expressions.length === 0) {
          return [{ kind: 'str', value: node.quasi.quasis[0].value.raw }];
        }
        return [UNKNOWN];
      }
      case 'BinaryExpression':
        return this.binary(node, depth);
      case 'UnaryExpression':
        if (node.operator === '-' || node.operator === '+' || node.operator === '~') {
          return this.evaluate(node.argument, depth).map((v) =>
            v.kind === 'num'
              ? { kind: 'num', value: node.operator === '-' ? -v.value : node.operator === '~' ? ~v.value : v.value }
              : UNKNOWN,
          );
        }
        return [OTHER];
      case 'Identifier':
        return this.identifier(node, depth);
      case 'ThisExpression': {
        if (isTopLevel(node)) {
          return [{ kind: 'ref', module: undefined, path: [] }];
        }
        const cls = enclosingClass(node);
        if (cls) {
          return [{ kind: 'inst', node: cls }];
        }
        const owner = staticOwner(node);
        return owner ? [{ kind: 'cls', node: owner }] : [UNKNOWN];
      }
      case 'ClassExpression':
      case 'ClassDeclaration':
        return [{ kind: 'cls', node }];
      case 'MemberExpression':
        return this.memberExpression(node, depth);
      case 'ChainExpression':
        return this.evaluate(node.expression, depth);
      case 'TSNonNullExpression':
      case 'TSAsExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
        return this.evaluate(node.expression, depth);
      case 'TSInstantiationExpression':
        return this.evaluate(node.expression, depth);
      case 'AwaitExpression':
        return this.evaluate(node.argument, depth);
      case 'SequenceExpression':
        return this.evaluate(node.expressions[node.expressions.length - 1], depth);
      case 'LogicalExpression':
        return union([this.evaluate(node.left, depth), this.evaluate(node.right, depth)]);
      case 'ConditionalExpression':
        return union([this.evaluate(node.consequent, depth), this.evaluate(node.alternate, depth)]);
      case 'AssignmentExpression':
        return node.operator === '=' ? this.evaluate(node.right, depth) : [UNKNOWN];
      case 'CallExpression':
        return this.call(node, depth);
      case 'NewExpression': {
        const built = this.builtObject(node, depth);
        if (built) {
          return built;
        }
        if (this.evaluate(node.callee, depth).some((v) => v.kind === 'ref' && isGlobal(v, 'Function'))) {
          return union(
            this.evaluate(node.callee, depth).map((v) => (v.kind === 'ref' ? this.callResult(v, node.arguments, depth) : [UNKNOWN])),
          );
        }
        return this.evaluate(node.callee, depth).map((v) =>
          v.kind === 'ref' ? extend(v, '()') : v.kind === 'cls' ? { kind: 'inst', node: v.node, trace: v.trace } : UNKNOWN,
        );
      }
      case 'ImportExpression': {
        const names = this.stringsAt(node.source, depth);
        return names ? names.map((n) => moduleRef(n)) : [UNKNOWN];
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionDeclaration':
        return [{ kind: 'fn', node }];
      case 'ObjectExpression':
        return [{ kind: 'obj', node }];
      case 'ArrayExpression':
        return [{ kind: 'arr', items: undefined, node }];
      default:
        return [UNKNOWN];
    }
  }

  private stringsAt(node: Node, depth: number): string[] | undefined {
    return this.keysAt(node, depth, false);
  }

  /** The property keys an expression can be: constant strings and numbers, and (unless told not to) symbols. */
  private keysAt(node: Node, depth: number, symbols = true): string[] | undefined {
    const out: string[] = [];
    for (const v of this.evaluate(node, depth)) {
      if (v.kind === 'str') {
        out.push(v.value);
      } else if (v.kind === 'num') {
        out.push(String(v.value));
      } else if (v.kind === 'sym' && symbols) {
        out.push(v.key);
      } else {
        return undefined;
      }
    }
    return out;
  }

  /** `new Map(entries)` and `new Proxy(target, handler)`: objects whose members Airlock can follow. */
  private builtObject(node: TSESTree.NewExpression, depth: number): Value[] | undefined {
    const callee = this.evaluate(node.callee, depth);
    if (callee.length !== 1 || callee[0].kind !== 'ref') {
      return undefined;
    }
    const args = node.arguments.filter((a) => a.type !== 'SpreadElement');
    if (isGlobal(callee[0], 'Map') || isGlobal(callee[0], 'WeakMap')) {
      return [{ kind: 'obj', node, shape: 'map', parts: args }];
    }
    if (isGlobal(callee[0], 'Proxy') && args.length === 2) {
      return [{ kind: 'obj', node, shape: 'proxy', parts: args }];
    }
    return undefined;
  }

  private template(node: TSESTree.TemplateLiteral, depth: number): Value[] {
    let partials = [node.quasis[0].value.cooked ?? ''];
    for (let i = 0; i < node.expressions.length; i++) {
      const parts = this.stringsAt(node.expressions[i], depth);
      if (!parts || parts.length * partials.length > MAX_UNION) {
        return [UNKNOWN];
      }
      const tail = node.quasis[i + 1].value.cooked ?? '';
      const next: string[] = [];
      for (const p of partials) {
        for (const part of parts) {
          next.push(p + part + tail);
        }
      }
      partials = next;
      if (partials.some((p) => p.length > MAX_STRING)) {
        return [UNKNOWN];
      }
    }
    return partials.map((value) => ({ kind: 'str', value }));
  }

  private binary(node: TSESTree.BinaryExpression, depth: number): Value[] {
    if (node.left.type === 'PrivateIdentifier') {
      return [OTHER];
    }
    const op = node.operator;
    if (!FOLDABLE_OPERATORS.has(op)) {
      return [OTHER];
    }
    const left = this.evaluate(node.left, depth);
    const right = this.evaluate(node.right, depth);
    if (left.length * right.length > MAX_UNION) {
      return [UNKNOWN];
    }
    const out: Value[] = [];
    for (const a of left) {
      for (const b of right) {
        out.push(foldBinary(op, a, b));
      }
    }
    return union([out]);
  }

  private identifier(node: TSESTree.Identifier, depth: number): Value[] {
    const plain = this.plainIdentifier(node, depth);
    if (!this.model.hasWith) {
      return plain;
    }
    // Inside `with (obj) { name }`, the name may be a property of obj.
    const lists = [plain];
    for (let current: Node | undefined = node.parent; current; current = current.parent) {
      if (current.type === 'WithStatement' && current.object !== node && !contains(current.object, node)) {
        lists.push(union(this.evaluate(current.object, depth).map((v) => this.member(v, node.name, depth))));
      }
    }
    return lists.length > 1 ? union(lists) : plain;
  }

  private plainIdentifier(node: TSESTree.Identifier, depth: number): Value[] {
    const name = node.name;
    const binding = this.scopeOf(node).lookup(name);
    if (!binding) {
      if (name === 'undefined') {
        return [OTHER];
      }
      if (name === 'NaN' || name === 'Infinity') {
        return [{ kind: 'num', value: name === 'NaN' ? NaN : Infinity }];
      }
      return [globalRef(name)];
    }
    if (this.active.has(binding)) {
      this.cycles++;
      return [UNKNOWN];
    }
    if (binding.defs.length === 0) {
      return [OTHER];
    }
    const memo = this.bindingMemo.get(binding);
    if (memo) {
      return memo;
    }
    const cyclesBefore = this.cycles;
    this.active.add(binding);
    try {
      const lists: Value[][] = [];
      for (const def of binding.defs) {
        let values: Value[];
        switch (def.kind) {
          case 'init': {
            let base = this.evaluate(def.expr, depth);
            if (def.path.length === 0) {
              base = base.map((v) => (v.kind === 'obj' && !v.binding ? { ...v, binding } : v));
            }
            values = this.walkPath(base, def.path, depth);
            if (def.fallback) {
              values = union([values, this.evaluate(def.fallback, depth)]);
            }
            break;
          }
          case 'import':
            values = [moduleMember(def.module, def.path)];
            break;
          case 'function':
            values = [{ kind: 'fn', node: def.fn }];
            break;
          case 'class':
            values = [{ kind: 'cls', node: def.cls }];
            break;
          case 'global':
            values = [globalRef(def.name)];
            break;
          case 'param':
            values = this.walkPath(this.paramValues(def.fn, def.index, depth), def.path, depth);
            break;
          case 'append':
            // Folded below, once every other value is known.
            continue;
          default:
            values = [UNKNOWN];
        }
        lists.push(values.map((v) => withTrace(v, def.node)));
      }
      const appends = binding.defs.filter((d): d is Extract<Def, { kind: 'append' }> => d.kind === 'append');
      if (appends.length > 0) {
        lists.push(this.appended(union(lists), appends, depth));
      }
      const result = union(lists);
      // Kept only when complete: no cycle was cut while computing it.
      if (this.cycles === cyclesBefore) {
        this.bindingMemo.set(binding, result);
      }
      return result;
    } finally {
      this.active.delete(binding);
    }
  }

  /**
   * The values a binding takes as `+=` (or `x = x + ...`) grows it, in source order: every prefix,
   * flow-insensitively (`let n = 'ev'; n += 'al'` can be `ev` and `eval`). Strings only; anything
   * else that is grown becomes unknown.
   */
  private appended(start: Value[], appends: Extract<Def, { kind: 'append' }>[], depth: number): Value[] {
    let current = start.filter((v) => v.kind === 'str' || v.kind === 'num').map((v) => String(v.value));
    if (current.length === 0 || current.length !== start.length) {
      return [UNKNOWN];
    }
    const out: Value[] = [];
    for (const def of [...appends].sort((a, b) => a.node.range[0] - b.node.range[0])) {
      const parts =
        def.expr.type === 'TemplateLiteral'
          ? this.templateTail(def.expr)
          : (this.strings(def.expr) ??
            this.evaluate(def.expr, depth)
              .filter((v) => v.kind === 'num')
              .map((v) => String(v.value)));
      if (parts.length === 0) {
        out.push(UNKNOWN);
        break;
      }
      current = current.flatMap((c) => parts.map((p) => c + p)).slice(0, MAX_UNION);
      if (current.some((c) => c.length > MAX_STRING)) {
        out.push(UNKNOWN);
        break;
      }
      out.push(...current.map((value): Value => withTrace({ kind: 'str', value }, def.node)));
    }
    return out.slice(-MAX_UNION);
  }

  /** A template after its leading `${x}`, folded: `${x}a${'b'}c` -> `abc`. */
  private templateTail(node: TSESTree.TemplateLiteral): string[] {
    let out = [node.quasis[1]?.value.cooked ?? ''];
    for (let i = 1; i < node.expressions.length; i++) {
      const parts = this.strings(node.expressions[i]);
      if (!parts) {
        return [];
      }
      const quasi = node.quasis[i + 1]?.value.cooked ?? '';
      out = out.flatMap((o) => parts.map((p) => o + p + quasi)).slice(0, MAX_UNION);
    }
    return out;
  }

  /**
   * What a parameter can be, for the callers Airlock knows: a callback given to `.then` receives
   * what the promise resolves to (`import('child_process').then((cp) => cp.exec(x))`).
   */
  private paramValues(fn: Node, index: number, depth: number): Value[] {
    const call = fn.parent;
    if ((call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.callee === fn) {
      // An immediately invoked function: its parameters are what the one call passes.
      const arg = call.arguments[index];
      return arg && arg.type !== 'SpreadElement' ? this.evaluate(arg, depth) : [UNKNOWN];
    }
    if (
      index === 0 &&
      call?.type === 'CallExpression' &&
      call.arguments[0] === fn &&
      call.callee.type === 'MemberExpression' &&
      staticKey(call.callee) === 'then'
    ) {
      const resolved = this.evaluate(call.callee.object, depth).filter((v) => v.kind === 'ref');
      if (resolved.length > 0) {
        return [...resolved, UNKNOWN];
      }
    }
    return [UNKNOWN];
  }

  private walkPath(values: Value[], path: readonly PathKey[], depth: number): Value[] {
    let current = values;
    for (const step of path) {
      const keys = typeof step === 'string' ? [step] : (this.keysAt(step.computed, depth) ?? ['*']);
      current = union(current.flatMap((v) => keys.map((key) => this.member(v, key, depth))));
    }
    return current;
  }

  private memberExpression(node: TSESTree.MemberExpression, depth: number): Value[] {
    const object = this.evaluate(node.object, depth);
    let keys: string[];
    const key = staticKey(node);
    if (key !== undefined) {
      keys = [key];
    } else if (node.computed) {
      keys = this.keysAt(node.property, depth) ?? ['*'];
    } else {
      return [UNKNOWN];
    }
    const lists: Value[][] = [];
    for (const v of object) {
      for (const k of keys) {
        lists.push(this.member(v, k, depth));
      }
    }
    return union(lists);
  }

  /** The value of `value[key]`. */
  member(value: Value, key: string, depth = 0): Value[] {
    if (value.kind !== 'obj' && value.kind !== 'cls' && value.kind !== 'inst') {
      return this.memberOf(value, key, depth);
    }
    // Objects can contain themselves (`const a = { ...a }`, a Proxy returning itself): a member
    // already being computed is a cycle, and a deep chain of members is cut at MAX_DEPTH.
    const id = `${value.kind}\u0000${key}\u0000${value.kind === 'obj' && value.binding ? 'b' : ''}`;
    const node = value.node;
    let memo = this.memberMemo.get(node);
    const known = memo?.get(id);
    if (known) {
      return known;
    }
    let active = this.activeMembers.get(node);
    if (depth > MAX_DEPTH || active?.has(id)) {
      this.cycles++;
      return [UNKNOWN];
    }
    if (!active) {
      active = new Set();
      this.activeMembers.set(node, active);
    }
    active.add(id);
    const cyclesBefore = this.cycles;
    try {
      const result = this.memberOf(value, key, depth + 1);
      if (this.cycles === cyclesBefore) {
        if (!memo) {
          memo = new Map();
          this.memberMemo.set(node, memo);
        }
        memo.set(id, result);
      }
      return result;
    } finally {
      active.delete(id);
    }
  }

  private memberOf(value: Value, key: string, depth: number): Value[] {
    switch (value.kind) {
      case 'ref':
        return [refMember(value, key)];
      case 'str':
        if (key === 'constructor') {
          return [globalRef('String')];
        }
        if (isBuiltinMethod('String', key)) {
          return [{ kind: 'ref', module: undefined, path: ['String', 'prototype', key], trace: value.trace }];
        }
        if (/^\d+$/.test(key)) {
          const ch = value.value[Number(key)];
          return ch === undefined ? [OTHER] : [{ kind: 'str', value: ch }];
        }
        return key === 'length' ? [{ kind: 'num', value: value.value.length }] : [UNKNOWN];
      case 'num':
        if (isBuiltinMethod('Number', key)) {
          return [{ kind: 'ref', module: undefined, path: ['Number', 'prototype', key], trace: value.trace }];
        }
        return key === 'constructor' ? [globalRef('Number')] : [UNKNOWN];
      case 'fn':
        if (isBuiltinMethod('Function', key)) {
          return [{ kind: 'ref', module: undefined, path: ['Function', 'prototype', key], trace: value.trace }];
        }
        return key === 'constructor' ? [functionCtor(value)] : [UNKNOWN];
      case 'ctor':
        return key === 'constructor' ? [functionCtor(value)] : [UNKNOWN];
      case 'arr': {
        if (key === 'constructor') {
          return [globalRef('Array')];
        }
        const items = this.arrayItems(value, depth);
        if (items && /^\d+$/.test(key)) {
          return items[Number(key)] ?? [OTHER];
        }
        if (items && key === ELEMENT) {
          return items.length > 0 ? union(items as Value[][]) : [OTHER];
        }
        if (isBuiltinMethod('Array', key)) {
          return [{ kind: 'ref', module: undefined, path: ['Array', 'prototype', key], trace: value.trace }];
        }
        return [UNKNOWN];
      }
      case 'obj':
        if (key === 'constructor') {
          return [globalRef('Object')];
        }
        return this.objectMember(value, key, depth);
      case 'unknown':
        return key === 'constructor' ? [{ kind: 'ctor', trace: value.trace }] : [UNKNOWN];
      case 'inst':
        return this.instanceMember(value.node, key, depth);
      case 'cls':
        if (key === 'constructor') {
          return [functionCtor(value)];
        }
        return key === 'prototype' ? [{ kind: 'inst', node: value.node }] : this.staticMember(value.node, key, depth);
      default:
        return [UNKNOWN];
    }
  }

  /**
   * `this.key` (or `instance.key`) for a class declared in the file: what its fields and methods
   * store there, its own methods, and for a class that extends an API (`extends WebSocket`), that
   * API's member.
   */
  private instanceMember(cls: Node, key: string, depth: number): Value[] {
    const lists: Value[][] = [];
    for (const value of this.model.thisWrites.get(cls)?.get(key) ?? []) {
      lists.push(this.evaluate(value, depth));
    }
    const body = (cls as TSESTree.ClassDeclaration).body;
    for (const element of body?.body ?? []) {
      if (element.type === 'MethodDefinition' && !element.static && !element.computed && memberName(element.key) === key) {
        lists.push(element.kind === 'get' ? this.returnsOf(element.value, depth) : [{ kind: 'fn', node: element.value }]);
      }
    }
    const superClass = (cls as TSESTree.ClassDeclaration).superClass;
    if (superClass && lists.length === 0) {
      for (const base of this.evaluate(superClass, depth)) {
        if (base.kind === 'ref') {
          lists.push([refMember(extend(base, '()'), key)]);
        } else if (base.kind === 'cls') {
          lists.push(this.instanceMember(base.node, key, depth));
        }
      }
    }
    if (key === 'constructor') {
      lists.push([{ kind: 'cls', node: cls }]);
    }
    return lists.length > 0 ? union(lists) : [UNKNOWN];
  }

  /** `Class.key` for a class declared in the file: its static fields, methods and getters. */
  private staticMember(cls: Node, key: string, depth: number): Value[] {
    const lists: Value[][] = [];
    for (const element of (cls as TSESTree.ClassDeclaration).body?.body ?? []) {
      if ((element.type !== 'MethodDefinition' && element.type !== 'PropertyDefinition') || !element.static) {
        continue;
      }
      const names = element.computed ? (this.keysAt(element.key, depth) ?? ['*']) : [memberName(element.key) ?? ''];
      if (!names.includes(key) && !names.includes('*')) {
        continue;
      }
      if (element.type === 'PropertyDefinition') {
        lists.push(element.value ? this.evaluate(element.value, depth) : [OTHER]);
      } else {
        lists.push(element.kind === 'get' ? this.returnsOf(element.value, depth) : [{ kind: 'fn', node: element.value }]);
      }
    }
    const superClass = (cls as TSESTree.ClassDeclaration).superClass;
    if (superClass && lists.length === 0) {
      for (const base of this.evaluate(superClass, depth)) {
        lists.push(base.kind === 'cls' ? this.staticMember(base.node, key, depth) : [this.member(base, key, depth)].flat());
      }
    }
    return lists.length > 0 ? union(lists) : [UNKNOWN];
  }

  private objectMember(value: Extract<Value, { kind: 'obj' }>, key: string, depth: number): Value[] {
    if (value.shape) {
      return this.shapedMember(value, key, depth);
    }
    const node = value.node as TSESTree.ObjectExpression;
    const lists: Value[][] = [];
    let open = false;
    for (const prop of node.properties) {
      if (prop.type === 'SpreadElement') {
        // `{ ...tools }`: the spread object's properties are this one's too.
        for (const source of this.evaluate(prop.argument, depth)) {
          if (source.kind === 'unknown') {
            open = true;
          } else {
            lists.push(this.member(source, key, depth).filter((v) => v.kind !== 'other' || key === '*'));
          }
        }
        continue;
      }
      const name = prop.computed
        ? this.keysAt(prop.key, depth)
        : prop.key.type === 'Identifier'
          ? [prop.key.name]
          : prop.key.type === 'Literal'
            ? [String(prop.key.value)]
            : undefined;
      if (!name) {
        open = true;
        continue;
      }
      if (!name.includes(key) && key !== '*') {
        continue;
      }
      if (prop.kind === 'get' && prop.value.type === 'FunctionExpression') {
        lists.push(this.returnsOf(prop.value, depth));
      } else {
        lists.push(this.evaluate(prop.value, depth));
      }
    }
    this.writtenMembers(value.binding, key, depth, lists);
    if (open || key === '*') {
      lists.push([UNKNOWN]);
    }
    return lists.length > 0 ? union(lists) : [OTHER];
  }

  /** The writes of a list stored under `key` (and those whose key could not be folded). */
  private keyedWrites(list: KeyedWrite[] | undefined, key: string, depth: number): KeyedWrite[] {
    if (!list || list.length === 0) {
      return [];
    }
    let index = this.keyedIndex.get(list);
    if (!index) {
      index = new Map();
      this.keyedIndex.set(list, index);
      for (const write of list) {
        for (const k of this.keysAt(write.key, depth) ?? ['*']) {
          const bucket = index.get(k);
          if (bucket) {
            bucket.push(write);
          } else {
            index.set(k, [write]);
          }
        }
      }
    }
    if (key === '*') {
      return list;
    }
    return [...(index.get(key) ?? []), ...(index.get('*') ?? [])];
  }

  /** What the file writes into an object's binding under `key`: assignments, defineProperty, Object.assign. */
  private writtenMembers(binding: Binding | undefined, key: string, depth: number, lists: Value[][]): void {
    if (!binding) {
      return;
    }
    const defs: Def[] = [...(binding.propWrites?.get(key) ?? [])];
    for (const write of this.keyedWrites(binding.keyedWrites, key, depth)) {
      defs.push(write.def);
    }
    if (key === '*') {
      for (const list of binding.propWrites?.values() ?? []) {
        defs.push(...list);
      }
    }
    for (const def of defs) {
      if (def.kind === 'init') {
        lists.push(this.evaluate(def.expr, depth).map((v) => withTrace(v, def.node)));
      } else if (def.kind === 'getter') {
        lists.push(this.returnsOf(def.fn, depth).map((v) => withTrace(v, def.node)));
      }
    }
    for (const source of binding.merged ?? []) {
      lists.push(
        union(this.evaluate(source, depth).map((v) => this.member(v, key, depth))).filter((v) => v.kind !== 'other' || key === '*'),
      );
    }
  }

  /** Members of the objects Airlock models beyond literals (see the `shape` of an `obj` value). */
  private shapedMember(value: Extract<Value, { kind: 'obj' }>, key: string, depth: number): Value[] {
    const parts = value.parts ?? [];
    const lists: Value[][] = [];
    switch (value.shape) {
      case 'merge':
        // `Object.assign(target, ...sources)`: every argument's properties.
        for (const part of parts) {
          lists.push(
            union(this.evaluate(part, depth).map((v) => this.member(v, key, depth))).filter((v) => v.kind !== 'other' || key === '*'),
          );
        }
        break;
      case 'entries':
        lists.push(...this.entryValues(parts[0], key, depth));
        break;
      case 'map':
        return key === 'constructor'
          ? [globalRef('Map')]
          : [{ kind: 'ref', module: undefined, path: ['Map', 'prototype', key], trace: value.trace }];
      case 'proxy': {
        // A `get` trap decides every read: what it returns, or the target's member when it forwards.
        const [target, handler] = parts;
        let trapped = false;
        for (const h of this.evaluate(handler, depth)) {
          for (const trap of h.kind === 'obj' ? this.member(h, 'get', depth) : []) {
            if (trap.kind === 'fn') {
              trapped = true;
              lists.push(this.trapReturns(trap.node, key, depth));
            }
          }
        }
        if (!trapped) {
          lists.push(union(this.evaluate(target, depth).map((v) => this.member(v, key, depth))));
        }
        break;
      }
      default:
        break;
    }
    this.writtenMembers(value.binding, key, depth, lists);
    return lists.length > 0 ? union(lists) : [OTHER];
  }

  /**
   * What a Proxy `get(target, property)` trap returns for `key`. A trap that forwards
   * (`obj[property]`, `Reflect.get(obj, property)`) gives `obj[key]`.
   */
  private trapReturns(trap: Node, key: string, depth: number): Value[] {
    const params = (trap as TSESTree.FunctionExpression).params;
    const property = params[1]?.type === 'Identifier' ? params[1].name : undefined;
    const isProperty = (n: Node | undefined): boolean => property !== undefined && n?.type === 'Identifier' && n.name === property;
    const out: Value[][] = [];
    for (const r of this.model.returns.get(trap) ?? []) {
      const expr = unwrap(r);
      if (expr.type === 'MemberExpression' && expr.computed && isProperty(expr.property)) {
        out.push(union(this.evaluate(expr.object, depth).map((v) => this.member(v, key, depth))));
      } else if (
        expr.type === 'CallExpression' &&
        isProperty(expr.arguments[1]) &&
        expr.arguments[0] &&
        this.evaluate(expr.callee, depth).some((v) => v.kind === 'ref' && isGlobal(v, 'Reflect', 'get'))
      ) {
        out.push(union(this.evaluate(expr.arguments[0], depth).map((v) => this.member(v, key, depth))));
      } else {
        out.push(this.evaluate(r, depth));
      }
    }
    return out.length > 0 ? union(out) : [OTHER];
  }

  /** The values stored under `key` in a literal list of `[key, value]` pairs (`Object.fromEntries`, `new Map`). */
  private entryValues(list: Node | undefined, key: string, depth: number): Value[][] {
    if (!list) {
      return [];
    }
    const out: Value[][] = [];
    for (const value of this.evaluate(list, depth)) {
      const items = value.kind === 'arr' ? this.arrayItems(value, depth) : undefined;
      if (!items) {
        out.push([UNKNOWN]);
        continue;
      }
      for (const item of items) {
        for (const pair of item) {
          const kv = pair.kind === 'arr' ? this.arrayItems(pair, depth) : undefined;
          if (!kv || kv.length < 2) {
            out.push([UNKNOWN]);
            continue;
          }
          const keys = kv[0].map((k) => (k.kind === 'str' || k.kind === 'num' ? String(k.value) : k.kind === 'sym' ? k.key : '*'));
          if (key === '*' || keys.includes(key) || keys.includes('*')) {
            out.push(kv[1]);
          }
        }
      }
    }
    return out;
  }

  /** `map.get(key)` for a Map built in the file: its initial entries and what `set` stored. */
  private mapGet(map: Extract<Value, { kind: 'obj' }>, keyNode: Node | undefined, depth: number): Value[] {
    const keys = keyNode ? (this.keysAt(keyNode, depth) ?? ['*']) : ['*'];
    const lists: Value[][] = [];
    for (const key of keys) {
      lists.push(...this.entryValues(map.parts?.[0], key, depth));
      for (const write of this.keyedWrites(map.binding?.mapWrites, key, depth)) {
        if (write.def.kind === 'init') {
          lists.push(this.evaluate(write.def.expr, depth).map((v) => withTrace(v, write.def.node)));
        }
      }
    }
    return lists.length > 0 ? union(lists) : [OTHER];
  }

  private arrayItems(value: Extract<Value, { kind: 'arr' }>, depth: number): readonly Value[][] | undefined {
    if (value.items) {
      return value.items;
    }
    const node = value.node as TSESTree.ArrayExpression | undefined;
    if (!node || node.elements.length > MAX_FOLD_ITEMS) {
      return undefined;
    }
    if (!node.elements.some((e) => e?.type === 'SpreadElement')) {
      return node.elements.map((e) => (e ? this.evaluate(e, depth) : [OTHER]));
    }
    // `[...'abc']`, `[...CODES, 1]`: spreads of a constant string or array are unpacked.
    const items: Value[][] = [];
    for (const e of node.elements) {
      if (e?.type !== 'SpreadElement') {
        items.push(e ? this.evaluate(e, depth) : [OTHER]);
        continue;
      }
      const spread = this.evaluate(e.argument, depth);
      if (spread.length !== 1) {
        return undefined;
      }
      const only = spread[0];
      if (only.kind === 'str' && only.value.length <= MAX_FOLD_ITEMS) {
        items.push(...[...only.value].map((ch): Value[] => [{ kind: 'str', value: ch }]));
      } else if (only.kind === 'arr') {
        const inner = this.arrayItems(only, depth);
        if (!inner) {
          return undefined;
        }
        items.push(...inner);
      } else {
        return undefined;
      }
      if (items.length > MAX_FOLD_ITEMS) {
        return undefined;
      }
    }
    return items;
  }

  private returnsOf(fn: Node, depth: number): Value[] {
    if ((fn as TSESTree.FunctionExpression).generator) {
      // A generator's result is iterated: any value it yields.
      const yields = this.model.yields.get(fn) ?? [];
      return [{ kind: 'arr', items: [yields.length > 0 ? union(yields.map((y) => this.evaluate(y, depth))) : [OTHER]] }];
    }
    const returns = this.model.returns.get(fn);
    if (!returns) {
      return [OTHER];
    }
    return union(returns.map((r) => this.evaluate(r, depth)));
  }

  private call(node: TSESTree.CallExpression, depth: number): Value[] {
    const callee = unwrap(node.callee);
    const lists: Value[][] = [];
    let generic = true;
    if (callee.type === 'MemberExpression') {
      const key = staticKey(callee);
      if (key !== undefined && FOLDABLE_METHODS.has(key)) {
        const objects = this.evaluate(callee.object, depth);
        const rest = objects.filter((o) => o.kind !== 'str' && o.kind !== 'arr' && o.kind !== 'bytes' && !this.ownSource(o, key));
        for (const o of objects) {
          if (o.kind === 'str' || o.kind === 'arr' || o.kind === 'bytes') {
            lists.push([this.foldMethod(o, key, node.arguments, depth)]);
          } else if (node.arguments.length === 0 && this.ownSource(o, key)) {
            // `fn.toString()` is the function's text as written, comments included: code can hide in them.
            const [start, end] = (o as { node: Node }).node.range;
            lists.push([{ kind: 'str', value: (this.source as string).slice(start, end) }]);
          }
        }
        generic = rest.length > 0;
      } else if (key === 'then' && isFunctionNode(node.arguments[0])) {
        // A promise chain: `.then(fn)` settles to what fn returns (its parameter is the value before).
        return this.returnsOf(node.arguments[0], depth);
      } else if (key === 'map' && isFunctionNode(node.arguments[0])) {
        const mapped = this.evaluate(callee.object, depth).map((o) =>
          o.kind === 'arr' ? this.mapItems(o, node.arguments[0] as Node, depth) : UNKNOWN,
        );
        return union([mapped]);
      } else if (key === 'bind') {
        return this.evaluate(callee.object, depth);
      } else if ((key === 'call' || key === 'apply') && this.isBind(callee.object, depth)) {
        // `Function.prototype.bind.call(fn, thisArg)`: fn, bound.
        const fn = node.arguments[0];
        return fn && fn.type !== 'SpreadElement' ? this.evaluate(fn, depth) : [UNKNOWN];
      } else if (key === 'get' && node.arguments.length === 1 && node.arguments[0].type !== 'SpreadElement') {
        const objects = this.evaluate(callee.object, depth);
        for (const o of objects) {
          if (o.kind === 'obj' && o.shape === 'map') {
            lists.push(this.mapGet(o, node.arguments[0], depth));
          }
        }
        generic = objects.some((o) => o.kind !== 'obj' || o.shape !== 'map');
      }
    }
    if (generic) {
      const [first, second] = node.arguments;
      if (
        first &&
        second &&
        second.type !== 'SpreadElement' &&
        this.evaluate(callee, depth).some((v) => v.kind === 'ref' && isGlobal(v, 'Reflect', 'apply')) &&
        this.isBind(first, depth)
      ) {
        // `Reflect.apply(Function.prototype.bind, fn, [thisArg])`: fn, bound.
        return this.evaluate(second, depth);
      }
      const { targets, args } = this.targetsOf(node, depth);
      for (const target of targets) {
        lists.push(this.callResult(target, args, depth, node));
      }
    }
    return union(lists);
  }

  /**
   * `[...].map((x) => expr)` over constant items, with `expr` folded for each item by a small
   * evaluator of constant expressions (arithmetic, char codes, string methods). Never runs anything.
   */
  private mapItems(array: Extract<Value, { kind: 'arr' }>, fn: Node, depth: number): Value {
    const items = this.arrayItems(array, depth);
    if (!items || items.length > MAX_FOLD_ITEMS) {
      return UNKNOWN;
    }
    const out: Value[][] = [];
    for (const [index, item] of items.entries()) {
      if (item.length !== 1 || (item[0].kind !== 'str' && item[0].kind !== 'num')) {
        return UNKNOWN;
      }
      const value = this.applyConst(fn, [item[0].value, index], depth);
      if (value === undefined) {
        return UNKNOWN;
      }
      out.push([typeof value === 'string' ? str(value) : { kind: 'num', value }]);
    }
    return { kind: 'arr', items: out };
  }

  /**
   * A module-loading wrapper called with constants: `builtin('child_process')` where
   * `const builtin = (id) => process.getBuiltinModule('node:' + id)` (or `require(name)`,
   * `import(name)`) is the module the wrapper loads. Undefined for any other function, or when the
   * name does not fold.
   */
  private wrappedLoad(fn: Node, args: readonly Node[], depth: number): Value[] | undefined {
    let body = returnedExpression(fn);
    if (body?.type === 'AwaitExpression') {
      body = body.argument;
    }
    let source: Node | undefined;
    if (body?.type === 'ImportExpression') {
      source = body.source;
    } else if (body?.type === 'CallExpression' && body.arguments[0] && body.arguments[0].type !== 'SpreadElement') {
      const loader = this.evaluate(body.callee, depth).some((v) => v.kind === 'ref' && isRequireRef(v));
      source = loader ? body.arguments[0] : undefined;
    }
    if (!source) {
      return undefined;
    }
    const constants = args.map((a) => {
      const values = a.type === 'SpreadElement' ? [] : this.evaluate(a, depth);
      return values.length === 1 && (values[0].kind === 'str' || values[0].kind === 'num') ? values[0].value : undefined;
    });
    const name = this.applyConst(fn, constants, depth, source);
    return typeof name === 'string' ? [moduleRef(name)] : undefined;
  }

  /**
   * The constant a one-expression function returns for constant arguments (or, given `body`, the
   * constant that expression of the function folds to), or undefined.
   */
  private applyConst(
    fn: Node,
    args: readonly (string | number | undefined)[],
    depth: number,
    body: Node | undefined = returnedExpression(fn),
  ): string | number | undefined {
    if (!body || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration')) {
      return undefined;
    }
    const env = new Map<string, string | number>();
    fn.params.forEach((p, i) => {
      const arg = args[i];
      if (p.type === 'Identifier' && arg !== undefined) {
        env.set(p.name, arg);
      }
    });
    let budget = 200;
    const fold = (node: Node): string | number | undefined => {
      if (--budget < 0) {
        return undefined;
      }
      switch (node.type) {
        case 'Literal':
          return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
        case 'Identifier': {
          if (env.has(node.name)) {
            return env.get(node.name);
          }
          const values = this.evaluate(node, depth);
          return values.length === 1 && (values[0].kind === 'str' || values[0].kind === 'num') ? values[0].value : undefined;
        }
        case 'TemplateLiteral': {
          let out = node.quasis[0]?.value.cooked ?? '';
          for (const [i, expr] of node.expressions.entries()) {
            const part = fold(expr);
            if (part === undefined) {
              return undefined;
            }
            out += String(part) + (node.quasis[i + 1]?.value.cooked ?? '');
          }
          return out;
        }
        case 'UnaryExpression': {
          const v = fold(node.argument);
          return typeof v !== 'number'
            ? undefined
            : node.operator === '-'
              ? -v
              : node.operator === '~'
                ? ~v
                : node.operator === '+'
                  ? v
                  : undefined;
        }
        case 'BinaryExpression': {
          const a = node.left.type === 'PrivateIdentifier' ? undefined : fold(node.left);
          const b = fold(node.right);
          if (a === undefined || b === undefined || !FOLDABLE_OPERATORS.has(node.operator)) {
            return undefined;
          }
          const folded = foldBinary(node.operator, constant(a), constant(b));
          return folded.kind === 'str' || folded.kind === 'num' ? folded.value : undefined;
        }
        case 'CallExpression': {
          const callee = unwrap(node.callee);
          const args = node.arguments.map((a) => (a.type === 'SpreadElement' ? undefined : fold(a)));
          if (args.some((a) => a === undefined)) {
            return undefined;
          }
          if (callee.type === 'MemberExpression') {
            const method = staticKey(callee);
            const target = this.evaluate(callee.object, depth);
            if (target.some((v) => v.kind === 'ref' && (isGlobal(v, 'String') || isGlobal(v, 'globalThis', 'String')))) {
              const codes = args as number[];
              if (!codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 0x10ffff)) {
                return undefined;
              }
              return method === 'fromCharCode'
                ? String.fromCharCode(...codes.map((c) => c & 0xffff))
                : method === 'fromCodePoint'
                  ? String.fromCodePoint(...codes)
                  : undefined;
            }
            const self = fold(callee.object);
            if (typeof self === 'string') {
              const n = typeof args[0] === 'number' ? args[0] : 0;
              switch (method) {
                case 'charCodeAt':
                  return self.charCodeAt(n);
                case 'codePointAt':
                  return self.codePointAt(n);
                case 'toUpperCase':
                  return self.toUpperCase();
                case 'toLowerCase':
                  return self.toLowerCase();
                case 'toString':
                  return self;
                case 'padStart':
                case 'padEnd': {
                  const fill = typeof args[1] === 'string' ? args[1] : ' ';
                  if (n > MAX_STRING) {
                    return undefined;
                  }
                  return method === 'padStart' ? self.padStart(n, fill) : self.padEnd(n, fill);
                }
                default:
                  return undefined;
              }
            }
            if (typeof self === 'number' && method === 'toString') {
              const radix = typeof args[0] === 'number' ? args[0] : 10;
              return Number.isInteger(radix) && radix >= 2 && radix <= 36 ? self.toString(radix) : undefined;
            }
          }
          return undefined;
        }
        default:
          return undefined;
      }
    };
    const result = fold(body);
    return typeof result === 'string' && result.length > MAX_STRING ? undefined : result;
  }

  private isBind(node: Node, depth: number): boolean {
    return this.evaluate(node, depth).some((v) => v.kind === 'ref' && isGlobal(v, 'Function', 'prototype', 'bind'));
  }

  private callResult(target: Value, args: readonly Node[], depth: number, site?: Node): Value[] {
    if (target.kind === 'fn') {
      return this.wrappedLoad(target.node, args, depth) ?? this.returnsOf(target.node, depth);
    }
    if (target.kind !== 'ref') {
      return [UNKNOWN];
    }
    if (target.module === undefined && target.path.length === 1 && target.path[0] === GLOBAL_GETTER) {
      return [{ kind: 'ref', module: undefined, path: [], trace: target.trace }];
    }
    if (target.module === undefined && isGlobal(target, 'Function') && args.length === 1) {
      // `Function('return this')` (or via `.constructor.constructor`): a function returning the global object.
      const body = this.stringsAt(args[0], depth);
      if (body && body.every((b) => /^\s*return\s+(this|globalThis|global|window|self)\s*;?\s*$/.test(b))) {
        return [{ kind: 'ref', module: undefined, path: [GLOBAL_GETTER], trace: target.trace }];
      }
    }
    if (isRequireRef(target)) {
      const names = args[0] ? this.stringsAt(args[0], depth) : undefined;
      return names ? names.map((n) => withTrace(moduleRef(n), ...(target.trace ?? []))) : [UNKNOWN];
    }
    if (target.module === undefined) {
      const name = target.path.join('.');
      switch (name) {
        case 'String.fromCharCode':
        case 'String.fromCodePoint':
          return this.fromCodes(args, depth, name.endsWith('Point'));
        case 'atob':
          return this.mapStrings(args[0], depth, (s) => decodeBase64(s, 'latin1'));
        case 'decodeURIComponent':
        case 'decodeURI':
        case 'unescape':
          return this.mapStrings(args[0], depth, (s) => safeDecode(s, name));
        case 'String':
          return args[0] ? this.mapStrings(args[0], depth, (s) => s) : [{ kind: 'str', value: '' }];
        case 'Buffer.from':
          return this.bufferFrom(args, depth);
        case 'Array.from': {
          // `Array.from('abc', (c) => ...)`: a string's characters, mapped like `.map`.
          const fn = args[1];
          const sources = args[0] ? this.evaluate(args[0], depth) : [];
          return sources.map((v) => {
            const array: Value =
              v.kind === 'str' && v.value.length <= MAX_FOLD_ITEMS ? { kind: 'arr', items: Array.from(v.value, (c) => [str(c)]) } : v;
            if (array.kind !== 'arr') {
              return UNKNOWN;
            }
            return isFunctionNode(fn) ? this.mapItems(array, fn, depth) : array;
          });
        }
        case 'Object.getPrototypeOf':
        case 'Reflect.getPrototypeOf':
          return args[0] ? union([this.evaluate(args[0], depth).map(prototypeOf)]) : [UNKNOWN];
        case 'Symbol':
          // Each call makes a new symbol: its call site names it.
          return site ? [{ kind: 'sym', key: `@@symbol:${site.range[0]}` }] : [UNKNOWN];
        case 'Symbol.for': {
          const names = args[0] ? this.stringsAt(args[0], depth) : undefined;
          return names ? names.map((n) => ({ kind: 'sym', key: `@@symbol.for:${n}` })) : [UNKNOWN];
        }
        case 'Object.assign':
          return site ? [{ kind: 'obj', node: site, shape: 'merge', parts: args.filter((a) => a.type !== 'SpreadElement') }] : [UNKNOWN];
        case 'Object.fromEntries':
          return args[0] ? [{ kind: 'obj', node: args[0], shape: 'entries', parts: [args[0]] }] : [UNKNOWN];
        case 'Promise.resolve':
          // The promise resolves to the value: `.then(cb)` gives it to cb.
          return args[0] ? this.evaluate(args[0], depth) : [OTHER];
        case 'Reflect.get': {
          const keys = args[1] ? this.keysAt(args[1], depth) : undefined;
          if (!args[0] || !keys) {
            return [UNKNOWN];
          }
          const objects = this.evaluate(args[0], depth);
          return union(objects.flatMap((o) => keys.map((k) => this.member(o, k, depth))));
        }
        default:
          break;
      }
    }
    if (target.module === 'buffer' && target.path.join('.') === 'Buffer.from') {
      return this.bufferFrom(args, depth);
    }
    if (target.module === 'module' && target.path.length === 1 && target.path[0] === 'createRequire') {
      return [globalRef('require')];
    }
    return [extend(target, '()')];
  }

  private mapStrings(arg: Node | undefined, depth: number, f: (s: string) => string | undefined): Value[] {
    const strings = arg ? this.stringsAt(arg, depth) : undefined;
    if (!strings) {
      return [UNKNOWN];
    }
    return strings.map((s) => {
      const out = f(s);
      return out === undefined ? UNKNOWN : { kind: 'str', value: out };
    });
  }

  private fromCodes(args: readonly Node[], depth: number, codePoint: boolean): Value[] {
    if (args.length > MAX_STRING) {
      return [UNKNOWN];
    }
    let out = '';
    const codes: Value[][] | undefined =
      args.length === 1 && args[0].type === 'SpreadElement' ? this.spreadValues(args[0], depth) : args.map((a) => this.evaluate(a, depth));
    for (const values of codes ?? []) {
      if (values.length !== 1 || values[0].kind !== 'num') {
        return [UNKNOWN];
      }
      const code = values[0].value;
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) {
        return [UNKNOWN];
      }
      out += codePoint ? String.fromCodePoint(code) : String.fromCharCode(code & 0xffff);
    }
    return codes ? [{ kind: 'str', value: out }] : [UNKNOWN];
  }

  /** The items of `...x` when x is a constant array (inline or held in a constant). */
  private spreadValues(node: TSESTree.SpreadElement, depth: number): Value[][] | undefined {
    const values = this.evaluate(node.argument, depth);
    if (values.length !== 1 || values[0].kind !== 'arr') {
      return undefined;
    }
    const items = this.arrayItems(values[0], depth);
    return items ? [...items] : undefined;
  }

  private bufferFrom(args: readonly Node[], depth: number): Value[] {
    const encodings = args[1] ? this.stringsAt(args[1], depth) : ['utf8'];
    const data = args[0] ? this.stringsAt(args[0], depth) : undefined;
    if (!encodings || !data) {
      if (args[0]?.type === 'ArrayExpression') {
        const items = this.arrayItems({ kind: 'arr', items: undefined, node: args[0] }, depth);
        const codes = items?.map((i) => (i.length === 1 && i[0].kind === 'num' ? i[0].value : NaN));
        if (codes && codes.every((c) => Number.isInteger(c))) {
          return [{ kind: 'bytes', value: String.fromCharCode(...codes.map((c) => c & 0xff)) }];
        }
      }
      return [UNKNOWN];
    }
    const out: Value[] = [];
    for (const enc of encodings) {
      for (const s of data) {
        const bytes = decodeBuffer(s, enc.toLowerCase());
        out.push(bytes === undefined ? UNKNOWN : { kind: 'bytes', value: bytes });
      }
    }
    return union([out]);
  }

  /** Whether `fn.toString()` on this value folds to the function's own text (a function of this file, not too long). */
  private ownSource(value: Value, method: string): boolean {
    if (method !== 'toString' || value.kind !== 'fn' || this.source === undefined) {
      return false;
    }
    const type = value.node.type;
    const fn = type === 'FunctionDeclaration' || type === 'FunctionExpression' || type === 'ArrowFunctionExpression';
    return fn && value.node.range[1] - value.node.range[0] <= MAX_STRING && value.node.range[1] <= this.source.length;
  }

  private foldMethod(object: Value, method: string, args: readonly Node[], depth: number): Value {
    const argStrings = (i: number): string | undefined => {
      const s = args[i] ? this.stringsAt(args[i], depth) : undefined;
      return s && s.length === 1 ? s[0] : undefined;
    };
    const argNumber = (i: number, fallback: number | undefined): number | undefined => {
      if (!args[i]) {
        return fallback;
      }
      const v = this.evaluate(args[i], depth);
      return v.length === 1 && v[0].kind === 'num' ? v[0].value : undefined;
    };
    if (object.kind === 'bytes') {
      if (method === 'toString') {
        const enc = args[0] ? argStrings(0) : 'utf8';
        return enc === undefined ? UNKNOWN : str(encodeBytes(object.value, enc.toLowerCase()));
      }
      return UNKNOWN;
    }
    if (object.kind === 'arr') {
      const items = this.arrayItems(object, depth);
      if (!items) {
        return UNKNOWN;
      }
      switch (method) {
        case 'join': {
          const sep = args[0] ? argStrings(0) : ',';
          if (sep === undefined) {
            return UNKNOWN;
          }
          const parts: string[] = [];
          for (const item of items) {
            if (item.length !== 1 || (item[0].kind !== 'str' && item[0].kind !== 'num')) {
              return UNKNOWN;
            }
            parts.push(String(item[0].value));
          }
          return str(parts.join(sep));
        }
        case 'reverse':
          return { kind: 'arr', items: [...items].reverse() };
        case 'concat':
          return UNKNOWN;
        case 'slice': {
          const a = argNumber(0, 0);
          const b = argNumber(1, items.length);
          return a === undefined || b === undefined ? UNKNOWN : { kind: 'arr', items: items.slice(a, b) };
        }
        default:
          return UNKNOWN;
      }
    }
    if (object.kind !== 'str') {
      return UNKNOWN;
    }
    const s = object.value;
    switch (method) {
      case 'split': {
        const sep = argStrings(0);
        if (sep === undefined || s.length > MAX_FOLD_ITEMS * 8) {
          return UNKNOWN;
        }
        return { kind: 'arr', items: s.split(sep).map((part) => [str(part)]) };
      }
      case 'toLowerCase':
      case 'toLocaleLowerCase':
        return str(s.toLowerCase());
      case 'toUpperCase':
      case 'toLocaleUpperCase':
        return str(s.toUpperCase());
      case 'trim':
        return str(s.trim());
      case 'trimStart':
        return str(s.trimStart());
      case 'trimEnd':
        return str(s.trimEnd());
      case 'toString':
      case 'valueOf':
      case 'normalize':
        return str(s);
      case 'concat': {
        let out = s;
        for (let i = 0; i < args.length; i++) {
          const part = argStrings(i);
          if (part === undefined) {
            return UNKNOWN;
          }
          out += part;
        }
        return str(out);
      }
      case 'replace':
      case 'replaceAll': {
        const from = argStrings(0);
        const to = argStrings(1);
        if (from === undefined || to === undefined) {
          return UNKNOWN;
        }
        return str(method === 'replace' ? s.replace(from, () => to) : s.split(from).join(to));
      }
      case 'slice':
      case 'substring':
      case 'substr': {
        const a = argNumber(0, 0);
        const b = argNumber(1, undefined);
        if (a === undefined || (args[1] && b === undefined)) {
          return UNKNOWN;
        }
        return str(method === 'slice' ? s.slice(a, b) : method === 'substring' ? s.substring(a, b) : s.substr(a, b));
      }
      case 'charAt':
      case 'at': {
        const i = argNumber(0, 0);
        return i === undefined ? UNKNOWN : str((method === 'at' ? s.at(i) : s.charAt(i)) ?? '');
      }
      case 'repeat': {
        const n = argNumber(0, 0);
        return n === undefined || n < 0 || n * s.length > MAX_STRING ? UNKNOWN : str(s.repeat(n));
      }
      case 'padStart':
      case 'padEnd': {
        const n = argNumber(0, 0);
        const fill = args[1] ? argStrings(1) : ' ';
        if (n === undefined || fill === undefined || n > MAX_STRING) {
          return UNKNOWN;
        }
        return str(method === 'padStart' ? s.padStart(n, fill) : s.padEnd(n, fill));
      }
      default:
        return UNKNOWN;
    }
  }
}

/** The path of `Function('return this')`: calling it gives the global object. */
const GLOBAL_GETTER = '$returnsGlobal';

const FOLDABLE_METHODS = new Set([
  'join',
  'reverse',
  'slice',
  'split',
  'toLowerCase',
  'toLocaleLowerCase',
  'toUpperCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'valueOf',
  'normalize',
  'concat',
  'replace',
  'replaceAll',
  'substring',
  'substr',
  'charAt',
  'at',
  'repeat',
  'padStart',
  'padEnd',
]);

function str(value: string): Value {
  return value.length > MAX_STRING ? UNKNOWN : { kind: 'str', value };
}

export function globalRef(name: string): RefValue {
  return GLOBAL_ROOTS.has(name) ? { kind: 'ref', module: undefined, path: [] } : { kind: 'ref', module: undefined, path: [name] };
}

/** Built-in modules that are the globals of the same name: `require('process').binding` is `process.binding`. */
const GLOBAL_MODULES: Record<string, readonly string[]> = {
  process: ['process'],
  console: ['console'],
  timers: [],
  buffer: [],
};

export function moduleRef(name: string): RefValue {
  return moduleMember(normalizeModule(name), []);
}

function moduleMember(module: string, path: readonly string[]): RefValue {
  const global = GLOBAL_MODULES[module];
  if (global) {
    const full = [...global, ...path];
    return full.length === 0 ? { kind: 'ref', module, path } : { kind: 'ref', module: undefined, path: full };
  }
  return { kind: 'ref', module, path };
}

function extend(ref: RefValue, key: string): RefValue {
  if (ref.path.length >= MAX_PATH) {
    return ref;
  }
  return { kind: 'ref', module: ref.module, path: [...ref.path, key], trace: ref.trace };
}

function functionCtor(from: Value): RefValue {
  return { kind: 'ref', module: undefined, path: ['Function'], via: 'constructor', trace: from.trace };
}

/** `ref[key]`, with the aliases the platform defines folded to one name. */
function refMember(ref: RefValue, key: string): Value {
  const { module, path } = ref;
  if (module === undefined && path.length === 0 && GLOBAL_ROOTS.has(key)) {
    return ref;
  }
  if (key === 'constructor') {
    if (path[path.length - 1] === 'prototype') {
      return { kind: 'ref', module, path: path.slice(0, -1), via: 'constructor', trace: ref.trace };
    }
    const name = path.join('.');
    if (module === undefined && (name === 'module' || name === 'process.mainModule' || name === 'require.main')) {
      // A module object's constructor is Node's Module class: the same object as `require('module')`.
      return { kind: 'ref', module: 'module', path: [], trace: ref.trace };
    }
    if (ref.via === 'constructor' || (module === undefined && isGlobalFunction(path))) {
      // Global functions and constructors (`eval`, `String`, `Array.prototype.fill`) are made by Function.
      return functionCtor(ref);
    }
    return { kind: 'ctor', trace: ref.trace };
  }
  if (module === 'module' && path.length === 0 && key === 'Module') {
    return ref;
  }
  if (module !== undefined && path.length === 0 && GLOBAL_MODULES[module]) {
    return moduleMember(module, [key]);
  }
  return extend(ref, key);
}

/** Global objects that are plain namespaces, not functions: their `.constructor` is Object. */
const NAMESPACES = new Set(['Math', 'JSON', 'Reflect', 'Atomics', 'Intl', 'WebAssembly']);

/** Lower-case global functions (constructors are recognized by their capital letter). */
const GLOBAL_FUNCTIONS = new Set([
  'eval',
  'require',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'fetch',
  'atob',
  'btoa',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'escape',
  'unescape',
  'encodeURI',
  'encodeURIComponent',
  'decodeURI',
  'decodeURIComponent',
  'structuredClone',
]);

/** Whether a global path names a function: a global function, a constructor, or a built-in method. */
function isGlobalFunction(path: readonly string[]): boolean {
  if (path.length === 1) {
    return GLOBAL_FUNCTIONS.has(path[0]) || (/^[A-Z]/.test(path[0]) && !NAMESPACES.has(path[0]));
  }
  return path.length === 3 && path[1] === 'prototype' && /^[A-Z]/.test(path[0]);
}

const BUILTIN_PROTOTYPES: Record<string, object> = {
  String: String.prototype,
  Number: Number.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
};

/** Whether `key` names a method of a built-in prototype (names only are read; nothing is called). */
function isBuiltinMethod(ctor: string, key: string): boolean {
  const proto = BUILTIN_PROTOTYPES[ctor];
  if (key === 'constructor' || !Object.prototype.hasOwnProperty.call(proto, key)) {
    return false;
  }
  const descriptor = Object.getOwnPropertyDescriptor(proto, key);
  return typeof descriptor?.value === 'function';
}

function prototypeOf(value: Value): Value {
  const proto = (ctor: string): Value => ({ kind: 'ref', module: undefined, path: [ctor, 'prototype'], trace: value.trace });
  switch (value.kind) {
    case 'ref':
      return value.module === undefined && isGlobalFunction(value.path) ? proto('Function') : UNKNOWN;
    case 'fn':
      return proto('Function');
    case 'str':
      return proto('String');
    case 'num':
      return proto('Number');
    case 'arr':
      return proto('Array');
    case 'obj':
      return proto('Object');
    default:
      return UNKNOWN;
  }
}

export function isRequireRef(ref: RefValue): boolean {
  if (ref.module !== undefined) {
    return false;
  }
  const name = ref.path.join('.');
  return (
    name === 'require' ||
    name === 'module.require' ||
    name === 'require.main.require' ||
    name === 'process.mainModule.require' ||
    name === 'process.getBuiltinModule' ||
    name === '__non_webpack_require__'
  );
}

function withTrace(value: Value, ...nodes: Node[]): Value {
  if (value.kind === 'other' || nodes.length === 0) {
    return value;
  }
  const trace = [...nodes, ...(value.trace ?? [])].slice(0, MAX_TRACE);
  return { ...value, trace };
}

export function union(lists: Value[][]): Value[] {
  if (lists.length === 1 && lists[0].length <= MAX_UNION) {
    return lists[0];
  }
  const out: Value[] = [];
  for (const list of lists) {
    for (const value of list) {
      if (out.some((o) => sameValue(o, value))) {
        continue;
      }
      if (out.length >= MAX_UNION) {
        if (!out.some((o) => o.kind === 'unknown')) {
          out.push(UNKNOWN);
        }
        return out;
      }
      out.push(value);
    }
  }
  return out.length > 0 ? out : [UNKNOWN];
}

function foldBinary(op: string, a: Value, b: Value): Value {
  if (
    op === '+' &&
    (a.kind === 'str' || b.kind === 'str') &&
    (a.kind === 'str' || a.kind === 'num') &&
    (b.kind === 'str' || b.kind === 'num')
  ) {
    return str(String(a.value) + String(b.value));
  }
  if (a.kind !== 'num' || b.kind !== 'num') {
    return UNKNOWN;
  }
  const x = a.value;
  const y = b.value;
  const result: Record<string, () => number> = {
    '+': () => x + y,
    '-': () => x - y,
    '*': () => x * y,
    '/': () => x / y,
    '%': () => x % y,
    '|': () => x | y,
    '&': () => x & y,
    '^': () => x ^ y,
    '<<': () => x << y,
    '>>': () => x >> y,
    '>>>': () => x >>> y,
    '**': () => x ** y,
  };
  return { kind: 'num', value: result[op]() };
}

/** The one expression a function returns: an arrow's expression body, or a body of a single `return`. */
function returnedExpression(fn: Node): Node | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') {
    return undefined;
  }
  const body: Node | null | undefined = fn.body;
  if (body?.type !== 'BlockStatement') {
    return body ?? undefined;
  }
  const only = body.body.length === 1 ? body.body[0] : undefined;
  return only?.type === 'ReturnStatement' ? (only.argument ?? undefined) : undefined;
}

function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === 'ChainExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSAsExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'TSSatisfiesExpression'
  ) {
    current = current.expression;
  }
  return current;
}

function spreadArray(node: Node | undefined): Node[] {
  if (node?.type === 'ArrayExpression') {
    return node.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== 'SpreadElement');
  }
  return [];
}

/** Whether `this` here is the global object (not inside a function or class). */
function isTopLevel(node: Node): boolean {
  let current = node.parent;
  while (current) {
    switch (current.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ClassBody':
      case 'PropertyDefinition':
        return false;
      default:
        current = current.parent;
    }
  }
  return true;
}

const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;

function decodeBase64(s: string, as: 'latin1' | 'utf8'): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.length > MAX_STRING * 2) {
    return undefined;
  }
  try {
    const binary = atob(clean.replace(/-/g, '+').replace(/_/g, '/'));
    return as === 'latin1' ? binary : utf8FromBinary(binary);
  } catch {
    return undefined;
  }
}

function utf8FromBinary(binary: string): string {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Decodes a Buffer.from(data, encoding) argument to a binary string (one char per byte). */
function decodeBuffer(data: string, encoding: string): string | undefined {
  switch (encoding) {
    case 'base64':
    case 'base64url':
      return decodeBase64(data, 'latin1');
    case 'hex': {
      if (!/^([0-9a-fA-F]{2})*$/.test(data)) {
        return undefined;
      }
      let out = '';
      for (let i = 0; i < data.length; i += 2) {
        out += String.fromCharCode(parseInt(data.slice(i, i + 2), 16));
      }
      return out;
    }
    case 'utf8':
    case 'utf-8': {
      const bytes = new TextEncoder().encode(data);
      let out = '';
      for (const b of bytes) {
        out += String.fromCharCode(b);
      }
      return out;
    }
    case 'latin1':
    case 'binary':
    case 'ascii':
      return data;
    default:
      return undefined;
  }
}

function encodeBytes(binary: string, encoding: string): string {
  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return utf8FromBinary(binary);
    case 'latin1':
    case 'binary':
    case 'ascii':
      return binary;
    case 'hex':
      return [...binary].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    case 'base64':
      return btoa(binary);
    default:
      return utf8FromBinary(binary);
  }
}

function safeDecode(s: string, how: string): string | undefined {
  try {
    return how === 'decodeURIComponent' ? decodeURIComponent(s) : how === 'decodeURI' ? decodeURI(s) : unescape(s);
  } catch {
    return undefined;
  }
}

/** The name of a class member key written plainly (`run`, `#run`, `'run'`). */
function memberName(key: Node): string | undefined {
  if (key.type === 'Identifier') {
    return key.name;
  }
  if (key.type === 'PrivateIdentifier') {
    return `#${key.name}`;
  }
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return undefined;
}

/** The class whose static member `this` is in (a static method, field or block), if any. */
function staticOwner(node: Node): Node | undefined {
  let current = node.parent;
  while (current) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const owner = current.parent;
      return owner?.type === 'MethodDefinition' && owner.static ? owner.parent?.parent : undefined;
    }
    if (current.type === 'PropertyDefinition' || current.type === 'StaticBlock') {
      return (current.type === 'StaticBlock' || current.static) && current.parent ? current.parent.parent : undefined;
    }
    if (current.type === 'ClassBody' || current.type === 'Program') {
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}

/** Whether `inner` lies within `outer`'s source range. */
function contains(outer: Node, inner: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** Modules whose functions run their argument as a command or as code. */
const FORWARDED_MODULES = new Set(['child_process', 'vm', 'worker_threads']);

function isForwardedSink(ref: RefValue): boolean {
  if (ref.module !== undefined) {
    return FORWARDED_MODULES.has(ref.module) && ref.path.length > 0 && !ref.path.includes('*');
  }
  return isGlobal(ref, 'eval') || isGlobal(ref, 'Function');
}

/**
 * The one call a function's whole body makes when it passes its own parameters on in place
 * (`(cmd) => execSync(cmd, { stdio })`, `function run(c, o) { return cp.exec(c, o); }`): the
 * first parameter is the call's first argument, and no parameter moves to another position.
 */
function forwardingCall(fn: Node): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') {
    return undefined;
  }
  let body: Node | null | undefined = fn.body;
  if (body?.type === 'BlockStatement') {
    const only = body.body.length === 1 ? body.body[0] : undefined;
    body = only?.type === 'ReturnStatement' ? only.argument : only?.type === 'ExpressionStatement' ? only.expression : undefined;
  }
  while (body && (body.type === 'AwaitExpression' || body.type === 'TSAsExpression' || body.type === 'TSNonNullExpression')) {
    body = body.type === 'AwaitExpression' ? body.argument : body.expression;
  }
  if (!body || (body.type !== 'CallExpression' && body.type !== 'NewExpression')) {
    return undefined;
  }
  const params = fn.params.map((p) =>
    p.type === 'Identifier' ? p.name : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left.name : undefined,
  );
  const first = body.arguments[0];
  if (params.length === 0 || params[0] === undefined || first?.type !== 'Identifier' || first.name !== params[0]) {
    return undefined;
  }
  for (const [i, arg] of body.arguments.entries()) {
    const at = arg.type === 'Identifier' ? params.indexOf(arg.name) : -1;
    if (at >= 0 && at !== i) {
      return undefined;
    }
  }
  return body;
}

function isFunctionNode(node: Node | undefined): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression';
}

/** Binary operators folded on constants (the others give `OTHER`). */
const FOLDABLE_OPERATORS = new Set(['+', '-', '*', '/', '%', '|', '&', '^', '<<', '>>', '>>>', '**']);

function constant(value: string | number): Value {
  return typeof value === 'string' ? str(value) : { kind: 'num', value };
}
