/**
 * Python APIs that start programs, and how to read the command a call runs: a shell string
 * (`os.system`, `shell=True`), an argument list (`subprocess.run([...])`, `os.execv`), varargs
 * (`os.execl`, `asyncio.create_subprocess_exec`), or a program named by the API itself
 * (`sh.git(...)`, `plumbum.cmd.ls`).
 */
import type { PyRuleContext } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { assignedValues, clip, pyPaths } from './py-fs-paths';

export type Form = 'auto' | 'shell' | 'varargs' | 'list' | 'argv' | 'named';

export interface ProcessApi {
  form: Form;
  /** Position of the program (varargs, list: the argv list follows it). */
  at?: number;
  /** How the process runs, for messages. */
  how?: string;
  /** Always high (pseudo-terminals). */
  high?: boolean;
  /** The argument list repeats the program name first (`os.execl(path, 'name', ...)`). */
  argv0?: boolean;
  /** The keyword that holds the command, for APIs that do not take it first (`BashOperator(bash_command=...)`). */
  keyword?: string;
}

const AUTO: ProcessApi = { form: 'auto' };
const SHELL: ProcessApi = { form: 'shell', how: ' through a shell' };
const REMOTE: ProcessApi = { form: 'shell', how: ' through a shell on a remote host' };
const EXEC_L: ProcessApi = { form: 'varargs', at: 0, how: ', replacing this process', argv0: true };
const EXEC_V: ProcessApi = { form: 'list', at: 0, how: ', replacing this process' };
const SPAWN_L: ProcessApi = { form: 'varargs', at: 1, argv0: true };
const SPAWN_V: ProcessApi = { form: 'list', at: 1 };

export const PROCESS_APIS: Record<string, ProcessApi> = {
  'subprocess.run': AUTO,
  'subprocess.call': AUTO,
  'subprocess.check_call': AUTO,
  'subprocess.check_output': AUTO,
  'subprocess.Popen': AUTO,
  'subprocess.getoutput': SHELL,
  'subprocess.getstatusoutput': SHELL,
  'os.system': SHELL,
  // libc's own `system`/`popen` through ctypes: a shell, without `os` or `subprocess` in sight.
  'ctypes.CDLL().system': SHELL,
  'ctypes.PyDLL().system': SHELL,
  'ctypes.cdll.LoadLibrary().system': SHELL,
  'ctypes.CDLL().popen': SHELL,
  'ctypes.cdll.LoadLibrary().popen': SHELL,
  'os.popen': SHELL,
  'os.popen2': SHELL,
  'os.popen3': SHELL,
  'os.popen4': SHELL,
  'popen2.popen2': SHELL,
  'popen2.popen3': SHELL,
  'commands.getoutput': SHELL,
  'commands.getstatusoutput': SHELL,
  'os.execl': EXEC_L,
  'os.execle': EXEC_L,
  'os.execlp': EXEC_L,
  'os.execlpe': EXEC_L,
  'os.execv': EXEC_V,
  'os.execve': EXEC_V,
  'os.execvp': EXEC_V,
  'os.execvpe': EXEC_V,
  'os.spawnl': SPAWN_L,
  'os.spawnle': SPAWN_L,
  'os.spawnlp': SPAWN_L,
  'os.spawnlpe': SPAWN_L,
  'os.spawnv': SPAWN_V,
  'os.spawnve': SPAWN_V,
  'os.spawnvp': SPAWN_V,
  'os.spawnvpe': SPAWN_V,
  'os.posix_spawn': { form: 'list', at: 0 },
  'os.posix_spawnp': { form: 'list', at: 0 },
  'os.startfile': { form: 'varargs', at: 0 },
  'pty.spawn': { form: 'argv', how: ' in a pseudo-terminal', high: true },
  'asyncio.create_subprocess_exec': { form: 'varargs', at: 0 },
  'asyncio.subprocess.create_subprocess_exec': { form: 'varargs', at: 0 },
  'asyncio.create_subprocess_shell': SHELL,
  'asyncio.subprocess.create_subprocess_shell': SHELL,
  'invoke.run': SHELL,
  'invoke.sudo': SHELL,
  'invoke.Context().run': SHELL,
  'invoke.Context().sudo': SHELL,
  'fabric.Connection().run': REMOTE,
  'fabric.Connection().sudo': REMOTE,
  'fabric.Connection().local': SHELL,
  'fabric.api.run': REMOTE,
  'fabric.api.sudo': REMOTE,
  'fabric.api.local': SHELL,
  'fabric.operations.run': REMOTE,
  'fabric.operations.sudo': REMOTE,
  'fabric.operations.local': SHELL,
  'paramiko.SSHClient().exec_command': REMOTE,
  'sh.Command': { form: 'varargs', at: 0 },
  // Airflow tasks: the command runs in a shell on the worker, after Jinja templating (`{{ dag_run.conf[...] }}`).
  'airflow.operators.bash.BashOperator': { form: 'shell', keyword: 'bash_command', how: ' through a shell (an Airflow task)' },
  'airflow.operators.bash_operator.BashOperator': { form: 'shell', keyword: 'bash_command', how: ' through a shell (an Airflow task)' },
  'airflow.providers.standard.operators.bash.BashOperator': {
    form: 'shell',
    keyword: 'bash_command',
    how: ' through a shell (an Airflow task)',
  },
  'airflow.providers.ssh.operators.ssh.SSHOperator': {
    form: 'shell',
    keyword: 'command',
    how: ' through a shell on a remote host (an Airflow task)',
  },
  'airflow.contrib.operators.ssh_operator.SSHOperator': {
    form: 'shell',
    keyword: 'command',
    how: ' through a shell on a remote host (an Airflow task)',
  },
};

