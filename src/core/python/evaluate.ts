/**
 * What a Python expression can evaluate to, without running it: imports and their aliases
 * (`import x as y`, `from x import y as z`), `importlib.import_module('os')`, `__import__`,
 * `getattr(os, 'sys' + 'tem')`, `builtins`/`__builtins__` lookups, `sys.modules['os']`,
 * `globals()['eval']`, `vars(os)[...]`, `os.__dict__[...]`, attribute aliases
 * (`run = subprocess.run`), functions returning a capability, `self.x` set in a class, and
 * constant strings built from pieces (concatenation, `chr`, `join`, slicing, base64/hex/rot13).
 */
import { field, namedChildren, pythonName, type PyBinding, type PyModel, type PyScope } from './model';
import { numberValue, stringValue } from './literals';
import type { PyNode } from './tree';
import type { PyLinker } from './link';

export type PyValue =
  /** A module or something reached from one, by qualified name: `os.system`, `builtins.eval`,
   * `torch.Generator().manual_seed` (`()` marks a call result). */
  | { kind: 'ref'; name: string; trace: readonly PyNode[] }
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'none' }
  | { kind: 'fn'; node: PyNode }
  | { kind: 'class'; node: PyNode }
  | { kind: 'instance'; cls: PyNode }
  | { kind: 'seq'; items: readonly PyNode[] }
  /** An ordered sequence of constant strings: `map(chr, (115, 121, 115))`, `[chr(c) for c in codes]`. */
  | { kind: 'strs'; values: readonly string[] }
  | { kind: 'dict'; pairs: readonly (readonly [PyNode, PyNode])[] }
  /** `globals()`, `vars(x)`, `x.__dict__`: subscripting it looks a name up. */
  | { kind: 'namespace'; of: PyValue | 'module' }
  /** `operator.attrgetter('a.b')`: calling it on an object fetches those attributes. */
  | { kind: 'attrgetter'; names: readonly string[] }
  /** `operator.methodcaller('write_text', data)`: calling it on an object calls that method of it. */
  | { kind: 'methodcaller'; method: string; args: readonly PyNode[] }
  | { kind: 'unknown' };

export const PY_BUILTINS = new Set(
  (
    'abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex ' +
    'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals ' +
    'hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next ' +
    'object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum ' +
    'super tuple type vars zip __import__ __build_class__ __loader__ __spec__ __debug__'
  ).split(' '),
);

const MAX_DEPTH = 40;
const MAX_VALUES = 32;
const MAX_ITEMS = 4096;
/** Calls of local functions followed with their arguments, per file. */
const MAX_FRAMES = 500;
const UNKNOWN: PyValue = { kind: 'unknown' };

const DECODERS: Partial<Record<string, (s: string) => string | undefined>> = {
  'base64.b64decode': (s) => fromBase64(s),
  'base64.standard_b64decode': (s) => fromBase64(s),
  'base64.urlsafe_b64decode': (s) => fromBase64(s.replace(/-/g, '+').replace(/_/g, '/')),
  'base64.decodebytes': (s) => fromBase64(s),
  'base64.b16decode': (s) => fromHex(s),
  'base64.b32decode': (s) => fromBase32(s),
  'binascii.unhexlify': (s) => fromHex(s),
  'binascii.a2b_hex': (s) => fromHex(s),
  'binascii.a2b_base64': (s) => fromBase64(s),
  'bytes.fromhex': (s) => fromHex(s),
  'bytearray.fromhex': (s) => fromHex(s),
  'builtins.bytes.fromhex': (s) => fromHex(s),
  'builtins.bytearray.fromhex': (s) => fromHex(s),
};

export class PyEvaluator {
  private readonly cache = new Map<PyNode, PyValue[]>();
  private readonly refCache = new Map<PyNode, Extract<PyValue, { kind: 'ref' }>[]>();
  private readonly nameCache = new Map<PyNode, string[]>();
  private readonly active = new Set<PyNode>();
  private depth = 0;
  /** A name's values in a scope do not depend on where it is read (flow-insensitive): computed once. */
  private readonly nameMemo = new Map<PyBinding[], PyValue[]>();
  /** How often a cycle or the depth bound cut an answer short: answers computed meanwhile may be partial. */
  private cycles = 0;
  /**
   * A call of a function of this file being followed with its arguments (`backend('local')`): the
   * parameters read what the call passes. Answers inside that function depend on the call, so
   * they are not kept; one call is followed at a time, and only so many per file.
   */
  private frame?: { fn: PyNode; args: Map<PyNode, PyNode>; params: Set<PyNode> };
  private framesLeft = MAX_FRAMES;
  private readonly returnedMemo = new Map<PyNode, Set<PyNode>>();
  /** `__getattr__` forwards being followed (class and attribute), against a hook that forwards to itself. */
  private readonly forwarding = new Set<string>();

  constructor(
    private readonly model: PyModel,
    private readonly source: string,
    /** Other Python files of the same change, for names imported from them. */
    private readonly link?: { path: string; linker: PyLinker },
  ) {}

  /** Source text of a name, an operator or a number, normalized the way Python reads names. */
  text(node: PyNode): string {
    return pythonName(this.source.slice(node.start, node.end));
  }

