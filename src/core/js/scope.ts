/**
 * Scopes and bindings for name resolution. Flow-insensitive on purpose: a binding's value is
 * the union of everything ever assigned to it in the file, so reassignment cannot hide an alias.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';

export type Node = TSESTree.Node;

/** A step into a value: a property name, or a computed key that the evaluator folds later. */
export type PathKey = string | { computed: Node };

export type Def =
  /** `const x = expr` or a destructured piece of it (`path` walks into the value). */
  | { kind: 'init'; node: Node; expr: Node; path: readonly PathKey[]; fallback?: Node }
  /** `import x from 'm'`, `import { a as x } from 'm'`, `import x = require('m')`. */
  | { kind: 'import'; node: Node; module: string; path: readonly string[] }
  | { kind: 'function'; node: Node; fn: Node }
  /** A parameter: `index` of function `fn`; the evaluator knows a few callers (`promise.then(cb)`). */
  | { kind: 'param'; node: Node; fn: Node; index: number; path: readonly PathKey[] }
  /** A class declared in the file: `new` of it gives an instance whose `this.x` members are known. */
  | { kind: 'class'; node: Node; cls: Node }
  /** Known to be something, but nothing Airlock tracks (a class, a loop variable, a parameter). */
  | { kind: 'opaque'; node: Node }
  /** `x += expr` or `x = x + expr`: the binding's earlier values with `expr` appended. */
  | { kind: 'append'; node: Node; expr: Node }
  /** An implicit global also keeps its built-in meaning: `eval = x` does not stop `eval` being eval. */
  | { kind: 'global'; node: Node; name: string }
  /** A property defined with a getter (`Object.defineProperty(o, 'k', { get() {...} })`): what `fn` returns. */
  | { kind: 'getter'; node: Node; fn: Node };

/** A write whose key is computed (`o[KEY] = v`, `map.set(key, v)`): the evaluator folds `key` when asked. */
export interface KeyedWrite {
  key: Node;
  def: Def;
}

export class Binding {
  readonly defs: Def[] = [];
  /** Property writes (`obj.key = value`) seen on this binding, by constant key. */
  propWrites: Map<string, Def[]> | undefined;
  /** Property writes whose key is an expression (`obj[KEY] = value`), folded when the property is read. */
  keyedWrites: KeyedWrite[] | undefined;
  /** Objects merged into this one (`Object.assign(obj, src)`): their properties are this object's too. */
  merged: Node[] | undefined;
  /** Entries stored with `binding.set(key, value)` (a `Map`), read back with `binding.get(key)`. */
  mapWrites: KeyedWrite[] | undefined;

  constructor(
    readonly name: string,
    readonly kind: string,
  ) {}

  addPropWrite(key: string, def: Def): void {
    this.propWrites ??= new Map();
    const list = this.propWrites.get(key);
    if (list) {
      list.push(def);
    } else {
      this.propWrites.set(key, [def]);
    }
  }
}

export type ScopeKind = 'program' | 'function' | 'block' | 'catch' | 'class';

export class Scope {
  readonly vars = new Map<string, Binding>();

  constructor(
    readonly kind: ScopeKind,
    readonly node: Node,
    readonly parent: Scope | undefined,
  ) {}

  /** The scope `var` declarations land in. */
  get varScope(): Scope {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let scope: Scope = this;
    while (scope.kind !== 'function' && scope.kind !== 'program' && scope.parent) {
      scope = scope.parent;
    }
    return scope;
  }

  declare(name: string, kind: string): Binding {
    let binding = this.vars.get(name);
    if (!binding) {
      binding = new Binding(name, kind);
      this.vars.set(name, binding);
    }
    return binding;
  }

  lookup(name: string): Binding | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let scope: Scope | undefined = this;
    while (scope) {
      const binding = scope.vars.get(name);
      if (binding) {
        return binding;
      }
      scope = scope.parent;
    }
    return undefined;
  }
}
