import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { commandOf, processApi } from '../support/py-process-commands';
import { clipText, installCommand, type InstallVerdict } from '../support/py-install-commands';

/** pip's own entry points: called with an argv list (`pip.main(['install', 'x'])`). */
const PIP_MAINS = new Set([
  'pip.main',
  'pip._internal.main',
  'pip._internal.main.main',
  'pip._internal.cli.main.main',
  'pip._internal.cli.main',
]);
const CONDA_RUN = new Set(['conda.cli.python_api.run_command', 'conda.cli.main']);

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/** The argv words of `pip.main([...])`, symbolic (`*` for computed words). */
function argvWords(ctx: PyRuleContext, node: PyNode | undefined): string[] | undefined {
  if (!node || (node.type !== 'list' && node.type !== 'tuple')) {
    const values = node ? ctx.values(node) : [];
    const seq = values.length === 1 && values[0].kind === 'seq' ? values[0].items : undefined;
    return seq ? seq.map((item) => ctx.strings(item)?.[0] ?? '*') : undefined;
  }
  return namedChildren(node).map((item) => (item.type === 'list_splat' ? '*' : (ctx.strings(item)?.[0] ?? '*')));
}

function worst(commands: readonly string[]): InstallVerdict | undefined {
  let best: InstallVerdict | undefined;
  for (const command of commands) {
    const verdict = installCommand(command);
    if (verdict && (!best || RANK[verdict.severity] > RANK[best.severity])) {
      best = verdict;
    }
  }
  return best;
}

export default definePyRule({
  meta: {
    id: 'py/runtime-install',
    category: 'supply-chain',
    severity: 'medium',
    summary:
      'Installing packages while the program runs: `pip install` (also `python -m pip`, `uv pip`, `conda`, `npm`, `apt-get`) started ' +
      'from Python, `pip.main([...])`, and `curl ... | sh`; high when the package is computed, comes from a URL, VCS or custom index.',
    why:
      'A package installed at run time never appears in requirements or a lockfile, so nothing pins, audits or reviews it, and it ' +
      'runs its install hooks with the user’s rights. Agents reach for `pip install` inside code to "make it work"; piping a ' +
      'download into a shell runs whatever the server returns that day.',
    incorrect: [
      "import subprocess, sys\nsubprocess.check_call([sys.executable, '-m', 'pip', 'install', 'requests'])",
      "import os\nos.system(f'pip install {pkg}')",
      "import pip\npip.main(['install', 'colorama'])",
      "import subprocess\nsubprocess.run('curl -sSL https://get.example.sh | bash', shell=True)",
      "import subprocess\nsubprocess.run(['pip', 'install', 'git+https://github.com/x/y.git'])",
    ],
    correct: [
      "import subprocess\nsubprocess.run(['pip', 'freeze'])",
      "print('run: pip install requests')",
      'import subprocess\nsubprocess.run(["git", "status"])',
      'def install(pkg):\n    registry.add(pkg)\ninstall("x")',
    ],
    messages: {
      install: '`{{call}}` installs `{{what}}` at run time (`{{command}}`): code that no manifest or lockfile pins or reviews.',
      installRisky:
        '`{{call}}` installs `{{what}}` at run time, {{why}} (`{{command}}`): whatever that source serves runs its install hooks here.',
      pipe: '`{{call}}` pipes a download straight into an interpreter (`{{command}}`): whatever the server returns runs.',
      pipMain: '`{{call}}` runs pip from inside the program to install `{{what}}`: nothing pins or reviews what it fetches.',
    },
  },
  create(ctx) {
    function report(node: PyNode, call: string, command: string, verdict: InstallVerdict, trace?: readonly PyNode[]): void {
      const messageId = verdict.kind === 'pipe' ? 'pipe' : verdict.why ? 'installRisky' : 'install';
      const data = { call, command: clipText(command, 100), what: clipText(verdict.what, 60), why: verdict.why ?? '' };
      ctx.report({ node, messageId, data, severity: verdict.severity, trace });
    }

    function pipMain(node: PyNode, name: string, trace: readonly PyNode[]): void {
      const args = callArguments(node, ctx.sourceText);
      const first = args.positional[0] ?? args.keywords.get('args');
      const conda = CONDA_RUN.has(name);
      const words = conda
        ? first && (ctx.strings(first)?.[0] === 'install' || /\bINSTALL$/.test(ctx.text(first)))
          ? ['install', ...args.positional.slice(1).map((p) => ctx.strings(p)?.[0] ?? '*')]
          : undefined
        : argvWords(ctx, first);
      if (!words || (words[0] !== 'install' && words[0] !== '*')) {
        return;
      }
      const verdict = installCommand(`pip ${words.join(' ')}`);
      const what = verdict?.what ?? clipText(words.slice(1).join(' '), 60);
      const severity: Severity = verdict?.severity === 'high' || words[0] === '*' ? 'high' : 'medium';
      ctx.report({ node, messageId: 'pipMain', data: { call: name, what }, severity, trace });
    }

    return {
      call(node) {
        const fn = field(node, 'function');
        if (!fn) {
          return;
        }
        for (const ref of ctx.refs(fn)) {
          if (PIP_MAINS.has(ref.name) || CONDA_RUN.has(ref.name)) {
            pipMain(node, ref.name, ref.trace);
            return;
          }
          const hit = processApi(ref.name);
          if (!hit) {
            continue;
          }
          const command = commandOf(ctx, node, hit.api, hit.program);
          if (!command) {
            return;
          }
          const verdict = worst([...command.symbolic, command.text]);
          if (verdict) {
            report(node, ref.name.replace(/\(\)/g, ''), command.text, verdict, ref.trace);
          }
          return;
        }
      },
    };
  },
});