const AIRFLOW_INPUT = /\{\{[^}]*\b(?:dag_run\.conf|params|var\.value|var\.json|ti\.xcom_pull|task_instance\.xcom_pull)\b[^}]*\}\}/;
const AIRFLOW_INPUT_ALL = new RegExp(AIRFLOW_INPUT.source, 'g');

/** Modules whose attributes are programs: `sh.git(...)`, `plumbum.cmd.ls`. */
const NAMED_PREFIXES = ['sh.', 'plumbum.cmd.', 'plumbum.local.cmd.'];
/** Non-command members of `sh`. */
const SH_MEMBERS = new Set([
  'Command',
  'ErrorReturnCode',
  'CommandNotFound',
  'RunningCommand',
  'TimeoutException',
  'SignalException',
  'contrib',
]);

/** The API a qualified name is, and the program it names when the name is the program. */
export function processApi(name: string): { api: ProcessApi; program?: string } | undefined {
  const api = PROCESS_APIS[name];
  if (api) {
    return { api };
  }
  for (const prefix of NAMED_PREFIXES) {
    const rest = name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
    if (rest && /^[\w-]+$/.test(rest) && !SH_MEMBERS.has(rest)) {
      return { api: { form: 'named' }, program: rest.replace(/_/g, '-') };
    }
  }
  return undefined;
}

export interface Command {
  /** Display form. */
  text: string;
  /** Symbolic forms (`*` for parts computed at run time), for danger checks. */
  symbolic: string[];
  /** The program (or the whole command for a shell string) was fixed when the code was written. */
  fixed: boolean;
  /** Every part is constant. */
  constant: boolean;
  shell: boolean;
  /** `bash -c`, `python -c`: a string runs as shell or interpreter code. */
  inline?: 'shell' | 'code';
}

const SHELLS = /^(sh|bash|zsh|dash|ksh|fish|cmd(\.exe)?|powershell(\.exe)?|pwsh)$/;
const SHELL_FLAGS = new Set(['-c', '-lc', '-ic', '-ec', '/c', '/C', '/k', '-Command', '-command', '-EncodedCommand', '-enc', '-e']);
const INTERPRETERS = /^(python[\d.]*|perl|ruby|node|php|deno|bun|osascript)$/;
const EVAL_FLAGS = new Set(['-c', '-e', '--eval', '-p', '-r', '-E']);

