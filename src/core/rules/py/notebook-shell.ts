import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Category, Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { commandDanger, isInformational } from '../support/command-danger';
import { localDefinitions } from '../support/py-dynamic-locals';
import { clipText, installCommand } from '../support/py-install-commands';

/** Cell magics whose body is a shell script. */
const SHELL_CELLS = /^%%(bash|sh|zsh|system|!|script\s+(bash|sh|zsh|dash|ksh|powershell|pwsh)\b)/;
/** Line magics that run the rest of the line in a shell. */
const SHELL_LINE = /^%(system|sx|sc)\b\s*(.*)$/s;
const INSTALL_LINE = /^%(pip|conda|mamba|micromamba)\s+(.*)$/s;
const RUN_LINE = /^%run\b\s*(.*)$/s;
const LOAD_LINE = /^%load\s+(.*)$/s;

interface Verdict {
  messageId: 'install' | 'installRisky' | 'danger' | 'shell' | 'run' | 'loadUrl';
  severity: Severity;
  category: Category;
  data: Record<string, string>;
}

/** What a shell command line does. */
function judgeShell(command: string): Verdict | undefined {
  const cmd = command.trim();
  if (cmd === '') {
    return undefined;
  }
  const install = installCommand(cmd);
  if (install?.kind === 'install') {
    const data = { command: clipText(cmd), what: clipText(install.what, 60), why: install.why ?? '' };
    return install.why
      ? { messageId: 'installRisky', severity: 'high', category: 'supply-chain', data }
      : { messageId: 'install', severity: install.severity, category: 'supply-chain', data };
  }
  const danger = install?.kind === 'pipe' ? 'downloads code and runs it at once' : commandDanger([cmd]);
  if (danger) {
    return { messageId: 'danger', severity: 'high', category: 'process', data: { command: clipText(cmd), what: danger } };
  }
  const severity: Severity = isInformational(cmd) ? 'low' : 'medium';
  return { messageId: 'shell', severity, category: 'process', data: { command: clipText(cmd) } };
}

