/**
 * Where a local name gets its value, read from the syntax tree of its scope: the right side of
 * each assignment, a parameter (with its default), a loop over an iterable, or an import. The
 * evaluator folds values (a call's result becomes `int()`), so rules that need to know what an
 * expression was computed from (the clock, an environment variable, a decoder) follow names here.
 */
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';

export type LocalDef =
  | { kind: 'value'; node: PyNode }
  | { kind: 'param'; node: PyNode; default?: PyNode }
  /** `for name in iterable`: the name is an element of `node`. */
  | { kind: 'loop'; node: PyNode }
  | { kind: 'import'; node: PyNode };

const SCOPES = new Set(['function_definition', 'lambda', 'module', 'class_definition']);
const index = new WeakMap<PyNode, Map<string, LocalDef[]>>();

/**
 * The scope node (function, lambda, class or module) a node belongs to; the root when there is
 * none (a file that does not parse at all has an `ERROR` root, not a `module`).
 */
export function scopeNode(node: PyNode): PyNode {
  let current = node.parent;
  let root = node;
  while (current && !SCOPES.has(current.type)) {
    root = current;
    current = current.parent;
  }
  return current ?? root;
}

/**
 * The definitions of an identifier, from the nearest enclosing scope that binds it (class scopes
 * are skipped from nested functions); undefined when no scope in the file binds it.
 */
export function localDefinitions(ident: PyNode, source: string): LocalDef[] | undefined {
  const name = source.slice(ident.start, ident.end);
  let scope: PyNode | undefined = scopeNode(ident);
  let first = true;
  while (scope) {
    if (scope.type !== 'class_definition' || first) {
      const defs = definitionsIn(scope, source).get(name);
      if (defs) {
        return defs;
      }
    }
    first = false;
    const outer: PyNode | undefined = scope.parent ? scopeNode(scope) : undefined;
    // Always outward: a scope that is its own outer scope would loop forever.
    scope = outer !== scope ? outer : undefined;
  }
  return undefined;
}

function definitionsIn(scope: PyNode, source: string): Map<string, LocalDef[]> {
  const cached = index.get(scope);
  if (cached) {
    return cached;
  }
  const defs = new Map<string, LocalDef[]>();
  const text = (n: PyNode): string => source.slice(n.start, n.end);
  const add = (name: PyNode, def: LocalDef): void => {
    const key = text(name);
    defs.set(key, [...(defs.get(key) ?? []), def]);
  };
  if (scope.type === 'function_definition' || scope.type === 'lambda') {
    addParameters(field(scope, 'parameters'), add);
  }
  const body = scope.type === 'module' ? scope : field(scope, 'body');
  const stack = body ? [...body.children] : [];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    if (node.type === 'function_definition' || node.type === 'class_definition') {
      const name = field(node, 'name');
      if (name) {
        add(name, { kind: 'value', node });
      }
      continue;
    }
    if (node.type === 'lambda') {
      continue;
    }
    addBinding(node, add);
    stack.push(...node.children);
  }
  index.set(scope, defs);
  return defs;
}

function addParameters(parameters: PyNode | undefined, add: (name: PyNode, def: LocalDef) => void): void {
  for (const param of parameters ? namedChildren(parameters) : []) {
    if (param.type === 'identifier') {
      add(param, { kind: 'param', node: param });
    } else if (param.type === 'default_parameter' || param.type === 'typed_default_parameter') {
      const name = field(param, 'name');
      if (name) {
        add(name, { kind: 'param', node: param, default: field(param, 'value') });
      }
    } else {
      const name = namedChildren(param)[0];
      if (name?.type === 'identifier') {
        add(name, { kind: 'param', node: param });
      }
    }
  }
}

function addBinding(node: PyNode, add: (name: PyNode, def: LocalDef) => void): void {
  switch (node.type) {
    case 'assignment':
    case 'augmented_assignment': {
      let value = field(node, 'right');
      while (value?.type === 'assignment') {
        value = field(value, 'right');
      }
      const left = field(node, 'left');
      if (left && value) {
        addTarget(left, value, add);
      }
      return;
    }
    case 'named_expression': {
      const name = field(node, 'name');
      const value = field(node, 'value');
      if (name && value) {
        add(name, { kind: 'value', node: value });
      }
      return;
    }
    case 'for_statement':
    case 'for_in_clause': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left?.type === 'identifier' && right) {
        add(left, { kind: 'loop', node: right });
      }
      return;
    }
    case 'as_pattern': {
      const alias = field(node, 'alias');
      const target = alias ? namedChildren(alias)[0] : undefined;
      const value = namedChildren(node)[0];
      if (target?.type === 'identifier' && value && node.parent?.type === 'with_item') {
        add(target, { kind: 'value', node: value });
      }
      return;
    }
    case 'import_statement':
    case 'import_from_statement':
      for (const item of node.children.filter((c) => c.field === 'name')) {
        const alias = item.type === 'aliased_import' ? field(item, 'alias') : item.type === 'dotted_name' ? namedChildren(item)[0] : item;
        if (alias) {
          add(alias, { kind: 'import', node: item });
        }
      }
      return;
    default:
      return;
  }
}

function addTarget(left: PyNode, value: PyNode, add: (name: PyNode, def: LocalDef) => void): void {
  if (left.type === 'identifier') {
    add(left, { kind: 'value', node: value });
    return;
  }
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list'].includes(left.type)) {
    const parts = namedChildren(left);
    const items = ['expression_list', 'tuple', 'list'].includes(value.type) ? namedChildren(value) : undefined;
    parts.forEach((part, i) => {
      const target = part.type === 'list_splat_pattern' ? namedChildren(part)[0] : part;
      if (target) {
        addTarget(target, items && items.length === parts.length ? items[i] : value, add);
      }
    });
  }
}
