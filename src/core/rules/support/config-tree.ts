/**
 * Configuration files read as plain data, never executed: a tree of objects, arrays and scalars
 * with the 1-based line of each value. JS configs (`module.exports = {...}`, `export default
 * defineConfig({...})`) and JSON/JSONC are read from the parser's syntax tree; whatever is not a
 * literal (a call, a computed value) becomes an `unknown` holding its source text.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { parseJs } from '../../js/parse';
import { LineIndex } from '../../text/lines';
import { readJson } from './config-json';

export type Scalar = string | number | boolean | null;

export type ConfigValue =
  | { kind: 'scalar'; value: Scalar; line: number }
  | { kind: 'array'; items: ConfigValue[]; line: number }
  | { kind: 'object'; entries: Map<string, ConfigValue>; line: number }
  | { kind: 'unknown'; text: string; line: number };

/** At most this deep: configs are shallow, hostile input may not be. */
const MAX_DEPTH = 40;
/** Config modules are small; a larger one is not read (parsing it would cost more than it tells). */
const MAX_JS_CONFIG = 512 * 1024;

type Expr = TSESTree.Node;

interface Reader {
  lines: LineIndex;
  text: string;
  /** Offset of the file's text inside the parsed source (JSON is parsed wrapped in parentheses). */
  shift: number;
  /** Top-level `const name = <init>` declarations, for `export default config` and `...base`. */
  consts: Map<string, Expr>;
}

function lineOf(reader: Reader, node: Expr): number {
  return reader.lines.position(Math.max(0, node.range[0] - reader.shift)).line;
}

function keyName(key: Expr, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) {
    return key.name;
  }
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    return key.quasis[0].value.cooked ?? undefined;
  }
  return undefined;
}

function unwrap(node: Expr): Expr {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSNonNullExpression') {
    n = n.expression;
  }
  return n;
}

function toValue(reader: Reader, raw: Expr, depth: number, seen: Set<string>): ConfigValue {
  const node = unwrap(raw);
  const line = lineOf(reader, node);
  if (depth > MAX_DEPTH) {
    return { kind: 'unknown', text: '', line };
  }
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'object' && node.value !== null
        ? { kind: 'scalar', value: String(node.value), line }
        : { kind: 'scalar', value: (node.value ?? null) as Scalar, line };
    case 'TemplateLiteral':
      if (node.expressions.length === 0) {
        return { kind: 'scalar', value: node.quasis[0].value.cooked ?? '', line };
      }
      break;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return { kind: 'scalar', value: -node.argument.value, line };
      }
      if (node.operator === '!' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return { kind: 'scalar', value: !node.argument.value, line };
      }
      break;
    case 'ArrayExpression':
      return { kind: 'array', items: arrayItems(reader, node, depth, seen), line };
    case 'ObjectExpression':
      return { kind: 'object', entries: objectEntries(reader, node, depth, seen), line };
    case 'Identifier': {
      const init = reader.consts.get(node.name);
      if (init && !seen.has(node.name)) {
        return toValue(reader, init, depth + 1, new Set([...seen, node.name]));
      }
      break;
    }
    default:
      break;
  }
  return { kind: 'unknown', text: reader.text.slice(node.range[0] - reader.shift, node.range[1] - reader.shift).slice(0, 200), line };
}

function arrayItems(reader: Reader, node: TSESTree.ArrayExpression, depth: number, seen: Set<string>): ConfigValue[] {
  const items: ConfigValue[] = [];
  for (const element of node.elements) {
    if (element === null) {
      continue;
    }
    if (element.type === 'SpreadElement') {
      const spread = toValue(reader, element.argument, depth + 1, seen);
      for (const item of spread.kind === 'array' ? spread.items : [spread]) {
        items.push(item);
      }
    } else {
      items.push(toValue(reader, element, depth + 1, seen));
    }
  }
  return items;
}

function objectEntries(reader: Reader, node: TSESTree.ObjectExpression, depth: number, seen: Set<string>): Map<string, ConfigValue> {
  const entries = new Map<string, ConfigValue>();
  for (const prop of node.properties) {
    if (prop.type === 'SpreadElement') {
      const spread = toValue(reader, prop.argument, depth + 1, seen);
      if (spread.kind === 'object') {
        for (const [k, v] of spread.entries) {
          entries.set(k, v);
        }
      }
      continue;
    }
    const name = keyName(prop.key, prop.computed);
    if (name === undefined || name === '__proto__') {
      continue;
    }
    entries.set(
      name,
      prop.kind === 'init' && !prop.method ? toValue(reader, prop.value as Expr, depth + 1, seen) : unknownOf(reader, prop),
    );
  }
  return entries;
}