/** The list literal an argument is, written in place or through a variable; `+` concatenation keeps the known head. */
function listOf(ctx: PyRuleContext, node: PyNode | undefined, depth = 0): { items: PyNode[]; open: boolean } | undefined {
  if (!node || depth > 4) {
    return undefined;
  }
  if (node.type === 'list' || node.type === 'tuple') {
    const items = namedChildren(node);
    return { items: items.filter((i) => i.type !== 'list_splat'), open: items.some((i) => i.type === 'list_splat') };
  }
  if (node.type === 'parenthesized_expression') {
    return listOf(ctx, namedChildren(node)[0], depth + 1);
  }
  if (node.type === 'binary_operator' && ctx.text(field(node, 'operator') ?? node) === '+') {
    const left = listOf(ctx, field(node, 'left'), depth + 1);
    const right = listOf(ctx, field(node, 'right'), depth + 1);
    return left ? { items: [...left.items, ...(right?.items ?? [])], open: left.open || !right || right.open } : undefined;
  }
  if (node.type === 'call' && ctx.callNames(node).includes('shlex.split')) {
    return undefined;
  }
  if (node.type === 'identifier') {
    const sources = assignedValues(ctx, node);
    return sources.length === 1 ? listOf(ctx, sources[0], depth + 1) : undefined;
  }
  return undefined;
}

function word(ctx: PyRuleContext, node: PyNode): { text: string; symbolic: string; constant: boolean } {
  const strings = ctx.strings(node);
  if (strings?.length === 1) {
    return { text: strings[0], symbolic: strings[0], constant: true };
  }
  if (ctx.names(node).includes('sys.executable')) {
    return { text: 'python', symbolic: 'python', constant: true };
  }
  const symbolic = pyPaths(ctx, node)[0] ?? '*';
  return { text: `<${clip(ctx.text(node), 24)}>`, symbolic: symbolic === '' ? '*' : symbolic, constant: false };
}

function quoteIfNeeded(s: string): string {
  return /\s/.test(s) && !/^<.*>$/.test(s) ? `'${s}'` : s;
}

/** A command from its argv words. */
export function argvCommand(ctx: PyRuleContext, words: PyNode[], open: boolean, shellFlag: boolean): Command | undefined {
  if (words.length === 0) {
    return undefined;
  }
  const parts = words.map((w) => word(ctx, w));
  const base = parts[0].constant ? (parts[0].text.split(/[\\/]/).pop() ?? '') : '';
  const flags = new Set(
    parts
      .slice(1)
      .filter((p) => p.constant)
      .map((p) => p.text),
  );
  const shellInline = SHELLS.test(base) && [...flags].some((f) => SHELL_FLAGS.has(f));
  const codeInline = INTERPRETERS.test(base) && [...flags].some((f) => EVAL_FLAGS.has(f));
  const text = clip([parts[0].text, ...parts.slice(1).map((p) => quoteIfNeeded(p.text))].join(' ') + (open ? ' ...' : ''));
  const symbolic = [parts.map((p) => p.symbolic).join(' ')];
  if (shellInline) {
    // `bash -c <string>`: the string after the flag is the command a shell parses.
    const index = parts.findIndex((p, i) => i > 0 && p.constant && SHELL_FLAGS.has(p.text));
    const script = words[index + 1];
    if (script) {
      const inner = shellCommand(ctx, script);
      return {
        ...inner,
        text: clip(
          `${parts
            .slice(0, index + 1)
            .map((p) => p.text)
            .join(' ')} ${quoteIfNeeded(inner.text)}`,
        ),
        inline: 'shell',
      };
    }
  }
  return {
    text,
    symbolic,
    fixed: parts[0].constant,
    constant: parts.every((p) => p.constant) && !open,
    shell: shellFlag,
    inline: codeInline ? 'code' : undefined,
  };
}

