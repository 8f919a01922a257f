/**
 * The Python file model: one iterative walk that lists nodes for the rules' visitors, builds
 * scopes (module, functions, lambdas, classes) with their bindings, and records imports. Name
 * resolution is flow-insensitive: a name can be anything it is ever bound to in its scope.
 */
import type { PyNode } from './tree';
import { stringValue } from './literals';

/** What a name is bound to. */
export type PyBinding =
  | { kind: 'value'; node: PyNode; decl: PyNode }
  /** Element `index` of the value of `node` (tuple unpacking, `for x in ...` uses index -1). */
  | { kind: 'element'; node: PyNode; index: number; decl: PyNode }
  | { kind: 'module'; module: string; decl: PyNode }
  | { kind: 'def'; node: PyNode; decl: PyNode }
  | { kind: 'unknown'; decl: PyNode };

export interface PyScope {
  node: PyNode;
  kind: 'module' | 'function' | 'class';
  parent: PyScope | undefined;
  bindings: Map<string, PyBinding[]>;
  /** Names declared `global` (resolved in the module scope) or `nonlocal`. */
  globals: Set<string>;
  nonlocals: Set<string>;
}

export interface PyImport {
  /** The module as written (`os.path`, `.utils` for relative imports). */
  module: string;
  /** For `from m import n`: the imported name. */
  name?: string;
  node: PyNode;
}

export interface PyModel {
  root: PyNode;
  /** Nodes in document order, only the types some rule visits. */
  events: PyNode[];
  scopes: Map<PyNode, PyScope>;
  imports: PyImport[];
  /** Modules imported with `from m import *`. */
  starImports: string[];
  /** `self.x = value` in a class's methods: class node -> attribute -> values. */
  instanceAttributes: Map<PyNode, Map<string, PyNode[]>>;
  /** Every node's scope is found by walking up to the nearest scope node. */
  scopeOf(node: PyNode): PyScope;
}

const SCOPE_TYPES = new Set(['module', 'function_definition', 'lambda', 'class_definition']);

export function field(node: PyNode, name: string): PyNode | undefined {
  for (const child of node.children) {
    if (child.field === name) {
      return child;
    }
  }
  return undefined;
}

export function fields(node: PyNode, name: string): PyNode[] {
  return node.children.filter((c) => c.field === name);
}

export function namedChildren(node: PyNode): PyNode[] {
  return node.children.filter((c) => c.named && c.type !== 'comment');
}