  values(node: PyNode): PyValue[] {
    const framed = this.inFrame(node);
    const cached = framed ? undefined : this.cache.get(node);
    if (cached) {
      return cached;
    }
    if (this.active.has(node) || this.depth > MAX_DEPTH) {
      this.cycles++;
      return [UNKNOWN];
    }
    this.active.add(node);
    this.depth++;
    let result: PyValue[];
    try {
      result = dedupe(this.compute(node)).slice(0, MAX_VALUES);
    } finally {
      this.depth--;
      this.active.delete(node);
    }
    if (result.length === 0) {
      result = [UNKNOWN];
    }
    if (this.link) {
      result = this.linked(result, this.link);
    }
    if (!framed) {
      this.cache.set(node, result);
    }
    return result;
  }

  /**
   * What the decorators of a definition put in its place when they return a capability instead of
   * a wrapper (`def cached(fn): return subprocess.getoutput`): the name is then that capability.
   */
  private decoratedAs(definition: PyNode): PyValue[] {
    const parent = definition.parent;
    if (parent?.type !== 'decorated_definition') {
      return [];
    }
    const out: PyValue[] = [];
    for (const decorator of namedChildren(parent).filter((c) => c.type === 'decorator')) {
      const expression = namedChildren(decorator)[0];
      for (const value of expression ? this.values(expression) : []) {
        if (value.kind === 'fn') {
          out.push(...this.returns(value.node).filter((v) => v.kind === 'ref'));
        }
      }
    }
    return out;
  }

  /** Whether a node lies in the function whose call is being followed (its answer depends on the call). */
  private inFrame(node: PyNode): boolean {
    const frame = this.frame;
    return frame !== undefined && node.start >= frame.fn.start && node.end <= frame.fn.end;
  }

  /** `helpers.go` where `helpers.py` is in the change and binds `go = subprocess.run`: `subprocess.run`. */
  private linked(values: PyValue[], link: { path: string; linker: PyLinker }): PyValue[] {
    return values.flatMap((value) => {
      if (value.kind !== 'ref' || value.name.startsWith('builtins.')) {
        return [value];
      }
      // `.helpers.go` (a relative import): the dots stay with the module part.
      const lead = /^\.*/.exec(value.name)?.[0] ?? '';
      const names = value.name.slice(lead.length).split('.');
      for (let k = names.length - 1; k >= 1; k--) {
        const exports = link.linker.resolve(link.path, lead + names.slice(0, k).join('.'));
        const hit = exports?.names.get(names[k]);
        if (hit) {
          const rest = names.slice(k + 1);
          return hit.refs.map((r) => ({ ...r, name: [r.name, ...rest].join('.'), trace: value.trace }));
        }
      }
      return [value];
    });
  }

  /** Qualified names among the values (`os.system`). */
  names(node: PyNode): string[] {
    let names = this.inFrame(node) ? undefined : this.nameCache.get(node);
    if (!names) {
      names = this.refs(node).map((v) => v.name);
      if (this.cache.has(node)) {
        this.nameCache.set(node, names);
      }
    }
    return names;
  }

  /** The `ref` values of a node; every rule asks about the same nodes, so the answer is kept. */
  refs(node: PyNode): Extract<PyValue, { kind: 'ref' }>[] {
    let refs = this.inFrame(node) ? undefined : this.refCache.get(node);
    if (!refs) {
      refs = this.values(node).filter((v): v is Extract<PyValue, { kind: 'ref' }> => v.kind === 'ref');
      // Only a final answer is kept: inside a cycle `values` answers "unknown" for now.
      if (this.cache.has(node)) {
        this.refCache.set(node, refs);
      }
    }
    return refs;
  }

  /** The constant strings an expression can be, or undefined when any of its values is not one. */
  strings(node: PyNode): string[] | undefined {
    const values = this.values(node);
    if (values.length === 0 || values.some((v) => v.kind !== 'str')) {
      return undefined;
    }
    return values.map((v) => (v as { value: string }).value);
  }

  numbers(node: PyNode): number[] | undefined {
    const values = this.values(node);
    if (values.length === 0 || values.some((v) => v.kind !== 'num')) {
      return undefined;
    }
    return values.map((v) => (v as { value: number }).value);
  }

  /** What a call invokes, by qualified name. */
  callNames(call: PyNode): string[] {
    const fn = field(call, 'function');
    return fn ? this.names(fn) : [];
  }

  /** The binding-level values of a name as seen from a node (LEGB, class scopes skipped for nested functions). */
  lookup(name: string, at: PyNode): PyValue[] {
    return this.resolveName(name, this.model.scopeOf(at));
  }

  private compute(node: PyNode): PyValue[] {
    switch (node.type) {
      case 'identifier':
        return this.identifier(node);
      case 'string':
      case 'concatenated_string': {
        const s = stringValue(node, this.source);
        return s.constant ? [{ kind: 'str', value: s.value }] : this.fstring(node);
      }
      case 'integer':
      case 'float': {
        const n = numberValue(this.text(node));
        return n === undefined ? [UNKNOWN] : [{ kind: 'num', value: n }];
      }
      case 'true':
        return [{ kind: 'num', value: 1 }];
      case 'false':
        return [{ kind: 'num', value: 0 }];
      case 'none':
        return [{ kind: 'none' }];
      case 'parenthesized_expression':
      case 'await': {
        const inner = namedChildren(node)[0];
        return inner ? this.values(inner) : [UNKNOWN];
      }
      case 'conditional_expression':
        return namedChildren(node)
          .filter((_, i) => i !== 1)
          .flatMap((c) => this.values(c));
      case 'boolean_operator':
        return [field(node, 'left'), field(node, 'right')].flatMap((c) => (c ? this.values(c) : []));
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
        return [{ kind: 'seq', items: namedChildren(node) }];
      case 'dictionary':
        return [
          {
            kind: 'dict',
            pairs: namedChildren(node)
              .filter((p) => p.type === 'pair')
              .map((p) => [field(p, 'key') as PyNode, field(p, 'value') as PyNode] as const)
              .filter(([k, v]) => k !== undefined && v !== undefined),
          },
        ];
      case 'lambda':
        return [{ kind: 'fn', node }];
      case 'attribute':
        return this.attribute(node);
      case 'subscript':
        return this.subscript(node);
      case 'call':
        return this.call(node);
      case 'binary_operator':
        return this.binary(node);
      case 'list_comprehension':
      case 'generator_expression':
        return [this.comprehension(node) ?? UNKNOWN];
      case 'named_expression': {
        const value = field(node, 'value');
        return value ? this.values(value) : [UNKNOWN];
      }
      default:
        return [UNKNOWN];
    }
  }