/** What one IPython line does (a line magic, `!cmd`, or a line of a cell magic). */
function judgeLine(text: string, cellMagic: string | undefined): Verdict | undefined {
  const line = text.trim();
  if (cellMagic !== undefined) {
    if (!SHELL_CELLS.test(cellMagic) || line.startsWith('%%') || line.startsWith('#')) {
      return undefined;
    }
    return judgeShell(line);
  }
  if (line.startsWith('!')) {
    return judgeShell(line.replace(/^!!?/, ''));
  }
  const install = INSTALL_LINE.exec(line);
  if (install) {
    return judgeShell(`${install[1]} ${install[2]}`);
  }
  const shell = SHELL_LINE.exec(line);
  if (shell) {
    return judgeShell(shell[2]);
  }
  const run = RUN_LINE.exec(line);
  if (run && run[1].trim() !== '') {
    return { messageId: 'run', severity: 'low', category: 'process', data: { command: clipText(run[1]) } };
  }
  const load = LOAD_LINE.exec(line);
  if (load && /^(-\S+\s+)*["']?https?:\/\//i.test(load[1].trim())) {
    return { messageId: 'loadUrl', severity: 'high', category: 'dynamic-code', data: { command: clipText(load[1]) } };
  }
  return undefined;
}

/** `get_ipython().system('...')` and friends, in exported notebooks or scripts. */
function ipythonCall(ctx: PyRuleContext, node: PyNode): Verdict | undefined {
  const fn = field(node, 'function');
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  const isShellCall = (n: PyNode | undefined): boolean => {
    const f = n?.type === 'call' ? field(n, 'function') : undefined;
    return f?.type === 'identifier' && ctx.text(f) === 'get_ipython';
  };
  const direct =
    isShellCall(object) ||
    // `ip = get_ipython()` (an implicit global in notebooks), then `ip.system(...)`.
    (object?.type === 'identifier' &&
      (localDefinitions(object, ctx.sourceText) ?? []).some((d) => d.kind === 'value' && isShellCall(d.node)));
  // `ip = IPython.get_ipython(); ip.system(...)`: the shell reached through an import or a name.
  const viaName = object !== undefined && !direct && ctx.names(object).some((n) => /(^|\.)get_ipython\(\)$/.test(n));
  if (!fn || (!direct && !viaName)) {
    return undefined;
  }
  const method = ctx.text(field(fn, 'attribute') ?? fn);
  const args = callArguments(node, ctx.sourceText).positional.map(
    (a) =>
      ctx.strings(a)?.[0] ??
      (a.type === 'string' ? ctx.text(a).replace(/^[a-zA-Z]*(['"]{3}|['"])|(['"]{3}|['"])$/g, '') : `<${ctx.text(a)}>`),
  );
  if (method === 'system' || method === 'getoutput') {
    return args[0] !== undefined ? judgeShell(args[0]) : undefined;
  }
  if (method === 'run_line_magic' && args[0] !== undefined) {
    return judgeLine(`%${args[0]} ${args[1] ?? ''}`, undefined);
  }
  if (method === 'run_cell_magic' && args[0] !== undefined && SHELL_CELLS.test(`%%${args[0]}`)) {
    const lines = (args[2] ?? '').split('\n').map((l) => judgeLine(l, `%%${args[0]}`));
    return lines.find((v) => v && v.messageId !== 'shell') ?? lines.find((v) => v !== undefined);
  }
  return undefined;
}

export default definePyRule({
  meta: {
    id: 'py/notebook-shell',
    category: 'process',
    severity: 'medium',
    summary:
      'Shell commands in Jupyter notebooks: `!cmd` lines, `%system`/`%sx`, `%%bash`/`%%sh`/`%%script` cells and `get_ipython().system()`; ' +
      '`!pip install`/`%pip install` count as run-time installs, `curl | sh` and `rm -rf` are high, `%run` is low, `%load <url>` is high.',
    why:
      'A notebook line that starts with `!` is a shell command, not Python: it can install unpinned packages, download and run ' +
      'scripts or delete files, and reviewers skimming a notebook diff read it as ordinary setup.',
    incorrect: [
      "get_ipython().system('pip install transformers')",
      "get_ipython().system('curl -sSL https://x.example/setup.sh | bash')",
      "get_ipython().run_cell_magic('bash', '', 'rm -rf ~/data\\n')",
      "get_ipython().run_line_magic('pip', 'install git+https://github.com/x/y')",
    ],
    correct: ['%matplotlib inline', '%load_ext autoreload\n%autoreload 2', 'import os\nprint(os.getcwd())', '%time model.fit(x, y)'],
    messages: {
      install: 'The notebook installs `{{what}}` while it runs (`{{command}}`): nothing pins or reviews it.',
      installRisky: 'The notebook installs `{{what}}` {{why}} (`{{command}}`): whatever that source serves runs its install hooks here.',
      danger: 'The notebook runs the shell command `{{command}}`: it {{what}}.',
      shell: 'The notebook runs the shell command `{{command}}`.',
      run: 'The notebook runs another script with `%run {{command}}`: its code runs here without appearing in this notebook.',
      loadUrl: 'The notebook loads code from a URL into a cell (`%load {{command}}`): whatever that server serves becomes code here.',
    },
  },
  create(ctx) {
    return {
      call(node) {
        const verdict = ipythonCall(ctx, node);
        if (verdict) {
          ctx.report({ node, ...verdict });
        }
      },
      'module:exit'() {
        const cells = new Map<number, { header: { start: number; end: number; text: string }; flagged: boolean }>();
        let current: { start: number; end: number; text: string } | undefined;
        for (const magic of ctx.notebookMagics()) {
          if (magic.cellMagic !== undefined && /^\s*%%/.test(magic.text)) {
            current = magic;
            cells.set(magic.start, { header: magic, flagged: false });
          }
          const verdict = judgeLine(magic.text, magic.cellMagic !== undefined ? (current?.text.trim() ?? magic.cellMagic) : undefined);
          if (!verdict) {
            continue;
          }
          if (magic.cellMagic !== undefined && current) {
            const cell = cells.get(current.start);
            if (verdict.messageId === 'shell' && cell) {
              continue;
            }
            if (cell) {
              cell.flagged = true;
            }
          }
          const offset = magic.text.length - magic.text.trimStart().length;
          ctx.reportAt(magic.start + offset, magic.end, verdict);
        }
        for (const { header, flagged } of cells.values()) {
          const name = header.text.trim();
          if (!flagged && SHELL_CELLS.test(name)) {
            ctx.reportAt(header.start, header.end, {
              messageId: 'shell',
              severity: 'medium',
              category: 'process',
              data: { command: clipText(name) },
            });
          }
        }
      },
    };
  },
});