/** A command a shell parses. */
export function shellCommand(ctx: PyRuleContext, node: PyNode): Command {
  const strings = ctx.strings(node);
  if (strings) {
    return { text: clip(strings.join(' | ')), symbolic: strings, fixed: true, constant: true, shell: true };
  }
  return { text: clip(ctx.text(node), 60), symbolic: pyPaths(ctx, node), fixed: false, constant: false, shell: true };
}

/** Whether `shell=True` (or a value that may be true) is passed. */
function shellOn(ctx: PyRuleContext, node: PyNode | undefined): boolean {
  if (!node) {
    return false;
  }
  const numbers = ctx.numbers(node);
  return numbers === undefined ? node.type !== 'none' : numbers.some((n) => n !== 0);
}

/** What a call of a process API runs. */
export function commandOf(ctx: PyRuleContext, call: PyNode, api: ProcessApi, program?: string): Command | undefined {
  const args = callArguments(call, ctx.sourceText);
  const pos = args.positional;
  switch (api.form) {
    case 'shell': {
      const command = api.keyword ? args.keywords.get(api.keyword) : (pos[0] ?? args.keywords.get('command') ?? args.keywords.get('cmd'));
      const found = command ? shellCommand(ctx, command) : undefined;
      // `{{ dag_run.conf['x'] }}`, `{{ params.x }}`: Airflow fills these in from whoever triggers the run.
      if (found && api.keyword && found.symbolic.some((c) => AIRFLOW_INPUT.test(c))) {
        return { ...found, constant: false, symbolic: found.symbolic.map((c) => c.replace(AIRFLOW_INPUT_ALL, '*')) };
      }
      return found;
    }
    case 'auto': {
      const first = pos[0] ?? args.keywords.get('args');
      const shell = shellOn(ctx, args.keywords.get('shell'));
      if (!first) {
        return undefined;
      }
      const list = listOf(ctx, first);
      if (list) {
        return shell && list.items[0] ? { ...shellCommand(ctx, list.items[0]) } : argvCommand(ctx, list.items, list.open, false);
      }
      if (shell) {
        return shellCommand(ctx, first);
      }
      const strings = ctx.strings(first);
      return strings
        ? { text: clip(strings.join(' | ')), symbolic: strings, fixed: true, constant: true, shell: false }
        : shellLike(ctx, first);
    }
    case 'varargs': {
      const at = api.at ?? 0;
      // os.execl(path, arg0, arg1...): arg0 repeats the program name.
      const rest = pos.slice(at + 1 + (api.argv0 ? 1 : 0));
      return pos[at] ? argvCommand(ctx, [pos[at], ...rest], args.splat, false) : undefined;
    }
    case 'list': {
      const at = api.at ?? 0;
      const list = listOf(ctx, pos[at + 1]);
      return pos[at] ? argvCommand(ctx, [pos[at], ...(list?.items.slice(1) ?? [])], !list || list.open, false) : undefined;
    }
    case 'argv': {
      const list = listOf(ctx, pos[0]);
      if (list) {
        return argvCommand(ctx, list.items, list.open, false);
      }
      return pos[0] ? argvCommand(ctx, [pos[0]], false, false) : undefined;
    }
    case 'named': {
      const rest = pos.map((p) => word(ctx, p));
      const text = clip([program ?? '?', ...rest.map((r) => quoteIfNeeded(r.text))].join(' '));
      return {
        text,
        symbolic: [[program, ...rest.map((r) => r.symbolic)].join(' ')],
        fixed: true,
        constant: rest.every((r) => r.constant) && !args.splat,
        shell: false,
      };
    }
    default:
      return undefined;
  }
}

/** A single value whose form is unknown: a list or a string built elsewhere. */
function shellLike(ctx: PyRuleContext, node: PyNode): Command {
  return { text: clip(ctx.text(node), 60), symbolic: pyPaths(ctx, node), fixed: false, constant: false, shell: false };
}