export function buildModel(root: PyNode, source: string, visited: ReadonlySet<string>): PyModel {
  const scopes = new Map<PyNode, PyScope>();
  const events: PyNode[] = [];
  const imports: PyImport[] = [];
  const starImports: string[] = [];
  const instanceAttributes = new Map<PyNode, Map<string, PyNode[]>>();
  const text = (node: PyNode): string => pythonName(source.slice(node.start, node.end));

  const scopeOf = (node: PyNode): PyScope => {
    let current: PyNode | undefined = node.parent;
    while (current) {
      const scope = scopes.get(current);
      if (scope) {
        return scope;
      }
      current = current.parent;
    }
    return scopes.get(root) as PyScope;
  };
  const makeScope = (node: PyNode, kind: PyScope['kind'], parent: PyScope | undefined): PyScope => {
    const scope: PyScope = { node, kind, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set() };
    scopes.set(node, scope);
    return scope;
  };
  makeScope(root, 'module', undefined);

  const bind = (scope: PyScope, name: string, binding: PyBinding): void => {
    let target = scope;
    if (scope.globals.has(name)) {
      target = scopes.get(root) as PyScope;
    }
    const list = target.bindings.get(name);
    if (list) {
      list.push(binding);
    } else {
      target.bindings.set(name, [binding]);
    }
  };

  /** `globals()`, `vars()` or `sys.modules[__name__].__dict__` (`locals()` writes do not bind). */
  const isModuleNamespace = (node: PyNode | undefined): boolean =>
    node !== undefined && /^(globals\(\)|vars\(\)|sys\.modules\[__name__\]\.__dict__)$/.test(text(node).replace(/\s+/g, ''));

  /**
   * `globals().update(run=os.system)` and `globals().update({'run': os.system})` bind module-level
   * names, exactly as `run = os.system` would.
   */
  const bindNamespaceUpdate = (call: PyNode): void => {
    const fn = field(call, 'function');
    const args = field(call, 'arguments');
    if (fn?.type !== 'attribute' || !args || text(field(fn, 'attribute') ?? fn) !== 'update' || !isModuleNamespace(field(fn, 'object'))) {
      return;
    }
    const moduleScope = scopes.get(root) as PyScope;
    for (const arg of namedChildren(args)) {
      if (arg.type === 'keyword_argument') {
        const name = field(arg, 'name');
        const value = field(arg, 'value');
        if (name && value) {
          bind(moduleScope, text(name), { kind: 'value', node: value, decl: call });
        }
      } else if (arg.type === 'dictionary') {
        for (const pair of namedChildren(arg)) {
          const key = field(pair, 'key');
          const value = field(pair, 'value');
          const name = key?.type === 'string' ? stringValue(key, source) : undefined;
          if (name?.constant && value && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name.value)) {
            bind(moduleScope, pythonName(name.value), { kind: 'value', node: value, decl: call });
          }
        }
      }
    }
  };

  /** Binds an assignment target to a value (or an element of it). */
  const bindTarget = (scope: PyScope, target: PyNode, value: PyNode | undefined, index: number | undefined, decl: PyNode): void => {
    if (target.type === 'subscript' && value && index === undefined && isModuleNamespace(field(target, 'value'))) {
      // `globals()['run'] = os.system` binds the module-level name `run`.
      const key = field(target, 'subscript');
      const name = key?.type === 'string' ? stringValue(key, source) : undefined;
      if (name?.constant) {
        bind(scopes.get(root) as PyScope, pythonName(name.value), { kind: 'value', node: value, decl });
      }
      return;
    }
    if (target.type === 'identifier') {
      if (!value) {
        bind(scope, text(target), { kind: 'unknown', decl });
      } else if (index === undefined) {
        bind(scope, text(target), { kind: 'value', node: value, decl });
      } else {
        bind(scope, text(target), { kind: 'element', node: value, index, decl });
      }
      return;
    }
    if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression'].includes(target.type)) {
      const parts = namedChildren(target);
      if (target.type === 'parenthesized_expression') {
        parts.forEach((p) => bindTarget(scope, p, value, index, decl));
        return;
      }
      const starred = parts.some((p) => p.type === 'list_splat_pattern');
      parts.forEach((part, i) => {
        if (part.type === 'list_splat_pattern') {
          const inner = namedChildren(part)[0];
          if (inner) {
            bindTarget(scope, inner, undefined, undefined, decl);
          }
        } else {
          bindTarget(
            scope,
            part,
            index === undefined && !starred ? value : undefined,
            index === undefined && !starred ? i : undefined,
            decl,
          );
        }
      });
      return;
    }
    if (target.type === 'attribute') {
      recordSelfAttribute(target, value, index);
    }
  };

  const recordSelfAttribute = (target: PyNode, value: PyNode | undefined, index: number | undefined): void => {
    const object = field(target, 'object');
    const attribute = field(target, 'attribute');
    if (!object || !attribute || object.type !== 'identifier' || text(object) !== 'self' || !value || index !== undefined) {
      return;
    }
    let cls: PyNode | undefined = target.parent;
    while (cls && cls.type !== 'class_definition') {
      cls = cls.parent;
    }
    if (!cls) {
      return;
    }
    let attrs = instanceAttributes.get(cls);
    if (!attrs) {
      attrs = new Map();
      instanceAttributes.set(cls, attrs);
    }
    const name = text(attribute);
    attrs.set(name, [...(attrs.get(name) ?? []), value]);
  };

  const bindParameters = (scope: PyScope, parameters: PyNode | undefined): void => {
    for (const param of parameters ? namedChildren(parameters) : []) {
      if (param.type === 'identifier') {
        bind(scope, text(param), { kind: 'unknown', decl: param });
      } else if (param.type === 'default_parameter' || param.type === 'typed_default_parameter') {
        const name = field(param, 'name');
        const value = field(param, 'value');
        if (name) {
          bind(scope, text(name), value ? { kind: 'value', node: value, decl: param } : { kind: 'unknown', decl: param });
          bind(scope, text(name), { kind: 'unknown', decl: param });
        }
      } else {
        const name = param.type === 'typed_parameter' ? namedChildren(param)[0] : namedChildren(param)[0];
        if (name?.type === 'identifier') {
          bind(scope, text(name), { kind: 'unknown', decl: param });
        }
      }
    }
  };

  const handleImport = (node: PyNode, scope: PyScope): void => {
    if (node.type === 'import_statement') {
      for (const item of fields(node, 'name')) {
        if (item.type === 'aliased_import') {
          const name = field(item, 'name');
          const alias = field(item, 'alias');
          if (name && alias) {
            const module = dotted(name);
            imports.push({ module, node: item });
            bind(scope, text(alias), { kind: 'module', module, decl: item });
          }
        } else {
          const module = dotted(item);
          imports.push({ module, node: item });
          const top = module.split('.')[0];
          bind(scope, top, { kind: 'module', module: top, decl: item });
        }
      }
      return;
    }
    const moduleNode = field(node, 'module_name');
    if (!moduleNode) {
      return;
    }
    const module = moduleNode.type === 'relative_import' ? text(moduleNode).replace(/\s+/g, '') : dotted(moduleNode);
    if (node.children.some((c) => c.type === 'wildcard_import')) {
      imports.push({ module, name: '*', node });
      starImports.push(module);
      return;
    }
    for (const item of fields(node, 'name')) {
      const nameNode = item.type === 'aliased_import' ? field(item, 'name') : item;
      const aliasNode = item.type === 'aliased_import' ? field(item, 'alias') : item;
      if (!nameNode || !aliasNode) {
        continue;
      }
      const name = dotted(nameNode);
      imports.push({ module, name, node: item });
      const full = module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
      bind(scope, text(aliasNode), { kind: 'module', module: full, decl: item });
    }
  };

  const dotted = (node: PyNode): string => text(node).replace(/\s+/g, '');

  // One iterative pre-order walk.
  const stack: { node: PyNode; scope: PyScope }[] = [{ node: root, scope: scopes.get(root) as PyScope }];
  while (stack.length > 0) {
    const { node, scope } = stack.pop() as { node: PyNode; scope: PyScope };
    if (visited.has(node.type)) {
      events.push(node);
    }
    switch (node.type) {
      case 'function_definition':
      case 'class_definition': {
        const name = field(node, 'name');
        if (name) {
          bind(scope, text(name), { kind: 'def', node, decl: node });
        }
        const own = makeScope(node, node.type === 'class_definition' ? 'class' : 'function', scope);
        if (node.type === 'function_definition') {
          bindParameters(own, field(node, 'parameters'));
        }
        break;
      }
      case 'lambda':
        bindParameters(makeScope(node, 'function', scope), field(node, 'parameters'));
        break;
      case 'import_statement':
      case 'import_from_statement':
        handleImport(node, scope);
        break;
      case 'global_statement':
      case 'nonlocal_statement':
        for (const name of namedChildren(node)) {
          (node.type === 'global_statement' ? scope.globals : scope.nonlocals).add(text(name));
        }
        break;
      case 'assignment': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left) {
          // `a = b = value`: the right side of the outer assignment is another assignment.
          let value = right;
          while (value?.type === 'assignment') {
            value = field(value, 'right');
          }
          bindTarget(scope, left, value, undefined, node);
        }
        break;
      }
      case 'call':
        bindNamespaceUpdate(node);
        break;
      case 'augmented_assignment': {
        const left = field(node, 'left');
        if (left?.type === 'identifier') {
          bind(scope, text(left), { kind: 'unknown', decl: node });
        }
        break;
      }
      case 'named_expression': {
        const name = field(node, 'name');
        const value = field(node, 'value');
        if (name && value) {
          bindTarget(scope, name, value, undefined, node);
        }
        break;
      }
      case 'as_pattern': {
        const alias = field(node, 'alias');
        const target = alias ? namedChildren(alias)[0] : undefined;
        const value = namedChildren(node)[0];
        if (target) {
          // `with X as y`: y is X's value (close enough for `open(...)`); `except E as e`: unknown.
          const isWith = node.parent?.type === 'with_item';
          bindTarget(scope, target, isWith ? value : undefined, undefined, node);
        }
        break;
      }
      case 'for_statement':
      case 'for_in_clause': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left && right) {
          if (left.type === 'identifier') {
            bind(scope, text(left), { kind: 'element', node: right, index: -1, decl: node });
          } else {
            bindTarget(scope, left, undefined, undefined, node);
          }
        }
        break;
      }
      default:
        break;
    }
    const inner = scopes.get(node) ?? scope;
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({ node: node.children[i], scope: inner });
    }
  }
  return { root, events, scopes, imports, starImports, instanceAttributes, scopeOf };
}

export function isScopeNode(node: PyNode): boolean {
  return SCOPE_TYPES.has(node.type);
}

/**
 * A name as Python sees it: identifiers are NFKC-normalized when the file is read, so `ｅｖａｌ`
 * (fullwidth) and `𝐞𝐯𝐚𝐥` (mathematical bold) are the builtin `eval`. Only names go through here,
 * never string contents.
 */
export function pythonName(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
}