  private identifier(node: PyNode): PyValue[] {
    const name = this.text(node);
    if (name === 'self') {
      const cls = enclosingClass(node);
      if (cls) {
        return [{ kind: 'instance', cls }];
      }
    }
    return this.resolveName(name, this.model.scopeOf(node));
  }

  private resolveName(name: string, from: PyScope): PyValue[] {
    const moduleScope = this.model.scopes.get(this.model.root) as PyScope;
    let scope: PyScope | undefined = from.globals.has(name) ? moduleScope : from;
    let first = true;
    while (scope) {
      if (scope.kind !== 'class' || first) {
        const bindings = scope.bindings.get(name);
        if (bindings) {
          const framed = this.inFrame(scope.node);
          const memo = framed ? undefined : this.nameMemo.get(bindings);
          if (memo) {
            return memo;
          }
          const before = this.cycles;
          const result = dedupe(bindings.flatMap((b) => this.binding(b)));
          if (this.cycles === before && !framed) {
            this.nameMemo.set(bindings, result);
          }
          return result;
        }
      }
      first = false;
      scope = scope.parent;
    }
    if (name === '__builtins__') {
      return [{ kind: 'ref', name: 'builtins', trace: [] }];
    }
    if (PY_BUILTINS.has(name)) {
      return [{ kind: 'ref', name: `builtins.${name}`, trace: [] }];
    }
    const fromStar = this.model.starImports.filter((m) => !m.startsWith('.'));
    return fromStar.length > 0 ? fromStar.map((m) => ({ kind: 'ref' as const, name: `${m}.${name}`, trace: [] })) : [UNKNOWN];
  }

  private binding(binding: PyBinding): PyValue[] {
    if (this.frame?.params.has(binding.decl)) {
      const passed = this.frame.args.get(binding.decl);
      if (passed) {
        return withTrace(this.values(passed), binding.decl);
      }
      // Not passed: the parameter holds its default, if it has one.
      if (binding.kind === 'unknown' && field(binding.decl, 'value')) {
        return [];
      }
    }
    switch (binding.kind) {
      case 'module':
        return [{ kind: 'ref', name: binding.module, trace: [binding.decl] }];
      case 'def': {
        const own: PyValue =
          binding.node.type === 'class_definition' ? { kind: 'class', node: binding.node } : { kind: 'fn', node: binding.node };
        return [own, ...this.decoratedAs(binding.node)];
      }
      case 'unknown':
        return [UNKNOWN];
      case 'value':
        return withTrace(this.values(binding.node), binding.decl);
      case 'element':
        return withTrace(
          this.values(binding.node).flatMap((v) => this.element(v, binding.index)),
          binding.decl,
        );
    }
  }

  private element(value: PyValue, index: number): PyValue[] {
    if (!Number.isInteger(index)) {
      // `s[.7]` is a TypeError in Python: no element.
      return [UNKNOWN];
    }
    if (value.kind === 'seq') {
      if (index < 0) {
        return value.items.flatMap((item) => this.values(item));
      }
      const item = value.items[index];
      return item ? this.values(item) : [UNKNOWN];
    }
    if (value.kind === 'strs') {
      const picked = index < 0 ? value.values : index < value.values.length ? [value.values[index]] : [];
      return picked.length > 0 ? picked.map((v) => ({ kind: 'str' as const, value: v })) : [UNKNOWN];
    }
    if (value.kind === 'str' && index >= 0 && index < value.value.length) {
      return [{ kind: 'str', value: value.value[index] }];
    }
    return [UNKNOWN];
  }

  private attribute(node: PyNode): PyValue[] {
    const object = field(node, 'object');
    const attribute = field(node, 'attribute');
    if (!object || !attribute) {
      return [UNKNOWN];
    }
    const name = this.text(attribute);
    return this.values(object).flatMap((v) => this.member(v, name));
  }

  /** `value.name` / `getattr(value, name)`. */
  private member(value: PyValue, name: string): PyValue[] {
    switch (value.kind) {
      case 'ref':
        if (name === '__dict__') {
          return [{ kind: 'namespace', of: value }];
        }
        return [{ kind: 'ref', name: `${value.name}.${name}`, trace: value.trace }];
      case 'fn': {
        // A function's docstring, where a payload can hide (`exec(codecs.decode(f.__doc__, 'hex'))`).
        const doc = name === '__doc__' ? docstringOf(value.node) : undefined;
        return doc ? this.values(doc) : [UNKNOWN];
      }
      case 'instance':
      case 'class': {
        const cls = value.kind === 'instance' ? value.cls : value.node;
        const fromSelf = value.kind === 'instance' ? (this.model.instanceAttributes.get(cls)?.get(name) ?? []) : [];
        const classScope = this.model.scopes.get(cls);
        const fromClass = classScope?.bindings.get(name) ?? [];
        const out = [...fromSelf.flatMap((n) => this.values(n)), ...fromClass.flatMap((b) => this.binding(b))];
        if (out.length === 0 && value.kind === 'instance' && !name.startsWith('__')) {
          out.push(...this.forwardedAttribute(cls, name));
        }
        return out.length > 0 ? out : [UNKNOWN];
      }
      default:
        return [UNKNOWN];
    }
  }