function unknownOf(reader: Reader, node: Expr): ConfigValue {
  return { kind: 'unknown', text: '', line: lineOf(reader, node) };
}

/** The configuration a module exports: the object (or array) literal, through `defineConfig(...)` and friends. */
function exported(program: TSESTree.Program, consts: Map<string, Expr>): Expr | undefined {
  let result: Expr | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      result = statement.declaration as Expr;
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const left = statement.expression.left;
      const isExports =
        left.type === 'MemberExpression' &&
        ((left.object.type === 'Identifier' && left.object.name === 'module' && keyName(left.property, left.computed) === 'exports') ||
          (left.object.type === 'Identifier' && left.object.name === 'exports' && keyName(left.property, left.computed) === 'default'));
      if (isExports) {
        result = statement.expression.right;
      }
    }
  }
  return result === undefined ? undefined : configExpression(result, consts, 0);
}

/** `defineConfig({...})`, `defineConfig(() => ({...}))`, `tseslint.config(a, b)`, `config`, `[...]`. */
function configExpression(raw: Expr, consts: Map<string, Expr>, depth: number): Expr | undefined {
  const node = unwrap(raw);
  if (depth > 5) {
    return undefined;
  }
  if (node.type === 'ObjectExpression' || node.type === 'ArrayExpression') {
    return node;
  }
  if (node.type === 'Identifier') {
    const init = consts.get(node.name);
    return init ? configExpression(init, consts, depth + 1) : undefined;
  }
  if ((node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') && node.body) {
    if (node.body.type !== 'BlockStatement') {
      return configExpression(node.body, consts, depth + 1);
    }
    const ret = node.body.body.find((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
    return ret?.argument ? configExpression(ret.argument, consts, depth + 1) : undefined;
  }
  if (node.type === 'CallExpression' && node.arguments.length > 0) {
    if (node.arguments.length === 1) {
      return configExpression(node.arguments[0] as Expr, consts, depth + 1);
    }
    // `tseslint.config(a, b, c)` / `defineConfig([a], b)`: the arguments are the flat config array.
    return { type: 'ArrayExpression', elements: node.arguments, range: node.range } as unknown as Expr;
  }
  return undefined;
}

function topConsts(program: TSESTree.Program): Map<string, Expr> {
  const consts = new Map<string, Expr>();
  for (const raw of program.body) {
    const statement = raw.type === 'ExportNamedDeclaration' && raw.declaration ? raw.declaration : raw;
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) {
        if (d.id.type === 'Identifier' && d.init) {
          consts.set(d.id.name, d.init);
        }
      }
    }
  }
  return consts;
}

/** Reads the configuration a JS/TS config module exports; undefined when it cannot be found statically. */
export function readJsConfig(text: string, path: string): ConfigValue | undefined {
  if (text.length > MAX_JS_CONFIG) {
    return undefined;
  }
  const ts = /\.[cm]?tsx?$/.test(path);
  const parsed = parseJs(text, { language: ts ? 'ts' : 'js', jsx: false });
  if (!parsed.ok) {
    return undefined;
  }
  const consts = topConsts(parsed.program);
  const node = exported(parsed.program, consts);
  if (!node) {
    return undefined;
  }
  const reader: Reader = { lines: new LineIndex(text), text, shift: 0, consts };
  return toValue(reader, node, 0, new Set());
}

/** Reads JSON or JSONC (comments, trailing commas) with line numbers; undefined when it is not an object or array. */
export function readJsonConfig(text: string): ConfigValue | undefined {
  return readJson(text);
}

/** The value at a path of object keys, if every step is an object. */
export function valueAt(value: ConfigValue | undefined, ...path: string[]): ConfigValue | undefined {
  let current = value;
  for (const key of path) {
    if (current?.kind !== 'object') {
      return undefined;
    }
    current = current.entries.get(key);
  }
  return current;
}

/** A scalar rendered for messages and comparisons; arrays and objects as short markers. */
export function render(value: ConfigValue | undefined): string {
  if (value === undefined) {
    return '(unset)';
  }
  switch (value.kind) {
    case 'scalar':
      return typeof value.value === 'string' ? JSON.stringify(value.value) : String(value.value);
    case 'array':
      return `[${value.items.map(render).join(', ')}]`;
    case 'object':
      return '{...}';
    default:
      return value.text || '(computed)';
  }
}
