/**
 * One iterative walk over a parsed file: sets parent links, builds scopes and bindings,
 * remembers what each function returns, and collects the nodes rules asked for. Rules run after
 * the walk, so hoisted declarations and later reassignments are already known when they resolve
 * a name. No recursion: a file nested 100,000 levels deep cannot overflow the stack here.
 */
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { Scope, type Def, type Node, type PathKey } from './scope';
import { budgetExceeded, type RunBudget } from '../model/budget';

export class LimitExceeded extends Error {}

/** Type-level subtrees: nothing in them runs, so they are not walked. */
const TYPE_ONLY = new Set<string>([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
]);

export interface ImportSite {
  module: string;
  node: Node;
}

export interface FileModel {
  program: TSESTree.Program;
  globalScope: Scope;
  /** The scope each scope-creating node opens. */
  scopes: Map<Node, Scope>;
  /** The expressions each function can return (arrow bodies included). */
  returns: Map<Node, Node[]>;
  /** The expressions each generator function yields. */
  yields: Map<Node, Node[]>;
  /** Syntactic import sites: import declarations, `require('x')`, `import('x')`. */
  imports: ImportSite[];
  /** What each class stores in `this.<key>`: field initializers and assignments in its methods. */
  thisWrites: Map<Node, Map<string, Node[]>>;
  /** Names used as values somewhere (not declarations, import specifiers, types or property keys). */
  usedNames: Set<string>;
  /** Every `name = ...` variable declarator of the file, by name, in any scope. */
  declarators: Map<string, TSESTree.VariableDeclarator[]>;
  /** Nodes of the requested types, in source order. */
  events: Node[];
  nodeCount: number;
  /** Whether the file has a `with` statement (names inside one may be properties of its object). */
  hasWith: boolean;
}

export interface WalkLimits extends RunBudget {
  maxNodes: number;
}

interface PendingAssign {
  scope: Scope;
  name: string;
  def: Def;
}

interface PendingPropWrite {
  scope: Scope;
  object: string;
  /** A constant key, or the key expression of a computed write; absent for a merge (`Object.assign`). */
  key: string | { computed: Node } | undefined;
  def: Def;
  /** `map.set(key, value)` rather than a property write. */
  map?: boolean;
}

type Child = Node & { parent?: Node };

const EXIT = Symbol('exit');
interface ExitMarker {
  [EXIT]: true;
  scope: Scope;
}

function isFunction(node: Node): node is TSESTree.FunctionLike | TSESTree.ArrowFunctionExpression {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'TSEmptyBodyFunctionExpression'
  );
}

/** A path step meaning "any element" (of an array iterated with for-of). */
export const ELEMENT = '[]';

export function normalizeModule(name: string): string {
  return name.startsWith('node:') ? name.slice(5) : name;
}