  private subscript(node: PyNode): PyValue[] {
    const object = field(node, 'value');
    const key = field(node, 'subscript');
    if (!object || !key) {
      return [UNKNOWN];
    }
    if (key.type === 'slice') {
      const text = this.text(key).replace(/\s+/g, '');
      if (text === '::-1') {
        return this.values(object).map((v) => (v.kind === 'str' ? { kind: 'str', value: [...v.value].reverse().join('') } : UNKNOWN));
      }
      return [UNKNOWN];
    }
    const keys = this.values(key);
    const out: PyValue[] = [];
    for (const container of this.values(object)) {
      for (const k of keys) {
        out.push(...this.index(container, k));
      }
    }
    return out;
  }

  private index(container: PyValue, key: PyValue): PyValue[] {
    if (key.kind === 'str') {
      if (container.kind === 'ref' && container.name === 'sys.modules') {
        return [{ kind: 'ref', name: key.value, trace: container.trace }];
      }
      if (container.kind === 'ref' && container.name === 'builtins') {
        return [{ kind: 'ref', name: `builtins.${key.value}`, trace: container.trace }];
      }
      if (container.kind === 'namespace') {
        if (container.of === 'module') {
          return this.resolveName(key.value, this.model.scopes.get(this.model.root) as PyScope);
        }
        return this.member(container.of, key.value);
      }
      if (container.kind === 'dict') {
        const hit = container.pairs.filter(([k]) => this.strings(k)?.includes(key.value));
        return hit.length > 0 ? hit.flatMap(([, v]) => this.values(v)) : [UNKNOWN];
      }
    }
    if (key.kind === 'num') {
      return this.element(container, key.value < 0 && container.kind === 'seq' ? container.items.length + key.value : key.value);
    }
    if (container.kind === 'dict' && container.pairs.length <= MAX_VALUES) {
      // A key known only at run time (a dispatch table): any of the values.
      return [...container.pairs.flatMap(([, v]) => this.values(v)), UNKNOWN];
    }
    return [UNKNOWN];
  }

  private binary(node: PyNode): PyValue[] {
    const left = field(node, 'left');
    const right = field(node, 'right');
    const operator = field(node, 'operator');
    if (left && right && operator && this.text(operator) === '%') {
      const formats = this.strings(left);
      return formats ? this.percentFormat(formats, right) : [UNKNOWN];
    }
    if (!left || !right || !operator || this.text(operator) !== '+') {
      return [UNKNOWN];
    }
    const a = this.strings(left);
    const b = this.strings(right);
    if (!a || !b || a.length * b.length > MAX_VALUES) {
      return [UNKNOWN];
    }
    return a.flatMap((x) => b.map((y) => ({ kind: 'str' as const, value: x + y })));
  }

