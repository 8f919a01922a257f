/**
 * The process-starting APIs ts/child-process knows, and how to read the command a call runs.
 * `form` says where the command is: a shell string, a file plus an argument array, a tagged
 * template, an argv array (`Bun.spawn(['ls'])`), or `{cmd: [...]}` (`Deno.run`).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue } from '../../js/values';
import { withoutDefault } from './process-imports';
import { fixedPath, optionOf, shorten, sourceOf, unwrapExpr } from './process-paths';

export type Form = 'string' | 'file' | 'template' | 'argv' | 'cmd-option' | 'ctor' | 'binding';

export interface Api {
  form: Form;
  /** A shell parses the command. */
  shell?: boolean;
  /** Always worth a high finding (pseudo-terminals, the raw process class). */
  high?: boolean;
}

const SHELL: Api = { form: 'string', shell: true };
const FILE: Api = { form: 'file' };
const CHILD_PROCESS: Record<string, Api> = {
  exec: SHELL,
  execSync: SHELL,
  execFile: FILE,
  execFileSync: FILE,
  spawn: FILE,
  spawnSync: FILE,
  fork: FILE,
  ChildProcess: { form: 'ctor', high: true },
};

/** Module name -> member path (dotted, '' for the module itself) -> API. */
export const PROCESS_APIS: Record<string, Record<string, Api>> = {
  child_process: CHILD_PROCESS,
  'promisify-child-process': CHILD_PROCESS,
  'child-process-promise': { exec: SHELL, execFile: FILE, spawn: FILE, fork: FILE },
  execa: {
    '': FILE,
    execa: FILE,
    execaSync: FILE,
    execaNode: FILE,
    $: { form: 'template' },
    '$.sync': { form: 'template' },
    '$.s': { form: 'template' },
    execaCommand: { form: 'string' },
    execaCommandSync: { form: 'string' },
  },
  shelljs: { exec: SHELL },
  'cross-spawn': { '': FILE, spawn: FILE, sync: FILE },
  zx: { $: { form: 'template', shell: true }, '$.sync': { form: 'template', shell: true } },
  bun: { $: { form: 'template', shell: true }, spawn: { form: 'argv' }, spawnSync: { form: 'argv' } },
  tinyexec: { x: FILE, exec: FILE },
  'nano-spawn': { '': FILE },
  'node-pty': { spawn: { form: 'file', high: true } },
};

export const PROCESS_MODULES: ReadonlySet<string> = new Set(Object.keys(PROCESS_APIS));

const GLOBAL_APIS: Record<string, Api> = {
  'Bun.spawn': { form: 'argv' },
  'Bun.spawnSync': { form: 'argv' },
  'Bun.$': { form: 'template', shell: true },
  'Deno.run': { form: 'cmd-option' },
  'Deno.Command': FILE,
};

/** `.spawn` on one of Node's internal process bindings. */
export const BINDING_API: Api = { form: 'binding' };