export function buildModel(program: TSESTree.Program, interested: ReadonlySet<string>, limits: WalkLimits): FileModel {
  const globalScope = new Scope('program', program, undefined);
  const scopes = new Map<Node, Scope>([[program, globalScope]]);
  const returns = new Map<Node, Node[]>();
  const yields = new Map<Node, Node[]>();
  let hasWith = false;
  const imports: ImportSite[] = [];
  const thisWrites = new Map<Node, Map<string, Node[]>>();
  const usedNames = new Set<string>();
  const declarators = new Map<string, TSESTree.VariableDeclarator[]>();
  const events: Node[] = [];
  const pendingAssigns: PendingAssign[] = [];
  const pendingWrites: PendingPropWrite[] = [];

  let scope = globalScope;
  let count = 0;
  const stack: (Node | ExitMarker)[] = [];
  pushChildren(program);
  if (interested.has('Program')) {
    events.push(program);
  }

  while (stack.length > 0) {
    const item = stack.pop() as Node | ExitMarker;
    if ((item as ExitMarker)[EXIT]) {
      scope = (item as ExitMarker).scope;
      continue;
    }
    const node = item as Node;
    if (++count % 4096 === 0) {
      const exceeded = count > limits.maxNodes ? 'too many syntax nodes' : budgetExceeded(limits);
      if (exceeded) {
        throw new LimitExceeded(exceeded);
      }
    }
    if (interested.has(node.type)) {
      events.push(node);
    }
    if (node.type === 'Identifier' && isValueUse(node)) {
      usedNames.add(node.name);
    } else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') {
      const list = declarators.get(node.id.name);
      if (list) {
        list.push(node);
      } else {
        declarators.set(node.id.name, [node]);
      }
    }
    const opened = enter(node);
    if (opened) {
      stack.push({ [EXIT]: true, scope });
      scopes.set(node, opened);
      scope = opened;
    }
    pushChildren(node);
  }

  for (const pending of pendingAssigns) {
    let binding = pending.scope.lookup(pending.name);
    if (!binding) {
      binding = globalScope.declare(pending.name, 'implicit');
      binding.defs.push({ kind: 'global', node: pending.def.node, name: pending.name });
    }
    binding.defs.push(pending.def);
  }
  for (const write of pendingWrites) {
    const binding = write.scope.lookup(write.object);
    if (!binding) {
      continue;
    }
    if (write.map) {
      if (typeof write.key === 'object') {
        (binding.mapWrites ??= []).push({ key: write.key.computed, def: write.def });
      }
    } else if (typeof write.key === 'string') {
      binding.addPropWrite(write.key, write.def);
    } else if (write.key) {
      (binding.keyedWrites ??= []).push({ key: write.key.computed, def: write.def });
    } else if (write.def.kind === 'init') {
      (binding.merged ??= []).push(write.def.expr);
    }
  }
  return {
    program,
    globalScope,
    scopes,
    returns,
    yields,
    imports,
    thisWrites,
    usedNames,
    declarators,
    events,
    nodeCount: count,
    hasWith,
  };

  function pushChildren(node: Node): void {
    const keys = visitorKeys[node.type];
    if (!keys) {
      return;
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]];
      if (value === null || value === undefined || typeof value !== 'object') {
        continue;
      }
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i] as Child | null;
          if (child && typeof child.type === 'string' && !TYPE_ONLY.has(child.type)) {
            child.parent = node;
            stack.push(child);
          }
        }
      } else {
        const child = value as Child;
        if (typeof child.type === 'string' && !TYPE_ONLY.has(child.type)) {
          child.parent = node;
          stack.push(child);
        }
      }
    }
  }

  /** Handles declarations; returns the scope a node opens, if any. */
  function enter(node: Node): Scope | undefined {
    switch (node.type) {
      case 'VariableDeclaration':
        declareVariables(node);
        return undefined;
      case 'FunctionDeclaration':
        if (node.id) {
          scope.declare(node.id.name, 'function').defs.push({ kind: 'function', node: node.id, fn: node });
        }
        return openFunction(node);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'TSEmptyBodyFunctionExpression':
        return openFunction(node);
      case 'ClassDeclaration':
        if (node.id) {
          scope.declare(node.id.name, 'class').defs.push({ kind: 'class', node: node.id, cls: node });
        }
        return undefined;
      case 'ClassExpression':
        if (node.id) {
          const inner = new Scope('class', node, scope);
          inner.declare(node.id.name, 'class').defs.push({ kind: 'class', node: node.id, cls: node });
          return inner;
        }
        return undefined;
      case 'PropertyDefinition':
        if (!node.static && node.value && node.parent?.parent) {
          const key = node.computed ? literalKey(node.key) : propertyName(node.key);
          if (key !== undefined) {
            addThisWrite(node.parent.parent, key, node.value);
          }
        }
        return undefined;
      case 'ImportDeclaration':
        declareImport(node);
        return undefined;
      case 'TSImportEqualsDeclaration':
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          const expr = node.moduleReference.expression;
          if (expr.type === 'Literal' && typeof expr.value === 'string') {
            const module = normalizeModule(expr.value);
            imports.push({ module, node });
            scope.declare(node.id.name, 'import').defs.push({ kind: 'import', node, module, path: [] });
          }
        }
        return undefined;
      case 'CatchClause': {
        const inner = new Scope('catch', node, scope);
        if (node.param) {
          declarePattern(node.param, inner, 'catch', () => ({ kind: 'opaque', node: node.param as Node }));
        }
        return inner;
      }
      case 'BlockStatement':
        return node.parent && isFunction(node.parent) ? undefined : new Scope('block', node, scope);
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'SwitchStatement':
      case 'StaticBlock':
        return new Scope('block', node, scope);
      case 'AssignmentExpression':
        recordAssignment(node);
        return undefined;
      case 'UpdateExpression':
        if (node.argument.type === 'Identifier') {
          pendingAssigns.push({ scope, name: node.argument.name, def: { kind: 'opaque', node } });
        }
        return undefined;
      case 'ReturnStatement':
        if (node.argument) {
          const fnScope = scope.varScope;
          if (fnScope.kind === 'function') {
            addReturn(fnScope.node, node.argument);
          }
        }
        return undefined;
      case 'YieldExpression':
        if (node.argument && !node.delegate) {
          const fnScope = scope.varScope;
          if (fnScope.kind === 'function') {
            addTo(yields, fnScope.node, node.argument);
          }
        }
        return undefined;
      case 'WithStatement':
        hasWith = true;
        return undefined;
      case 'CallExpression':
        recordCallWrite(node);
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal' &&
          typeof node.arguments[0].value === 'string'
        ) {
          imports.push({ module: normalizeModule(node.arguments[0].value), node });
        }
        return undefined;
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source) {
          imports.push({ module: normalizeModule(node.source.value), node });
        }
        return undefined;
      case 'ImportExpression':
        if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
          imports.push({ module: normalizeModule(node.source.value), node });
        }
        return undefined;
      default:
        return undefined;
    }
  }

  function addThisWrite(cls: Node, key: string, value: Node): void {
    let members = thisWrites.get(cls);
    if (!members) {
      members = new Map();
      thisWrites.set(cls, members);
    }
    const list = members.get(key);
    if (list) {
      list.push(value);
    } else {
      members.set(key, [value]);
    }
  }

  function addReturn(fn: Node, expr: Node): void {
    addTo(returns, fn, expr);
  }

  function addTo(map: Map<Node, Node[]>, fn: Node, expr: Node): void {
    const list = map.get(fn);
    if (list) {
      list.push(expr);
    } else {
      map.set(fn, [expr]);
    }
  }

  /**
   * Calls that write into an object named by a variable: `Object.defineProperty(o, 'k', { value })`,
   * `Object.defineProperties(o, {...})`, `Object.assign(o, src)` and `m.set(key, value)`.
   * Recognized by their written names; the evaluator decides later what the object is.
   */
  function recordCallWrite(node: TSESTree.CallExpression): void {
    const callee = node.callee;
    if (callee.type !== 'MemberExpression') {
      return;
    }
    const method = staticKey(callee);
    const [target, second, third] = node.arguments;
    if (method === 'set' && callee.object.type === 'Identifier' && node.arguments.length === 2 && second.type !== 'SpreadElement') {
      pendingWrites.push({
        scope,
        object: callee.object.name,
        key: { computed: target },
        def: { kind: 'init', node, expr: second, path: [] },
        map: true,
      });
      return;
    }
    const owner = callee.object.type === 'Identifier' ? callee.object.name : undefined;
    if ((owner !== 'Object' && owner !== 'Reflect') || target?.type !== 'Identifier') {
      return;
    }
    const write = (key: string | { computed: Node } | undefined, def: Def): void => {
      pendingWrites.push({ scope, object: target.name, key, def });
    };
    if (method === 'defineProperty' && second && third?.type === 'ObjectExpression') {
      const key = second.type === 'SpreadElement' ? undefined : (literalKey(second) ?? { computed: second });
      if (key !== undefined) {
        describe(third, key, write);
      }
    } else if (method === 'defineProperties' && owner === 'Object' && second?.type === 'ObjectExpression') {
      for (const prop of second.properties) {
        if (prop.type === 'Property' && prop.value.type === 'ObjectExpression') {
          const key = prop.computed ? (literalKey(prop.key) ?? { computed: prop.key }) : propertyName(prop.key);
          if (key !== undefined) {
            describe(prop.value, key, write);
          }
        }
      }
    } else if (method === 'assign' && owner === 'Object') {
      for (const source of node.arguments.slice(1)) {
        if (source.type !== 'SpreadElement') {
          write(undefined, { kind: 'init', node, expr: source, path: [] });
        }
      }
    }
  }

  /** A property descriptor's `value:` or `get`, as a write of `key`. */
  function describe(
    descriptor: TSESTree.ObjectExpression,
    key: string | { computed: Node },
    write: (key: string | { computed: Node }, def: Def) => void,
  ): void {
    for (const prop of descriptor.properties) {
      if (prop.type !== 'Property' || prop.computed) {
        continue;
      }
      const name = propertyName(prop.key);
      if (name === 'value') {
        write(key, { kind: 'init', node: prop, expr: prop.value, path: [] });
      } else if (name === 'get' && (prop.value.type === 'FunctionExpression' || prop.value.type === 'ArrowFunctionExpression')) {
        write(key, { kind: 'getter', node: prop, fn: prop.value });
      }
    }
  }

  function openFunction(node: TSESTree.FunctionLike | TSESTree.ArrowFunctionExpression): Scope {
    const inner = new Scope('function', node, scope);
    if (node.type === 'FunctionExpression' && node.id) {
      inner.declare(node.id.name, 'function').defs.push({ kind: 'function', node: node.id, fn: node });
    }
    node.params.forEach((param, index) => {
      if (param.type === 'AssignmentPattern' && param.left.type !== 'Identifier') {
        // `function f({ exec } = require('child_process'))`: the default is one possible value.
        const fallbackSource = param.right;
        declarePattern(param.left, inner, 'param', (id, path) => ({ kind: 'init', node: id, expr: fallbackSource, path }));
      }
      // A default inside the pattern (`{ spawn: start = require('child_process').spawn } = {}`) is one
      // possible value too, the caller's argument the other.
      declarePattern(param, inner, 'param', (id, path, fallback) => {
        const own: Def = { kind: 'param', node: id, fn: node, index, path };
        return fallback ? [own, { kind: 'init', node: id, expr: fallback, path: [] }] : own;
      });
    });
    if (node.type === 'ArrowFunctionExpression' && node.expression) {
      addReturn(node, node.body);
    }
    return inner;
  }

  function declareVariables(node: TSESTree.VariableDeclaration): void {
    const target = node.kind === 'var' ? scope.varScope : scope;
    const parent = node.parent;
    const loopVariable =
      parent !== undefined && (parent.type === 'ForOfStatement' || parent.type === 'ForInStatement') && parent.left === node;
    for (const declarator of node.declarations) {
      const init = declarator.init;
      // `let x;` declares without a value: later assignments give it one.
      declarePattern(declarator.id, target, node.kind, (id, path, fallback) => {
        if (loopVariable) {
          // `for (const x of list)`: x is any element of the list (`[]` in a path); `for in` gives keys.
          return parent.type === 'ForOfStatement'
            ? { kind: 'init', node: declarator, expr: parent.right, path: [ELEMENT, ...path], fallback }
            : { kind: 'opaque', node: id };
        }
        return init ? { kind: 'init', node: declarator, expr: init, path, fallback } : undefined;
      });
    }
  }

  function declareImport(node: TSESTree.ImportDeclaration): void {
    const module = normalizeModule(node.source.value);
    imports.push({ module, node });
    if (node.importKind === 'type') {
      return;
    }
    for (const spec of node.specifiers) {
      let path: string[] = [];
      if (spec.type === 'ImportSpecifier') {
        if (spec.importKind === 'type') {
          continue;
        }
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
        path = imported === 'default' ? [] : [imported];
      }
      scope.declare(spec.local.name, 'import').defs.push({ kind: 'import', node: spec, module, path });
    }
  }

  function recordAssignment(node: TSESTree.AssignmentExpression): void {
    const logical = node.operator === '||=' || node.operator === '&&=' || node.operator === '??=';
    const plain = node.operator === '=' || logical;
    if (node.left.type === 'Identifier') {
      const name = node.left.name;
      const right = node.right;
      // `x += 'al'` and `x = x + 'al'` grow the value: the evaluator folds them in source order.
      const selfAppend =
        node.operator === '=' &&
        right.type === 'BinaryExpression' &&
        right.operator === '+' &&
        right.left.type === 'Identifier' &&
        right.left.name === name;
      // `x = \`${x}l\``: the template after its leading `${x}` is appended.
      const selfTemplate =
        node.operator === '=' &&
        right.type === 'TemplateLiteral' &&
        right.quasis[0]?.value.cooked === '' &&
        right.expressions[0]?.type === 'Identifier' &&
        right.expressions[0].name === name;
      pendingAssigns.push({
        scope,
        name,
        def:
          node.operator === '+='
            ? { kind: 'append', node, expr: right }
            : selfAppend
              ? { kind: 'append', node, expr: right.right }
              : selfTemplate
                ? { kind: 'append', node, expr: right }
                : plain
                  ? { kind: 'init', node, expr: right, path: [] }
                  : { kind: 'opaque', node },
      });
    } else if (node.left.type === 'MemberExpression' && node.left.object.type === 'ThisExpression' && plain) {
      const key = staticKey(node.left);
      const cls = enclosingClass(node);
      if (key !== undefined && cls) {
        addThisWrite(cls, key, node.right);
      }
    } else if (node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier' && plain) {
      const key = staticKey(node.left);
      if (key !== undefined || node.left.computed) {
        pendingWrites.push({
          scope,
          object: node.left.object.name,
          key: key ?? { computed: node.left.property },
          def: { kind: 'init', node, expr: node.right, path: [] },
        });
      }
    } else if (node.left.type === 'ObjectPattern' || node.left.type === 'ArrayPattern') {
      const right = node.right;
      collectPattern(node.left, [], undefined, (id, path, fallback) => {
        pendingAssigns.push({ scope, name: id.name, def: { kind: 'init', node, expr: right, path, fallback } });
      });
    }
  }
}