  private call(node: PyNode): PyValue[] {
    const fn = field(node, 'function');
    const args = field(node, 'arguments');
    if (!fn) {
      return [UNKNOWN];
    }
    const positional = !args
      ? []
      : args.type === 'generator_expression'
        ? [args]
        : namedChildren(args).filter((a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'));
    const out: PyValue[] = [];
    // Methods of constant strings: 'x'.join(...), s.decode(), s.replace(a, b)...
    if (fn.type === 'attribute') {
      const object = field(fn, 'object');
      const method = field(fn, 'attribute');
      // `str.join('', parts)`: the method called through the class.
      if (object && method && positional.length > 0 && this.names(object).includes('builtins.str')) {
        const self = this.strings(positional[0]);
        const result = self ? this.stringMethod(self, this.text(method), positional.slice(1)) : undefined;
        if (result) {
          return result;
        }
      }
      if (object && method) {
        const strs = this.strings(object);
        if (strs) {
          const result = this.stringMethod(strs, this.text(method), positional);
          if (result) {
            return result;
          }
        }
      }
    }
    for (const callee of this.values(fn)) {
      out.push(...this.invoke(callee, node, positional));
    }
    return out;
  }

  private invoke(callee: PyValue, call: PyNode, positional: PyNode[]): PyValue[] {
    const arg = (i: number): PyNode | undefined => positional[i];
    const str = (i: number): string[] | undefined => {
      const a = arg(i);
      return a ? this.strings(a) : undefined;
    };
    if (callee.kind === 'fn') {
      const plain = this.returns(callee.node);
      return plain.some((v) => v.kind === 'unknown') ? (this.returnsFor(callee.node, call) ?? plain) : plain;
    }
    if (callee.kind === 'class') {
      return [{ kind: 'instance', cls: callee.node }];
    }
    if (callee.kind === 'attrgetter') {
      const object = arg(0);
      return object
        ? this.values(object).flatMap((v) =>
            callee.names.flatMap((n) => n.split('.').reduce<PyValue[]>((acc, part) => acc.flatMap((a) => this.member(a, part)), [v])),
          )
        : [UNKNOWN];
    }
    if (callee.kind === 'methodcaller') {
      const object = arg(0);
      return object
        ? this.values(object).flatMap((v) =>
            this.member(v, callee.method).map((m) => (m.kind === 'ref' ? { ...m, name: `${m.name}()` } : UNKNOWN)),
          )
        : [UNKNOWN];
    }
    if (callee.kind !== 'ref') {
      return [UNKNOWN];
    }
    const name = callee.name;
    const trace = [...callee.trace, call];
    switch (name) {
      // `run = staticmethod(os.system)`: the wrapper is the function itself once fetched.
      case 'builtins.staticmethod':
      case 'builtins.classmethod':
        return arg(0) ? this.values(arg(0) as PyNode) : [UNKNOWN];
      case 'operator.attrgetter': {
        const names = str(0);
        return names ? [{ kind: 'attrgetter', names }] : [UNKNOWN];
      }
      case 'operator.methodcaller': {
        const methods = str(0);
        return methods ? methods.map((method) => ({ kind: 'methodcaller' as const, method, args: positional.slice(1) })) : [UNKNOWN];
      }
      case 'builtins.getattr': {
        const object = arg(0);
        const attr = str(1);
        if (object && attr) {
          return this.values(object).flatMap((v) => attr.flatMap((a) => this.member(v, a)));
        }
        return [UNKNOWN];
      }
      case 'importlib.import_module':
      case 'importlib.__import__':
        return (str(0) ?? []).map((m) => ({ kind: 'ref' as const, name: m, trace }));
      case 'builtins.__import__': {
        const hasFromList = positional.length >= 4 || /fromlist\s*=\s*[[(]\s*['"]/.test(this.text(call));
        return (str(0) ?? []).map((m) => ({ kind: 'ref' as const, name: hasFromList ? m : m.split('.')[0], trace }));
      }
      case 'builtins.globals':
      case 'builtins.locals':
        return [{ kind: 'namespace', of: 'module' }];
      case 'builtins.vars': {
        const object = arg(0);
        return object ? this.values(object).map((v) => ({ kind: 'namespace' as const, of: v })) : [{ kind: 'namespace', of: 'module' }];
      }
      case 'builtins.chr': {
        const a = arg(0);
        const nums = a ? this.numbers(a) : undefined;
        return nums
          ? nums.map((n) => ({ kind: 'str' as const, value: String.fromCodePoint(Math.max(0, Math.min(0x10ffff, n))) }))
          : [UNKNOWN];
      }
      case 'builtins.str':
      case 'builtins.bytes':
      case 'builtins.bytearray': {
        const s = str(0);
        return s ? s.map((value) => ({ kind: 'str' as const, value })) : [{ kind: 'ref', name: `${name}()`, trace }];
      }
      case 'builtins.map': {
        const [f, seq] = positional;
        const mapped = f && seq && positional.length === 2 ? this.mapped(f, seq) : undefined;
        return mapped ? [mapped] : [{ kind: 'ref', name: `${name}()`, trace }];
      }
      case 'functools.partial': {
        const a = arg(0);
        return a ? this.values(a) : [UNKNOWN];
      }
      case 'codecs.decode': {
        const s = str(0);
        const encoding = str(1)?.[0]?.toLowerCase().replace(/[-_]/g, '');
        if (s && encoding === 'rot13') {
          return s.map((value) => ({ kind: 'str' as const, value: rot13(value) }));
        }
        if (s && encoding && ['hex', 'base64'].includes(encoding)) {
          return s.map((value) => ({ kind: 'str' as const, value: (encoding === 'hex' ? fromHex(value) : fromBase64(value)) ?? '' }));
        }
        return [{ kind: 'ref', name: `${name}()`, trace }];
      }
      default: {
        const decoder = DECODERS[name];
        const s = decoder ? str(0) : undefined;
        if (decoder && s) {
          const decoded = s.map(decoder);
          if (decoded.every((d) => d !== undefined)) {
            return decoded.map((value) => ({ kind: 'str' as const, value: value as string }));
          }
        }
        return [{ kind: 'ref', name: `${name}()`, trace }];
      }
    }
  }

  /** An f-string whose interpolations are all constants (`f'{verb}pen'` with `verb = 'po'`), folded. */
  private fstring(node: PyNode): PyValue[] {
    if (node.type !== 'string') {
      return [UNKNOWN];
    }
    let out = [''];
    for (const child of node.children) {
      if (child.type === 'string_content') {
        const piece = stringValue({ ...node, children: [child] }, this.source).value;
        out = out.map((o) => o + piece);
      } else if (child.type === 'interpolation') {
        const parts = namedChildren(child);
        // `{x!r}` and `{x:>8}` change the text: not folded.
        if (parts.length !== 1) {
          return [UNKNOWN];
        }
        const values = this.textValues(parts[0]);
        if (!values || values.length * out.length > MAX_VALUES) {
          return [UNKNOWN];
        }
        out = out.flatMap((o) => values.map((v) => o + v));
      }
    }
    return out.map((value) => ({ kind: 'str', value }));
  }

  /** What an expression reads as in text: its constant strings, or its numbers written out. */
  private textValues(node: PyNode): string[] | undefined {
    const strs = this.strings(node);
    if (strs) {
      return strs;
    }
    const nums = this.numbers(node);
    return nums?.every(Number.isInteger) ? nums.map(String) : undefined;
  }

  /** `'%s%s' % ('ev', 'al')`: only `%s` (and `%%`) placeholders, constant arguments. */
  private percentFormat(formats: string[], right: PyNode): PyValue[] {
    const items = right.type === 'tuple' ? namedChildren(right) : [right];
    const args = items.map((i) => this.textValues(i));
    if (args.some((a) => !a || a.length !== 1) || formats.length !== 1) {
      return [UNKNOWN];
    }
    let index = 0;
    let failed = false;
    const value = formats[0].replace(/%(%|s)/g, (_, kind: string) => {
      if (kind === '%') {
        return '%';
      }
      const arg = args[index++];
      failed ||= arg === undefined;
      return arg?.[0] ?? '';
    });
    return failed || index !== args.length || /%[^%s]/.test(formats[0].replace(/%%/g, '')) ? [UNKNOWN] : [{ kind: 'str', value }];
  }

  private stringMethod(strs: string[], method: string, positional: PyNode[]): PyValue[] | undefined {
    const argStrings = positional.map((p) => this.strings(p));
    const all = (f: (s: string) => string): PyValue[] => strs.map((s) => ({ kind: 'str' as const, value: f(s) }));
    switch (method) {
      case 'format': {
        // `'{}{}'.format('ev', 'al')`, `'{0}{1}'`: positional fields without format specs.
        const args = positional.map((p) => this.textValues(p));
        if (strs.length !== 1 || args.some((a) => !a || a.length !== 1)) {
          return undefined;
        }
        let next = 0;
        let failed = false;
        const value = strs[0].replace(/\{\{|\}\}|\{(\d*)\}|\{[^}]*\}/g, (field: string, index: string | undefined) => {
          if (field === '{{' || field === '}}') {
            return field[0];
          }
          if (index === undefined) {
            failed = true;
            return '';
          }
          const arg = args[index === '' ? next++ : Number(index)];
          failed ||= arg === undefined;
          return arg?.[0] ?? '';
        });
        return failed ? undefined : [{ kind: 'str', value }];
      }
      case 'split': {
        // `'sy st em'.split()[i]`: the pieces, as a sequence of constant strings.
        const sep = positional.length === 0 ? undefined : argStrings[0];
        if (strs.length !== 1 || (positional.length > 0 && sep?.length !== 1)) {
          return undefined;
        }
        const pieces = sep ? strs[0].split(sep[0]) : strs[0].trim().split(/\s+/);
        return [{ kind: 'strs', values: pieces }];
      }
      case 'join': {
        const seq = positional[0] ? this.values(positional[0]) : [];
        if (strs.length !== 1 || seq.length !== 1) {
          return undefined;
        }
        const items =
          seq[0].kind === 'seq'
            ? seq[0].items.map((i) => this.strings(i))
            : seq[0].kind === 'str'
              ? [...seq[0].value].map((c) => [c])
              : seq[0].kind === 'strs'
                ? seq[0].values.map((v) => [v])
                : undefined;
        if (!items || items.some((i) => !i || i.length !== 1)) {
          return undefined;
        }
        return [{ kind: 'str', value: items.map((i) => (i as string[])[0]).join(strs[0]) }];
      }
      case 'decode':
      case 'encode':
      case 'strip':
      case 'lstrip':
      case 'rstrip':
        return positional.length === 0 || method === 'decode' || method === 'encode'
          ? all((s) => (method === 'strip' ? s.trim() : method === 'lstrip' ? s.trimStart() : method === 'rstrip' ? s.trimEnd() : s))
          : undefined;
      case 'lower':
        return all((s) => s.toLowerCase());
      case 'upper':
        return all((s) => s.toUpperCase());
      case 'replace': {
        const [a, b] = argStrings;
        return a?.length === 1 && b?.length === 1 ? all((s) => s.split(a[0]).join(b[0])) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The constant items of an iterable: a literal sequence of constant strings or numbers, a string's characters. */
  private constantItems(node: PyNode): (string | number)[] | undefined {
    const values = this.values(node);
    const value = values.length === 1 ? values[0] : undefined;
    if (value?.kind === 'str' || value?.kind === 'strs') {
      return value.kind === 'str' ? [...value.value] : [...value.values];
    }
    if (value?.kind !== 'seq' || value.items.length > MAX_ITEMS) {
      return undefined;
    }
    const items: (string | number)[] = [];
    for (const item of value.items) {
      const one = this.strings(item) ?? this.numbers(item);
      if (!one || one.length !== 1) {
        return undefined;
      }
      items.push(one[0]);
    }
    return items;
  }

  /** `map(chr, codes)`, `map(str.lower, parts)` over constant items. */
  private mapped(fn: PyNode, seq: PyNode): PyValue | undefined {
    const names = this.names(fn);
    const items = names.length === 1 ? this.constantItems(seq) : undefined;
    const apply = MAPPERS[names[0]];
    const out = items && apply ? items.map(apply) : undefined;
    return out?.every((v) => v !== undefined) ? { kind: 'strs', values: out as string[] } : undefined;
  }

  /** `[chr(c) for c in codes]`, `(c for c in s)`, `chr(c + 1)`/`chr(c ^ k)` with one `for` and no `if`. */
  private comprehension(node: PyNode): PyValue | undefined {
    const body = field(node, 'body');
    const clauses = namedChildren(node).filter((c) => c !== body);
    const clause = clauses.length === 1 && clauses[0].type === 'for_in_clause' ? clauses[0] : undefined;
    const left = clause ? field(clause, 'left') : undefined;
    const right = clause ? field(clause, 'right') : undefined;
    const items = body && left?.type === 'identifier' && right ? this.constantItems(right) : undefined;
    if (!body || !left || !items) {
      return undefined;
    }
    const variable = this.text(left);
    const out: string[] = [];
    for (const item of items) {
      const value = this.applyBody(body, variable, item);
      if (value === undefined) {
        return undefined;
      }
      out.push(value);
    }
    return { kind: 'strs', values: out };
  }

  private applyBody(body: PyNode, variable: string, item: string | number): string | undefined {
    if (body.type === 'identifier') {
      return this.text(body) === variable && typeof item === 'string' ? item : undefined;
    }
    const args = body.type === 'call' ? field(body, 'arguments') : undefined;
    const arg = args ? namedChildren(args) : [];
    if (arg.length !== 1 || !this.callNames(body).includes('builtins.chr') || typeof item !== 'number') {
      return undefined;
    }
    if (arg[0].type === 'identifier') {
      return this.text(arg[0]) === variable ? toChar(item) : undefined;
    }
    const l = field(arg[0], 'left');
    const r = field(arg[0], 'right');
    const k = r ? this.numbers(r) : undefined;
    const op = field(arg[0], 'operator');
    if (arg[0].type !== 'binary_operator' || !l || l.type !== 'identifier' || this.text(l) !== variable || k?.length !== 1 || !op) {
      return undefined;
    }
    const code = { '+': item + k[0], '-': item - k[0], '^': item ^ k[0] }[this.text(op)];
    return code === undefined ? undefined : toChar(code);
  }

  /**
   * What `instance.name` is when the class answers unknown attributes with a `__getattr__` that
   * forwards them to another object (`def __getattr__(self, name): return getattr(subprocess, name)`).
   */
  private forwardedAttribute(cls: PyNode, name: string): PyValue[] {
    // `return getattr(self, attr)` after filling the attribute in: asking again would loop.
    const key = `${cls.start}:${name}`;
    if (this.forwarding.has(key)) {
      return [];
    }
    this.forwarding.add(key);
    try {
      return this.forwardedThrough(cls, name);
    } finally {
      this.forwarding.delete(key);
    }
  }

  private forwardedThrough(cls: PyNode, name: string): PyValue[] {
    const hook = this.model.scopes.get(cls)?.bindings.get('__getattr__') ?? [];
    const out: PyValue[] = [];
    for (const binding of hook) {
      if (binding.kind !== 'def' || binding.node.type !== 'function_definition') {
        continue;
      }
      const parameters = field(binding.node, 'parameters');
      const param = parameters ? namedChildren(parameters)[1] : undefined;
      const paramName =
        param?.type === 'identifier'
          ? this.text(param)
          : param?.type === 'typed_parameter'
            ? this.text(namedChildren(param)[0] ?? param)
            : undefined;
      for (const returned of paramName ? returnedExpressions(binding.node) : []) {
        if (returned === 'none') {
          continue;
        }
        const fn = returned.type === 'call' ? field(returned, 'function') : undefined;
        const args = returned.type === 'call' ? field(returned, 'arguments') : undefined;
        const [object, attr] = args ? namedChildren(args) : [];
        if (fn && object && attr?.type === 'identifier' && this.text(attr) === paramName && this.names(fn).includes('builtins.getattr')) {
          out.push(...this.values(object).flatMap((v) => this.member(v, name)));
        }
      }
    }
    return out;
  }

  /**
   * What a function of this file returns for one call's arguments, when its plain answer depends on
   * its parameters: `def backend(kind): return __import__(BACKENDS[kind])` called as `backend('local')`.
   */
  private returnsFor(fn: PyNode, call: PyNode): PyValue[] | undefined {
    if (this.frame || this.framesLeft <= 0) {
      return undefined;
    }
    const { args, params } = parameterArgs(fn, call, (n) => this.text(n));
    if (args.size === 0) {
      return undefined;
    }
    // Worth following only when a returned expression reads a parameter the call gives a constant.
    const read = this.returnedParams(fn);
    const constant = [...args].some(([decl, arg]) => read.has(decl) && this.values(arg).every((v) => v.kind === 'str' || v.kind === 'num'));
    if (!constant) {
      return undefined;
    }
    this.framesLeft--;
    this.frame = { fn, args, params };
    try {
      const out = this.returns(fn);
      return out.some((v) => v.kind !== 'unknown') ? out : undefined;
    } finally {
      this.frame = undefined;
    }
  }

  /** The parameters (by declaration) that a function's return statements read by name; computed once per function. */
  private returnedParams(fn: PyNode): Set<PyNode> {
    let read = this.returnedMemo.get(fn);
    if (read) {
      return read;
    }
    read = new Set();
    const byName = new Map<string, PyNode>();
    const parameters = field(fn, 'parameters');
    for (const param of parameters ? namedChildren(parameters) : []) {
      const name = param.type === 'identifier' ? param : param.type === 'typed_parameter' ? namedChildren(param)[0] : field(param, 'name');
      if (name?.type === 'identifier') {
        byName.set(this.text(name), param);
      }
    }
    const body = field(fn, 'body');
    const roots = fn.type === 'lambda' ? (body ? [body] : []) : [];
    const stack = fn.type === 'lambda' || !body ? [] : [...body.children];
    while (stack.length > 0) {
      const node = stack.pop() as PyNode;
      if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
        continue;
      }
      if (node.type === 'return_statement') {
        roots.push(node);
      } else {
        stack.push(...node.children);
      }
    }
    let budget = 2000;
    while (roots.length > 0 && budget-- > 0) {
      const node = roots.pop() as PyNode;
      if (node.type === 'identifier') {
        const decl = byName.get(this.text(node));
        if (decl) {
          read.add(decl);
        }
      } else {
        roots.push(...node.children);
      }
    }
    this.returnedMemo.set(fn, read);
    return read;
  }

  /** The values a function can return (its own `return` statements; a lambda's body). */
  private returns(fn: PyNode): PyValue[] {
    if (fn.type === 'lambda') {
      const body = field(fn, 'body');
      return body ? this.values(body) : [UNKNOWN];
    }
    const out = returnedExpressions(fn).flatMap((value) => (value === 'none' ? [{ kind: 'none' as const }] : this.values(value)));
    return out.length > 0 ? out : [{ kind: 'none' }];
  }
}

/** The expressions a function's own `return` statements return (`'none'` for a bare `return`), nested definitions aside. */
export function returnedExpressions(fn: PyNode): (PyNode | 'none')[] {
  const body = field(fn, 'body');
  const out: (PyNode | 'none')[] = [];
  const stack = body ? [...body.children] : [];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
      continue;
    }
    if (node.type === 'return_statement') {
      out.push(namedChildren(node)[0] ?? 'none');
      continue;
    }
    stack.push(...node.children);
  }
  return out;
}

const MAPPERS: Partial<Record<string, (v: string | number) => string | undefined>> = {
  'builtins.chr': (v) => toChar(v),
  'builtins.str': (v) => String(v),
  'builtins.str.lower': (v) => (typeof v === 'string' ? v.toLowerCase() : undefined),
  'builtins.str.upper': (v) => (typeof v === 'string' ? v.toUpperCase() : undefined),
};

function toChar(v: string | number): string | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x10ffff ? String.fromCodePoint(v) : undefined;
}

function enclosingClass(node: PyNode): PyNode | undefined {
  let fn: PyNode | undefined = node.parent;
  while (fn && fn.type !== 'function_definition') {
    fn = fn.parent;
  }
  let cls = fn?.parent;
  while (cls && (cls.type === 'block' || cls.type === 'decorated_definition')) {
    cls = cls.parent;
  }
  return cls?.type === 'class_definition' ? cls : undefined;
}

function withTrace(values: PyValue[], decl: PyNode): PyValue[] {
  return values.map((v) => (v.kind === 'ref' ? { ...v, trace: [decl, ...v.trace] } : v));
}

function dedupe(values: PyValue[]): PyValue[] {
  const seen = new Set<string>();
  const out: PyValue[] = [];
  for (const v of values) {
    const key =
      v.kind === 'ref'
        ? `r:${v.name}`
        : v.kind === 'str'
          ? `s:${v.value}`
          : v.kind === 'num'
            ? `n:${v.value}`
            : v.kind === 'unknown'
              ? 'u'
              : undefined;
    if (key !== undefined) {
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
    }
    out.push(v);
  }
  return out;
}

function fromBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    return undefined;
  }
  return latin1(Uint8Array.from(atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '=')), (c) => c.charCodeAt(0)));
}

