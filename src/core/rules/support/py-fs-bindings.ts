/**
 * Small helpers over Python syntax shared by the Python file, process, network and secrets
 * rules: walking a subtree, docstrings, shortening code for messages, and finding what a name
 * (or `self.x`) was assigned in the scopes around a use.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';

const MAX = 8;

export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** A string that is a statement on its own: a docstring or a block comment written as a string. */
export function isDocstring(node: PyNode): boolean {
  let current = node;
  while (current.parent?.type === 'concatenated_string') {
    current = current.parent;
  }
  return current.parent?.type === 'expression_statement' && namedChildren(current.parent).length === 1;
}

/** Pre-order walk; `visit` returns false to skip a node's children. */
export function walkPy(node: PyNode, visit: (n: PyNode) => boolean | void): void {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop() as PyNode;
    if (visit(current) === false) {
      continue;
    }
    for (let i = current.children.length - 1; i >= 0; i--) {
      stack.push(current.children[i]);
    }
  }
}

/** The names an expression reads (identifiers, in source order), at most `max` of them. */
export function identifiersIn(node: PyNode, max: number): PyNode[] {
  const out: PyNode[] = [];
  walkPy(node, (n) => {
    if (out.length >= max) {
      return false;
    }
    if (n.type === 'identifier') {
      out.push(n);
      return false;
    }
    return true;
  });
  return out;
}

/** Whether a node sits inside another (or is it). */
export function within(node: PyNode, outer: PyNode): boolean {
  return node.start >= outer.start && node.end <= outer.end;
}

function scopeBody(scope: PyNode): PyNode[] {
  if (scope.type === 'module') {
    return scope.children;
  }
  const params = field(scope, 'parameters');
  const body = field(scope, 'body');
  return [...(params ? [params] : []), ...(body ? [body] : [])];
}

/**
 * The expressions a name (or `self.x`) is assigned from, found in the scopes that enclose a use:
 * assignments, walrus, default parameter values, `with X as name`, `for name in [literal]`.
 */
export function assignedValues(ctx: PyRuleContext, node: PyNode): PyNode[] {
  const name = ctx.text(node);
  const isSelf = node.type === 'attribute' && /^self\.\w+$/.test(name);
  if (node.type !== 'identifier' && !isSelf) {
    return [];
  }
  let scope: PyNode = ctx.enclosingFunction(node);
  for (let i = 0; i < 8; i++) {
    const found = isSelf ? selfAssignments(ctx, node, name) : assignmentsIn(ctx, scope, name);
    if (found.length > 0 || scope.type === 'module') {
      return found.slice(0, MAX);
    }
    scope = ctx.enclosingFunction(scope);
  }
  return [];
}

/**
 * What each name is bound to in one scope, indexed on the first question about the scope: a file
 * asks about many names, and walking the scope once per name is quadratic. Keyed by the scope's
 * node, so an index never outlives its syntax tree.
 */
const scopeIndexes = new WeakMap<PyNode, Map<string, PyNode[]>>();
const classIndexes = new WeakMap<PyNode, Map<string, PyNode[]>>();

function addTo(index: Map<string, PyNode[]>, key: string, values: readonly PyNode[]): void {
  const list = index.get(key);
  if (list) {
    list.push(...values);
  } else {
    index.set(key, [...values]);
  }
}

function assignmentsIn(ctx: PyRuleContext, scope: PyNode, name: string): readonly PyNode[] {
  let index = scopeIndexes.get(scope);
  if (!index) {
    const built = new Map<string, PyNode[]>();
    for (const start of scopeBody(scope)) {
      walkPy(start, (n) => {
        if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') {
          return false;
        }
        bindingOf(n, (target, values) => {
          if (target?.type === 'identifier' && values.length > 0) {
            addTo(built, ctx.text(target), values);
          }
        });
        return true;
      });
    }
    index = built;
    scopeIndexes.set(scope, index);
  }
  return index.get(name) ?? [];
}

/** The name a node binds and the expressions it binds it to, if it is a binding form. */
function bindingOf(n: PyNode, bind: (target: PyNode | undefined, values: readonly PyNode[]) => void): void {
  switch (n.type) {
    case 'assignment': {
      let right = field(n, 'right');
      while (right?.type === 'assignment') {
        right = field(right, 'right');
      }
      if (right) {
        bind(field(n, 'left'), [right]);
      }
      return;
    }
    case 'named_expression':
    case 'default_parameter':
    case 'typed_default_parameter': {
      const value = field(n, 'value');
      if (value) {
        bind(field(n, 'name'), [value]);
      }
      return;
    }
    case 'as_pattern': {
      const target = field(n, 'alias');
      const value = namedChildren(n)[0];
      if (n.parent?.type === 'with_item' && target && value) {
        bind(namedChildren(target)[0], [value]);
      }
      return;
    }
    case 'for_statement': {
      const right = field(n, 'right');
      if (right && (right.type === 'list' || right.type === 'tuple')) {
        bind(field(n, 'left'), namedChildren(right));
      }
      return;
    }
    default:
      return;
  }
}

function selfAssignments(ctx: PyRuleContext, node: PyNode, name: string): readonly PyNode[] {
  let cls = node.parent;
  while (cls && cls.type !== 'class_definition') {
    cls = cls.parent;
  }
  if (!cls) {
    return [];
  }
  let index = classIndexes.get(cls);
  if (!index) {
    const built = new Map<string, PyNode[]>();
    walkPy(cls, (n) => {
      const left = n.type === 'assignment' ? field(n, 'left') : undefined;
      const right = n.type === 'assignment' ? field(n, 'right') : undefined;
      if (left && right) {
        addTo(built, ctx.text(left), [right]);
      }
      return true;
    });
    index = built;
    classIndexes.set(cls, index);
  }
  return index.get(name) ?? [];
}

/** Values a web request carries, in Django, Flask, FastAPI/Starlette and DRF: `request.GET`, `request.args`, `request.query_params`. */
export const PY_REQUEST_INPUT =
  /\brequest\.(headers|GET|POST|COOKIES|META|FILES|args|form|files|cookies|query_params|path_params|values|json|data)\b/;