const NOT_A_USE = new Set<string>([
  'ImportSpecifier',
  'ImportDefaultSpecifier',
  'ImportNamespaceSpecifier',
  'TSImportEqualsDeclaration',
  'TSTypeReference',
  'TSQualifiedName',
  'TSClassImplements',
  'TSInterfaceHeritage',
  'TSTypeQuery',
  'TSTypePredicate',
]);

/** Whether an identifier is used as a value (not an import specifier, a type, or a non-computed property name). */
function isValueUse(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (!parent || NOT_A_USE.has(parent.type)) {
    return false;
  }
  return !(parent.type === 'MemberExpression' && parent.property === node && !parent.computed);
}

type DefFactory = (id: TSESTree.Identifier, path: readonly PathKey[], fallback: Node | undefined) => Def | Def[] | undefined;

function declarePattern(pattern: Node, target: Scope, kind: string, make: DefFactory): void {
  collectPattern(pattern, [], undefined, (id, path, fallback) => {
    const binding = target.declare(id.name, kind);
    const def = make(id, path, fallback);
    if (Array.isArray(def)) {
      binding.defs.push(...def);
    } else if (def) {
      binding.defs.push(def);
    }
  });
}

/** Visits every identifier a pattern binds, with the property path that leads to it. */
function collectPattern(
  pattern: Node,
  path: readonly PathKey[],
  fallback: Node | undefined,
  visit: (id: TSESTree.Identifier, path: readonly PathKey[], fallback: Node | undefined) => void,
): void {
  const work: { node: Node; path: readonly PathKey[]; fallback: Node | undefined }[] = [{ node: pattern, path, fallback }];
  while (work.length > 0) {
    const { node, path: p, fallback: f } = work.pop() as (typeof work)[number];
    switch (node.type) {
      case 'Identifier':
        visit(node, p, f);
        break;
      case 'AssignmentPattern':
        work.push({ node: node.left, path: p, fallback: node.right });
        break;
      case 'TSParameterProperty':
        work.push({ node: node.parameter, path: p, fallback: f });
        break;
      case 'RestElement':
        work.push({ node: node.argument, path: [...p, '*'], fallback: undefined });
        break;
      case 'ArrayPattern':
        node.elements.forEach((element, index) => {
          if (element) {
            work.push({ node: element, path: [...p, String(index)], fallback: undefined });
          }
        });
        break;
      case 'ObjectPattern':
        for (const prop of node.properties) {
          if (prop.type === 'RestElement') {
            work.push({ node: prop.argument, path: [...p, '*'], fallback: undefined });
          } else {
            const key: PathKey | undefined = prop.computed ? (literalKey(prop.key) ?? { computed: prop.key }) : propertyName(prop.key);
            work.push({ node: prop.value, path: [...p, key ?? '*'], fallback: undefined });
          }
        }
        break;
      default:
        break;
    }
  }
}

function propertyName(key: Node): string | undefined {
  if (key.type === 'Identifier') {
    return key.name;
  }
  if (key.type === 'PrivateIdentifier') {
    return `#${key.name}`;
  }
  return literalKey(key);
}

function literalKey(key: Node): string | undefined {
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    return key.quasis[0].value.cooked ?? undefined;
  }
  return undefined;
}

/** The property name of a member expression when it is written as a constant. */
export function staticKey(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === 'Identifier'
      ? node.property.name
      : node.property.type === 'PrivateIdentifier'
        ? `#${node.property.name}`
        : undefined;
  }
  return literalKey(node.property);
}

/** The class whose instance `this` is at a node: the nearest non-arrow function must be one of its methods. */
export function enclosingClass(node: Node): Node | undefined {
  let current = node.parent;
  while (current) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const owner = current.parent;
      if (owner?.type === 'MethodDefinition' && !owner.static && owner.parent?.parent) {
        return owner.parent.parent;
      }
      return undefined;
    }
    if (current.type === 'PropertyDefinition') {
      return current.static ? undefined : current.parent?.parent;
    }
    if (current.type === 'ClassBody' || current.type === 'Program') {
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}