/** The API a ref names, with `'*'` members (computed names) reported separately by the rule. */
export function apiOf(value: RefValue): Api | undefined {
  const ref = withoutDefault(value);
  if (ref.module === undefined) {
    return GLOBAL_APIS[ref.path.join('.')];
  }
  const table = PROCESS_APIS[ref.module];
  return table ? table[ref.path.join('.')] : undefined;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh']);
const SHELL_FLAGS = new Set(['-c', '-lc', '-ic', '/c', '/C', '/k', '-Command', '-command', '-EncodedCommand', '-e']);
const INTERPRETERS = new Set(['node', 'deno', 'bun', 'python', 'python3', 'perl', 'ruby', 'php']);
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print', '-c', '-r']);

export interface Command {
  /** Display form. */
  text: string;
  /** Fixed when the code was written. */
  fixed: boolean;
  /** A shell (`sh -c`) or an interpreter (`node -e`) runs a string. */
  inline?: 'shell' | 'code';
}

/** What a call runs, read according to the API's form. */
export function commandOf(ctx: TsRuleContext, api: Api, args: readonly Node[], tag?: TSESTree.TemplateLiteral): Command | undefined {
  if (tag) {
    return templateCommand(ctx, tag);
  }
  switch (api.form) {
    case 'string':
      return stringCommand(ctx, args[0]);
    case 'file':
    case 'template': {
      const list = arrayOf(ctx, args[1]);
      return argvCommand(ctx, args[0], list ? list.elements : optionArgs(ctx, args));
    }
    case 'argv':
    case 'cmd-option': {
      const first = args[0] ? unwrapExpr(args[0]) : undefined;
      const argv = arrayOf(ctx, first) ?? optionOf(ctx, args, 'cmd');
      const list = arrayOf(ctx, argv);
      if (list) {
        return argvCommand(ctx, list.elements[0] ?? undefined, list.elements.slice(1));
      }
      const dynamic = argv ?? (first?.type !== 'ObjectExpression' ? first : undefined);
      return dynamic ? { text: sourceOf(ctx, dynamic), fixed: false } : undefined;
    }
    case 'binding': {
      // Internal bindings take `{ file, args }`, where `args` starts with argv[0].
      const file = optionOf(ctx, args, 'file');
      return file ? argvCommand(ctx, file, arrayOf(ctx, optionOf(ctx, args, 'args'))?.elements.slice(1) ?? []) : undefined;
    }
    default:
      return undefined;
  }
}

/** The array literal an argument is, written in place or through a variable (`const argv = ['-c', cmd]`). */
function arrayOf(ctx: TsRuleContext, node: Node | undefined): TSESTree.ArrayExpression | undefined {
  const expr = node ? unwrapExpr(node) : undefined;
  if (!expr || expr.type === 'ArrayExpression') {
    return expr;
  }
  const values = expr.type === 'Identifier' ? ctx.values(expr) : [];
  const only = values.length === 1 ? values[0] : undefined;
  return only?.kind === 'arr' && only.node?.type === 'ArrayExpression' ? only.node : undefined;
}

function optionArgs(ctx: TsRuleContext, args: readonly Node[]): readonly (Node | null)[] {
  return arrayOf(ctx, optionOf(ctx, args, 'args'))?.elements ?? [];
}

function stringCommand(ctx: TsRuleContext, arg: Node | undefined): Command | undefined {
  if (!arg) {
    return undefined;
  }
  const strings = ctx.strings(arg);
  if (strings) {
    return { text: shorten(strings.join(' | ')), fixed: true };
  }
  return { text: sourceOf(ctx, arg), fixed: false };
}

/** `process.env.SHELL ?? '/bin/sh'`, `process.env.ComSpec || 'cmd.exe'`: the user's shell, whichever it is. */
function shellFallback(ctx: TsRuleContext, file: Node): string | undefined {
  const n = unwrapExpr(file);
  if (n.type === 'LogicalExpression' && n.operator !== '&&') {
    const fallback = ctx.strings(n.right);
    if (fallback?.length === 1) {
      return fallback[0];
    }
  }
  return /\benv\s*(\.\s*|\[\s*['"`])(SHELL|ComSpec|COMSPEC)\b/.test(ctx.text(n)) ? 'sh' : undefined;
}

function argvCommand(ctx: TsRuleContext, file: Node | undefined, rest: readonly (Node | null)[]): Command | undefined {
  if (!file) {
    return undefined;
  }
  const fixed = fixedPath(ctx, file);
  const parts = rest.map((item) => (item && item.type !== 'SpreadElement' ? ctx.strings(item) : undefined));
  const words = parts.map((p, i) => (p?.length === 1 ? p[0] : `<${sourceOf(ctx, rest[i] as Node, 20)}>`));
  const head = fixed ?? sourceOf(ctx, file, 40);
  const text = shorten([head, ...words].join(' '));
  const base = (fixed ?? shellFallback(ctx, file) ?? '').split(/[\\/]/).pop() ?? '';
  const flags = new Set(parts.flatMap((p) => (p?.length === 1 ? p : [])));
  const hasFlag = (set: ReadonlySet<string>): boolean => [...flags].some((f) => set.has(f));
  const inline = SHELLS.has(base) && hasFlag(SHELL_FLAGS) ? 'shell' : INTERPRETERS.has(base) && hasFlag(EVAL_FLAGS) ? 'code' : undefined;
  return { text, fixed: fixed !== undefined, inline };
}

function templateCommand(ctx: TsRuleContext, quasi: TSESTree.TemplateLiteral): Command {
  const strings = ctx.strings(quasi);
  if (strings?.length === 1) {
    return { text: shorten(strings[0]), fixed: true };
  }
  const text = quasi.quasis
    .map((q, i) => (q.value.cooked ?? '') + (quasi.expressions[i] ? `\${${ctx.text(quasi.expressions[i])}}` : ''))
    .join('');
  // Interpolations become separate arguments: the program is fixed when the first chunk names it.
  const program = /^\s*[\w./@-]+\s/.test(quasi.quasis[0].value.cooked ?? '');
  return { text: shorten(text), fixed: program };
}
