/**
 * Links between the Python files of one change: a helper module that binds a capability at module
 * level (`from subprocess import run as go`, `system = os.system`) makes `from helpers import go;
 * go(cmd)` in another file a call of `subprocess.run`. Only refs are linked, never functions.
 */
import type { Range } from '../model/finding';
import { LineIndex } from '../text/lines';
import { PyEvaluator, type PyValue } from './evaluate';
import { buildModel } from './model';
import { pythonParser } from './tree';

type PyRef = Extract<PyValue, { kind: 'ref' }>;

export interface PyModuleExports {
  path: string;
  /** Module-level names bound to capabilities, with where. */
  names: Map<string, { refs: PyRef[]; at: Range }>;
}

export interface PyLinker {
  /** The file a dotted module name (or a relative one, `.helpers`) names, from `fromPath`. */
  resolve(fromPath: string, module: string): PyModuleExports | undefined;
}

const MAX_LINKED_CHARS = 1_000_000;

function candidates(fromPath: string, module: string): string[] {
  const dir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  const dots = /^\.*/.exec(module)?.[0].length ?? 0;
  const rest = module.slice(dots).split('.').filter(Boolean).join('/');
  const bases: string[] = [];
  if (dots > 0) {
    const parts = dir ? dir.split('/') : [];
    if (dots - 1 > parts.length) {
      return [];
    }
    bases.push(parts.slice(0, parts.length - (dots - 1)).join('/'));
  } else {
    // An absolute import: from the importing file's folder (scripts), then from the root.
    bases.push(dir, '');
  }
  const out: string[] = [];
  for (const base of bases) {
    const stem = [base, rest].filter(Boolean).join('/');
    if (stem) {
      out.push(`${stem}.py`, `${stem}/__init__.py`);
    }
  }
  return out;
}

export function changePyLinker(texts: ReadonlyMap<string, string>): PyLinker {
  const memo = new Map<string, PyModuleExports | undefined>();
  const computing = new Set<string>();
  return {
    resolve(fromPath, module) {
      const target = candidates(fromPath, module).find((c) => texts.has(c));
      if (target === undefined || target === fromPath || computing.has(target)) {
        return undefined;
      }
      if (!memo.has(target)) {
        computing.add(target);
        try {
          memo.set(target, pyModuleExports(target, texts.get(target) as string));
        } finally {
          computing.delete(target);
        }
      }
      return memo.get(target);
    },
  };
}

function pyModuleExports(path: string, text: string): PyModuleExports | undefined {
  const parser = pythonParser();
  if (!parser || text.length > MAX_LINKED_CHARS) {
    return undefined;
  }
  const parsed = parser.parse(text, { maxNodes: 1_000_000, deadline: Infinity, now: () => 0 });
  if (!parsed.ok) {
    return undefined;
  }
  const model = buildModel(parsed.root, text, new Set());
  const ev = new PyEvaluator(model, text);
  const lines = new LineIndex(text);
  const names = new Map<string, { refs: PyRef[]; at: Range }>();
  const scope = model.scopes.get(model.root);
  for (const [name, binding] of scope?.bindings ?? []) {
    const refs = ev.lookup(name, model.root).filter((v): v is PyRef => v.kind === 'ref' && !v.name.startsWith('.'));
    const decl = binding[0]?.decl;
    if (refs.length > 0 && decl) {
      names.set(name, { refs, at: lines.range(decl.start, decl.end) });
    }
  }
  return names.size > 0 ? { path, names } : undefined;
}