function fromHex(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) {
    return undefined;
  }
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  }
  return latin1(bytes);
}

function fromBase32(s: string): string | undefined {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = s.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of clean) {
    const i = alphabet.indexOf(c);
    if (i < 0) {
      return undefined;
    }
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return latin1(Uint8Array.from(out));
}

/** Bytes as text: UTF-8 when valid, else one character per byte. */
function latin1(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes) {
      out += String.fromCharCode(b);
    }
    return out;
  }
}

function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/**
 * The argument a call passes for each plain parameter of a function (keyed by the parameter's
 * declaration node), by position and by keyword; `*args`, `**kwargs` and methods are left out.
 */
function parameterArgs(fn: PyNode, call: PyNode, text: (n: PyNode) => string): { args: Map<PyNode, PyNode>; params: Set<PyNode> } {
  const out = new Map<PyNode, PyNode>();
  const parameters = field(fn, 'parameters');
  const args = field(call, 'arguments');
  if (!parameters || !args || args.type !== 'argument_list' || enclosingClassOf(fn)) {
    return { args: out, params: new Set() };
  }
  const params: { name: string; decl: PyNode }[] = [];
  for (const param of namedChildren(parameters)) {
    const name =
      param.type === 'identifier'
        ? param
        : param.type === 'default_parameter' || param.type === 'typed_default_parameter'
          ? field(param, 'name')
          : param.type === 'typed_parameter'
            ? namedChildren(param)[0]
            : undefined;
    if (!name || name.type !== 'identifier') {
      break;
    }
    params.push({ name: text(name), decl: param });
  }
  let index = 0;
  for (const arg of namedChildren(args)) {
    if (arg.type === 'keyword_argument') {
      const name = field(arg, 'name');
      const value = field(arg, 'value');
      const param = name ? params.find((p) => p.name === text(name)) : undefined;
      if (param && value) {
        out.set(param.decl, value);
      }
      continue;
    }
    if (arg.type.endsWith('splat')) {
      break;
    }
    const param = params[index++];
    if (param) {
      out.set(param.decl, arg);
    }
  }
  return { args: out, params: new Set(params.map((p) => p.decl)) };
}

/** Whether a function is defined directly in a class body (a method: its first parameter is the instance). */
function enclosingClassOf(fn: PyNode): boolean {
  let node = fn.parent;
  while (node && node.type === 'decorated_definition') {
    node = node.parent;
  }
  return node?.type === 'block' && node.parent?.type === 'class_definition';
}

/** The docstring of a function: the string its body starts with. */
export function docstringOf(fn: PyNode): PyNode | undefined {
  const body = field(fn, 'body');
  const first = body ? namedChildren(body)[0] : undefined;
  const expression = first?.type === 'expression_statement' ? namedChildren(first)[0] : undefined;
  return expression?.type === 'string' || expression?.type === 'concatenated_string' ? expression : undefined;
}
