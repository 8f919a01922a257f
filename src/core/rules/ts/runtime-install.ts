import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { isRequireRef } from '../../js/evaluate';
import { refName, type RefValue } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { withoutDefault } from '../support/process-imports';
import { optionOf, unwrapExpr } from '../support/process-paths';
import { apiOf, type Api } from '../support/process-commands';
import { clip } from '../support/supply-names';

/** The longest command text examined (a hostile file cannot make the regexes slow). */
const MAX_COMMAND = 2000;

const PIPE_TO_SHELL = [
  /\b(curl|wget|iwr|invoke-webrequest|irm|invoke-restmethod)\b[^|;&\n]{0,400}\|\s*(sudo\s+)?(-?\w+=\S+\s+)?(sh|bash|zsh|dash|ksh|python[\d.]*|node|perl|ruby|iex|invoke-expression)\b/i,
  /\b(sh|bash|zsh)\s+(-c\s+)?["']?\$\(\s*(curl|wget)\b/i,
  /\b(sh|bash|zsh)\s+<\(\s*(curl|wget)\b/i,
  /\b(iex|invoke-expression)\b[^;\n]{0,200}\bdownloadstring\b/i,
];

interface Installer {
  pattern: RegExp;
  /** Runs the package (npx, dlx) rather than only installing it. */
  runs?: boolean;
}

const INSTALLERS: Installer[] = [
  { pattern: /(?:^|[\s;&|("'`/])(npm|pnpm|yarn|bun|cnpm)(\s+--?[\w-]+(=\S+)?)*\s+(install|i|add|ci)\b(.*)$/is },
  { pattern: /(?:^|[\s;&|("'`/])(npx|bunx|pnpx|uvx)\s+(.*)$/is, runs: true },
  { pattern: /(?:^|[\s;&|("'`/])(pnpm|yarn|npm)\s+(dlx|exec)\s+(.*)$/is, runs: true },
  { pattern: /(?:^|[\s;&|("'`/])(pip[\d.]*|python[\d.]*\s+-m\s+pip|uv\s+pip|pipx)\s+(install|run)\b(.*)$/is },
  { pattern: /(?:^|[\s;&|("'`/])(uv|poetry|pdm)\s+(add|tool\s+install)\b(.*)$/is },
  { pattern: /(?:^|[\s;&|("'`/])(gem|cargo)\s+install\b(.*)$/is },
  { pattern: /(?:^|[\s;&|("'`/])go\s+(install|get)\b(.*)$/is },
  { pattern: /(?:^|[\s;&|("'`/])(apt-get|apt|yum|dnf|apk|brew|choco|winget)\s+(install|add)\b(.*)$/is },
];

/** Programmatic installers: module -> member path (dotted, `()` for call results) that installs. */
const INSTALL_APIS: Record<string, RegExp> = {
  npm: /(^|\.)(install|commands\.install|commands\.i|exec)$/,
  'live-plugin-manager': /(^|\.)install(FromNpm|FromGithub|FromPath|FromCode)?$/,
  pacote: /^(extract|tarball)$/,
  '@npmcli/arborist': /(^|\.)reify$/,
  'install-package': /^$/,
  'npm-programmatic': /^install$/,
  npmi: /^$/,
};

interface Command {
  text: string;
  fixed: boolean;
}

function wordOf(ctx: TsRuleContext, node: Node | null | undefined): { text: string; fixed: boolean } {
  if (!node || node.type === 'SpreadElement') {
    return { text: '<…>', fixed: false };
  }
  const strings = ctx.strings(node);
  if (strings?.length === 1) {
    return { text: strings[0], fixed: true };
  }
  const expr = unwrapExpr(node);
  const raw = ctx.text(expr);
  return { text: expr.type === 'TemplateLiteral' ? raw.slice(1, -1) : `<${raw}>`, fixed: false };
}

function arrayItems(ctx: TsRuleContext, node: Node | undefined): readonly (Node | null)[] | undefined {
  const expr = node ? unwrapExpr(node) : undefined;
  if (expr?.type === 'ArrayExpression') {
    return expr.elements;
  }
  const only = expr ? ctx.values(expr) : [];
  return only.length === 1 && only[0].kind === 'arr' && only[0].node?.type === 'ArrayExpression' ? only[0].node.elements : undefined;
}

/** The whole command a process call runs, as text (not shortened: pipes at the end matter). */
function commandText(ctx: TsRuleContext, api: Api, args: readonly Node[], tag?: TSESTree.TemplateLiteral): Command | undefined {
  let words: { text: string; fixed: boolean }[];
  if (tag) {
    words = [wordOf(ctx, tag)];
  } else if (api.form === 'string') {
    words = [wordOf(ctx, args[0])];
  } else if (api.form === 'argv' || api.form === 'cmd-option') {
    const list = arrayItems(ctx, args[0]) ?? arrayItems(ctx, optionOf(ctx, args, 'cmd'));
    words = list ? list.map((n) => wordOf(ctx, n)) : [wordOf(ctx, args[0])];
  } else if (api.form === 'file' || api.form === 'template') {
    const rest = arrayItems(ctx, args[1]) ?? arrayItems(ctx, optionOf(ctx, args, 'args')) ?? [];
    words = [wordOf(ctx, args[0]), ...rest.map((n) => wordOf(ctx, n))];
  } else {
    return undefined;
  }
  const text = words.map((w) => w.text).join(' ');
  return { text: text.slice(0, MAX_COMMAND), fixed: words.every((w) => w.fixed) };
}

interface Verdict {
  messageId: 'pipeShell' | 'install' | 'runPackage';
  severity: Severity;
  what: string;
}

function classify(command: Command): Verdict | undefined {
  if (PIPE_TO_SHELL.some((p) => p.test(command.text))) {
    return { messageId: 'pipeShell', severity: 'high', what: '' };
  }
  for (const installer of INSTALLERS) {
    const m = installer.pattern.exec(command.text);
    if (!m) {
      continue;
    }
    const rest = (m[m.length - 1] ?? '').split(/[;&|]/)[0];
    const packages = rest.split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
    const remote = /(https?:\/\/|git\+|github:|git@|\.tgz\b|\.whl\b)/i.test(rest);
    const dynamic = !command.fixed && /[<$]/.test(rest);
    const what = packages.length > 0 ? packages.join(' ') : '(the project’s own dependencies)';
    if (installer.runs) {
      return { messageId: 'runPackage', severity: remote || dynamic ? 'high' : 'medium', what: clip(what, 80) };
    }
    const severity: Severity = remote || dynamic ? 'high' : packages.length > 0 ? 'medium' : 'low';
    return { messageId: 'install', severity, what: clip(what, 80) };
  }
  return undefined;
}

function installApi(ref: RefValue): string | undefined {
  const bare = withoutDefault(ref);
  if (bare.module === undefined) {
    return undefined;
  }
  const pattern = INSTALL_APIS[bare.module];
  const member = bare.path.filter((p) => p !== '()').join('.');
  return pattern && pattern.test(member) ? refName(bare) : undefined;
}

const URL_SPEC = /^(https?):\/\//i;

export default defineTsRule({
  meta: {
    id: 'ts/runtime-install',
    category: 'supply-chain',
    severity: 'medium',
    summary:
      'Code that installs or fetches code at run time: `npm install`/`npx`/`pip install` from a child process, `curl … | sh`, programmatic installers, and imports of http(s) URLs.',
    why:
      'A package installed while the program runs never appears in package.json or a lockfile, so nothing reviews, pins or audits it; ' +
      'piping a download into a shell runs whatever that server returns today. Agents reach for both to "make it work".',
    incorrect: [
      "import { execSync } from 'child_process'; execSync('curl -fsSL https://get.example.sh | sh')",
      "const { spawn } = require('child_process'); spawn('npm', ['install', pkgName])",
      "import helper from 'https://cdn.example.com/helper.js';",
    ],
    correct: [
      "import { execSync } from 'child_process'; execSync('git status')",
      "import helper from './helper.js';",
      "const cmd = 'npm install'; console.log(`run ${cmd} first`)",
    ],
    messages: {
      pipeShell: '`{{name}}` pipes a download straight into an interpreter (`{{command}}`): whatever the server returns runs.',
      install: '`{{name}}` installs `{{what}}` at run time (`{{command}}`): code that no manifest or lockfile pins or reviews.',
      runPackage: '`{{name}}` downloads and runs the package `{{what}}` at run time (`{{command}}`).',
      api: '`{{name}}` installs packages from code at run time: nothing pins or reviews what it fetches.',
      urlImport: '{{how}} loads code from the URL `{{url}}`: whatever that server serves runs here, unpinned and unreviewed.',
    },
  },
  create(ctx) {
    function checkProcess(node: Node, ref: RefValue, api: Api, args: readonly Node[], tag?: TSESTree.TemplateLiteral): boolean {
      const command = commandText(ctx, api, args, tag);
      const verdict = command ? classify(command) : undefined;
      if (!command || !verdict) {
        return false;
      }
      const data = { name: refName(withoutDefault(ref)), command: clip(command.text, 120), what: verdict.what };
      ctx.report({ node, messageId: verdict.messageId, data, severity: verdict.severity, trace: ref.trace });
      return true;
    }

    function checkUrl(node: Node, how: string, spec: Node | null | undefined): void {
      const strings = spec && spec.type !== 'SpreadElement' ? ctx.strings(spec) : undefined;
      const url = strings?.find((s) => URL_SPEC.test(s));
      if (url) {
        const severity: Severity = /^http:/i.test(url) ? 'high' : 'medium';
        ctx.report({ node, messageId: 'urlImport', data: { how, url: clip(url, 100) }, severity });
      }
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref } of targets) {
        const api = apiOf(ref);
        if (api && checkProcess(node, ref, api, args)) {
          return;
        }
        const installer = installApi(ref);
        if (installer) {
          ctx.report({ node, messageId: 'api', data: { name: installer }, trace: ref.trace });
          return;
        }
        if (node.type === 'CallExpression' && isRequireRef(ref)) {
          checkUrl(node, `\`${refName(ref)}\``, args[0]);
          return;
        }
      }
    }

    function checkTag(node: TSESTree.TaggedTemplateExpression): void {
      for (const value of ctx.values(node.tag)) {
        if (value.kind !== 'ref') {
          continue;
        }
        const path = value.path.filter((p, i) => p !== '()' || i !== value.path.length - 1);
        const api = apiOf({ ...value, path });
        if (api && checkProcess(node, { ...value, path }, { ...api, form: 'template' }, [], node.quasi)) {
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      TaggedTemplateExpression: checkTag,
      ImportExpression: (node) => checkUrl(node, '`import()`', node.source),
      ImportDeclaration: (node) => node.importKind !== 'type' && checkUrl(node, 'This import', node.source),
      ExportAllDeclaration: (node) => checkUrl(node, 'This re-export', node.source),
      ExportNamedDeclaration: (node) => checkUrl(node, 'This re-export', node.source),
    };
  },
});
