/**
 * Capabilities a module hands to its importers, for reviews of several files at once: a helper
 * in the change that re-exports `child_process` (`export * from`, `export { exec as run } from`,
 * `module.exports = require(...)`, `export const run = cp.exec`) makes the importing file's
 * `run(cmd)` a call of `child_process.exec`. Only refs are linked (modules, globals such as
 * `eval`), never functions: a wrapper's body stays in its own file.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { languageOf } from '../model/language';
import type { Range } from '../model/finding';
import { LineIndex } from '../text/lines';
import { Evaluator } from './evaluate';
import { buildModel, normalizeModule, staticKey } from './model';
import { parseJs } from './parse';
import type { Node } from './scope';
import type { RefValue } from './values';
import { linked, type ModuleExports, type ModuleLinker } from './link';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const MAX_LINKED_BYTES = 1_000_000;

/** `a/b/../c` -> `a/c`; undefined when it climbs out of the root. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (out.length === 0) {
        return undefined;
      }
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

/** The file a relative specifier names, among `files`, the way Node and bundlers look for it. */
export function resolveRelative(fromPath: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
    return undefined;
  }
  const dir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  const base = normalizePath(`${dir}/${specifier}`);
  if (base === undefined) {
    return undefined;
  }
  // `./util.js` written for a TypeScript source `util.ts`.
  const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((e) => stripped + e), ...EXTENSIONS.slice(1).map((e) => `${base}/index${e}`)]) {
    if (files.has(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** Extensions Node does not load as JavaScript through `require` (it parses these its own way). */
const NOT_JS_WHEN_REQUIRED = /\.(json|node|wasm|css|scss|less|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|md|html?)$/i;
const SPECIFIER = /\b(?:require|import)\s*\(\s*(['"`])(\.{1,2}\/[^'"`\n]+)\1\s*\)|\bfrom\s*(['"])(\.{1,2}\/[^'"\n]+)\3/g;
const LOADS_CODE =
  /\b(_compile|runInThisContext|runInNewContext|runInContext|compileFunction|new\s+Function|Function\s*\(|eval\s*\(|require\.extensions|Module\._extensions)/;
const FILE_NAME = /(['"`])((?:\.{0,2}\/)?[\w@-][\w./@-]*\.[A-Za-z0-9]{1,8})\1/g;

/**
 * Files of a change that a JS/TS file of the change loads as code although their extension is
 * not a script's: `require('./header.tpl')` (Node runs unknown extensions as JavaScript), or a
 * file named in a module that compiles or evaluates code (`module._compile(read('loader.dat'))`,
 * a `require.extensions['.txt']` hook). The engine reads such a file as JavaScript when it parses
 * as JavaScript.
 */
export function filesLoadedAsCode(jsTexts: ReadonlyMap<string, string>, allPaths: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const consider = (from: string, name: string): void => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    // A bare file name (`path.join(__dirname, '..', 'assets', 'loader.dat')`): the one changed file of that name.
    const byName = name.includes('/') ? [] : [...allPaths].filter((p) => p === name || p.endsWith(`/${name}`));
    for (const candidate of [normalizePath(`${dir}/${name}`), normalizePath(name), ...(byName.length === 1 ? byName : [])]) {
      if (candidate && allPaths.has(candidate) && languageOf(candidate) === undefined && !NOT_JS_WHEN_REQUIRED.test(candidate)) {
        out.add(candidate);
      }
    }
  };
  for (const [path, text] of jsTexts) {
    if (text.length > MAX_LINKED_BYTES) {
      continue;
    }
    for (const match of text.matchAll(SPECIFIER)) {
      consider(path, match[2] ?? match[4]);
    }
    if (LOADS_CODE.test(text)) {
      for (const match of text.matchAll(FILE_NAME)) {
        consider(path, match[2]);
      }
    }
  }
  return out;
}

/** A linker over the new versions of a change's files; each file's exports are computed once, on demand. */
export function changeLinker(texts: ReadonlyMap<string, string>): ModuleLinker {
  const files = new Set([...texts.keys()].filter((p) => languageOf(p) !== undefined));
  const memo = new Map<string, ModuleExports | undefined>();
  const computing = new Set<string>();
  /** Names some file may write onto the global object, and which files: a cheap textual pre-filter. */
  let candidates: Map<string, string[]> | undefined;
  const globalsMemo = new Map<string, Map<string, RefValue[]>>();
  const linker: ModuleLinker = {
    global(name) {
      candidates ??= globalCandidates(files, texts);
      const out: RefValue[] = [];
      for (const file of candidates.get(name) ?? []) {
        let writes = globalsMemo.get(file);
        if (!writes) {
          writes = globalWrites(file, texts.get(file) as string);
          globalsMemo.set(file, writes);
        }
        out.push(...(writes.get(name) ?? []));
      }
      return out;
    },
    resolve(fromPath, specifier) {
      const target = resolveRelative(fromPath, specifier, files);
      if (target === undefined || target === fromPath || computing.has(target)) {
        return undefined;
      }
      if (!memo.has(target)) {
        computing.add(target);
        try {
          memo.set(target, moduleExports(target, texts.get(target) as string, linker));
        } finally {
          computing.delete(target);
        }
      }
      return memo.get(target);
    },
  };
  return linker;
}

const GLOBAL_WRITE = /\b(?:globalThis|global|window|self)\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"`])([^'"`\n]{1,100})\2\s*\])\s*=(?!=)/g;

/** The names each file of the change appears to assign on the global object (checked properly later). */
function globalCandidates(files: ReadonlySet<string>, texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const text = texts.get(file) as string;
    if (text.length > MAX_LINKED_BYTES) {
      continue;
    }
    for (const match of text.matchAll(GLOBAL_WRITE)) {
      const name = match[1] ?? match[3];
      const list = out.get(name);
      if (!list) {
        out.set(name, [file]);
      } else if (!list.includes(file)) {
        list.push(file);
      }
    }
  }
  return out;
}

/** The capabilities a file stores on the global object (`globalThis.x = eval`, `window['x'] = cp.exec`), by name. */
function globalWrites(path: string, text: string): Map<string, RefValue[]> {
  const out = new Map<string, RefValue[]>();
  const info = languageOf(path);
  const parsed = info ? parseJs(text, info) : undefined;
  if (!parsed?.ok) {
    return out;
  }
  let model;
  try {
    model = buildModel(parsed.program, new Set(['AssignmentExpression']), { deadline: Infinity, now: () => 0, maxNodes: 1_000_000 });
  } catch {
    return out;
  }
  const ev = new Evaluator(model);
  for (const node of model.events) {
    if (node.type !== 'AssignmentExpression' || node.operator !== '=' || node.left.type !== 'MemberExpression') {
      continue;
    }
    const key = staticKey(node.left) ?? ev.strings(node.left.property)?.[0];
    const onGlobal = ev.values(node.left.object).some((v) => v.kind === 'ref' && v.module === undefined && v.path.length === 0);
    if (key === undefined || !onGlobal) {
      continue;
    }
    const refs = ev.refs(node.right).filter((r) => !(r.module?.startsWith('.') ?? false) && !(r.module === undefined && r.path[0] === key));
    if (refs.length > 0) {
      out.set(key, [...(out.get(key) ?? []), ...refs]);
    }
  }
  return out;
}

/** What a module exports that is a ref, with where. Undefined when it does not parse. */
export function moduleExports(path: string, text: string, linker?: ModuleLinker): ModuleExports | undefined {
  const info = languageOf(path);
  if (!info || text.length > MAX_LINKED_BYTES) {
    return undefined;
  }
  const parsed = parseJs(text, info);
  if (!parsed.ok) {
    return undefined;
  }
  let model;
  try {
    model = buildModel(parsed.program, new Set(), { deadline: Infinity, now: () => 0, maxNodes: 1_000_000 });
  } catch {
    return undefined;
  }
  const ev = new Evaluator(model, linker && { path, linker });
  const lines = new LineIndex(text);
  const exports: ModuleExports = { path, names: new Map(), star: [] };
  const at = (node: Node): Range => lines.range(node.range[0], node.range[1]);
  const moduleRef = (source: string, member?: string): RefValue => {
    const module = normalizeModule(source);
    return { kind: 'ref', module, path: member === undefined ? [] : [member] };
  };
  // A thin wrapper that forwards its arguments to a process or code sink is exported as that sink.
  const refsOf = (node: Node): RefValue[] => [...ev.refs(node), ...ev.forwarded(node)].filter((r) => !(r.module?.startsWith('.') ?? false));
  const set = (name: string, values: RefValue[], node: Node): void => {
    if (values.length > 0) {
      exports.names.set(name, { values, at: at(node) });
    }
  };
  const keyName = (key: Node): string | undefined =>
    key.type === 'Identifier' ? key.name : key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;

  for (const statement of parsed.program.body) {
    switch (statement.type) {
      case 'ExportAllDeclaration': {
        const ref = linkedOrModule(statement.source.value);
        if (statement.exported) {
          set(keyName(statement.exported) ?? '', ref, statement);
        } else if (ref.length > 0) {
          exports.star.push({ values: ref, at: at(statement) });
        }
        break;
      }
      case 'ExportNamedDeclaration':
        if (statement.exportKind === 'type') {
          break;
        }
        if (statement.source) {
          const source = statement.source.value;
          for (const spec of statement.specifiers) {
            if (spec.type === 'ExportSpecifier' && spec.exportKind !== 'type') {
              const local = keyName(spec.local) ?? '';
              set(keyName(spec.exported) ?? local, linkedMember(source, local), spec);
            }
          }
        } else if (statement.declaration?.type === 'FunctionDeclaration' && statement.declaration.id) {
          set(statement.declaration.id.name, ev.forwarded(statement.declaration.id), statement.declaration);
        } else if (statement.declaration?.type === 'VariableDeclaration') {
          for (const decl of statement.declaration.declarations) {
            if (decl.id.type === 'Identifier' && decl.init) {
              set(decl.id.name, refsOf(decl.init), decl);
            }
          }
        } else {
          for (const spec of statement.specifiers) {
            if (spec.type === 'ExportSpecifier' && spec.exportKind !== 'type') {
              set(keyName(spec.exported) ?? '', refsOf(spec.local), spec);
            }
          }
        }
        break;
      case 'ExportDefaultDeclaration':
        if (statement.declaration.type === 'FunctionDeclaration') {
          set('default', statement.declaration.id ? ev.forwarded(statement.declaration.id) : [], statement);
        } else if (statement.declaration.type !== 'ClassDeclaration') {
          set('default', refsOf(statement.declaration), statement);
        }
        break;
      case 'ExpressionStatement':
        commonJs(statement.expression);
        break;
      default:
        break;
    }
  }
  return exports.names.size > 0 || exports.star.length > 0 ? exports : undefined;

  /** `module.exports = X`, `module.exports = { a: X }`, `module.exports.a = X`, `exports.a = X`. */
  function commonJs(expression: TSESTree.Expression): void {
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=' || expression.left.type !== 'MemberExpression') {
      return;
    }
    const target = expression.left;
    const object = target.object;
    const member = target.computed
      ? target.property.type === 'Literal'
        ? String(target.property.value)
        : undefined
      : keyName(target.property);
    const isModule = (n: Node): boolean => n.type === 'Identifier' && n.name === 'module';
    if (isModule(object) && member === 'exports') {
      const value = expression.right;
      if (value.type === 'ObjectExpression') {
        for (const prop of value.properties) {
          if (prop.type === 'Property') {
            const name = keyName(prop.key);
            if (name !== undefined) {
              set(name, refsOf(prop.value), prop);
            }
          }
        }
        return;
      }
      const refs = refsOf(value);
      set('default', refs, expression);
      if (refs.length > 0) {
        exports.star.push({ values: refs, at: at(expression) });
      }
      return;
    }
    const exportsObject =
      (object.type === 'Identifier' && object.name === 'exports') ||
      (object.type === 'MemberExpression' && isModule(object.object) && keyName(object.property) === 'exports');
    if (exportsObject && member !== undefined) {
      set(member, refsOf(expression.right), expression);
    }
  }

  /** A module named in a re-export: another file of the change (linked), or a package. */
  function linkedOrModule(source: string): RefValue[] {
    const linked = source.startsWith('.') ? linker?.resolve(path, source) : undefined;
    if (source.startsWith('.')) {
      return linked ? linked.star.flatMap((s) => s.values) : [];
    }
    return [moduleRef(source)];
  }

  function linkedMember(source: string, member: string): RefValue[] {
    if (!source.startsWith('.')) {
      return [moduleRef(source, member)];
    }
    return linked(linker?.resolve(path, source), [member]);
  }
}
