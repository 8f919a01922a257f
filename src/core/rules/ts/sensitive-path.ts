import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isNameLiteral } from '../support/name-literals';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { operationOf } from '../support/fs-ops';
import { classifyOne, classifyPath, isPathBuilder, symbolicPaths, type PathInfo } from '../support/fs-paths';
import { walk } from '../support/random-sources';
import { HOST_PERSISTENCE, SYSTEM_ACCOUNTS } from '../support/fs-sensitive';

type PathNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.CallExpression | TSESTree.BinaryExpression;

/** Credential names that are ordinary project configuration when they sit in a directory of unknown origin. */
const PROJECT_CONFIG = /(^|\/)(\.env(\.[\w.-]+)?|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|\.netrc)$/;

/** Wrappers that do not change which path an expression is. */
function outer(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === 'TSAsExpression' ||
      current.parent.type === 'TSNonNullExpression' ||
      current.parent.type === 'TSSatisfiesExpression' ||
      current.parent.type === 'AwaitExpression')
  ) {
    current = current.parent;
  }
  return current;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Machine-wide data and home folders (not program folders such as /usr/bin, which name executables). */
const MACHINE_DATA = /^(\/(etc|var|opt|srv|root|home|Users|mnt|media|Volumes|Library|private)\/|[A-Za-z]:\/)/;

/** How many folders above the repository root a relative path climbs (`src/../../x` climbs 1). */
function levelsAbove(display: string): number {
  if (display.startsWith('/') || display.startsWith('~') || /^[A-Za-z]:/.test(display)) {
    return 0;
  }
  let depth = 0;
  let above = 0;
  for (const segment of display.split('/')) {
    if (segment === '..') {
      if (depth > 0) {
        depth--;
      } else {
        above++;
      }
    } else if (segment !== '' && segment !== '.') {
      depth++;
    }
  }
  return above;
}

export default defineTsRule({
  meta: {
    id: 'ts/sensitive-path',
    category: 'filesystem',
    severity: 'high',
    summary:
      'Paths to credentials, shell start-up and scheduling files, browser profiles or account databases, flagged where the path is built.',
    why:
      'Reading `~/.ssh/id_rsa` or `~/.aws/credentials`, copying `~/.kaggle/kaggle.json` or appending to `~/.bashrc` takes ' +
      'one file call, and that call can sit far from where the path is assembled, behind a helper, a variable or an option ' +
      'object. An AI-written change has no reason to name these locations at all; flagging the place where the path is ' +
      'built shows the intent even when the file operation is hidden or generic.',
    incorrect: [
      "import os from 'os'; import path from 'path'; const rc = path.join(os.homedir(), '.bashrc');",
      "import { homedir } from 'os'; import { join } from 'path'; const KEY_FILE = process.env.KEY_FILE ?? join(homedir(), '.ssh', 'id_rsa');",
      "import { homedir } from 'os'; import { sep } from 'path'; const cfg = [homedir(), '.kag' + 'gle', 'kaggle' + '.json'].join(sep);",
      "import { resolve } from 'path'; const file = resolve(__dirname, '../../.env');",
    ],
    correct: [
      "import path from 'path'; const envFile = path.join(__dirname, '.env');",
      "import os from 'os'; import path from 'path'; const cache = path.join(os.homedir(), '.cache', 'myapp');",
      "const ignored = ['.env', 'node_modules/'];",
      "import fs from 'fs'; import os from 'os'; fs.readFileSync(os.homedir() + '/.ssh/id_rsa');",
    ],
    messages: {
      harvest:
        'A list of {{count}} credential locations in the home folder ({{paths}}): code that looks for tokens in several ' +
        'places is collecting whichever credentials this machine has.',
      credential:
        '`{{path}}` is a credential location (keys, tokens, cloud or browser secrets): an AI-written change has no business ' +
        'reading, copying or writing it, whichever call ends up opening the file.',
      envOutside: '`{{path}}` is an environment file outside this project: it holds the secrets of another checkout or deployment.',
      persistence:
        '`{{path}}` is a start-up or scheduling file of the user or the machine: whatever is written there runs later, at ' +
        'every new shell, login or boot, long after this change is reviewed.',
      account: '`{{path}}` is a system account database: reading it maps the users of the machine, writing it takes the machine over.',
      climbs:
        '`{{path}}` climbs out of the repository: whatever is read or written there belongs to other projects on the machine, not to this one.',
      machine:
        '`{{path}}` is a fixed location on the machine, outside the project: code that reads or writes there reaches beyond the ' +
        'repository under review.',
    },
  },
  create(ctx) {
    const severityFor = (severity: Severity): Severity => (ctx.isTestFile && severity === 'high' ? 'medium' : severity);

    function isPathNode(node: Node): node is PathNode {
      switch (node.type) {
        case 'Literal':
          return typeof node.value === 'string' && /[/\\]/.test(node.value);
        case 'TemplateLiteral':
          return node.expressions.length > 0 || /[/\\]/.test(node.quasis[0].value.cooked ?? '');
        case 'BinaryExpression':
          return (
            node.operator === '+' &&
            (/['"`]/.test(ctx.text(node)) || ctx.strings(node.left) !== undefined || ctx.strings(node.right) !== undefined)
          );
        case 'CallExpression':
          return isPathBuilder(ctx, node);
        default:
          return false;
      }
    }

    /** Whether a bigger path expression contains this one (the outermost is reported, once). */
    function isPiece(node: Node): boolean {
      const parent = node.parent;
      switch (parent?.type) {
        case 'BinaryExpression':
          return parent.operator === '+';
        case 'TemplateLiteral':
          return true;
        case 'CallExpression':
          return parent.callee !== node && isPathBuilder(ctx, parent);
        case 'ArrayExpression': {
          const member = parent.parent;
          const call = member?.parent;
          return member?.type === 'MemberExpression' && call?.type === 'CallExpression' && isPathBuilder(ctx, call);
        }
        default:
          return false;
      }
    }

    /** Contexts where a string names a module, a type or a key, or the path goes straight into an fs call ts/fs-access grades. */
    function skipped(node: Node): boolean {
      const at = outer(node);
      const parent = at.parent;
      if (isNameLiteral(at)) {
        return true;
      }
      switch (parent?.type) {
        case 'CallExpression':
        case 'NewExpression':
          if (parent.callee === at) {
            return false;
          }
          if (parent.callee.type === 'Identifier' && parent.callee.name === 'require') {
            return true;
          }
          return ctx.callTargets(parent).targets.some((t) => t.kind === 'ref' && operationOf(t) !== undefined);
        default:
          return false;
      }
    }

    function check(node: PathNode): void {
      if (!isPathNode(node) || isPiece(node) || skipped(node)) {
        return;
      }
      judge(node, classifyPath(ctx, node));
    }

    /**
     * `for (const dir of [cwd, resolve(cwd, '..')]) { read(join(dir, '.env')) }`: a search through directories that climbs
     * out of the project for a credential file, reported at the list of directories.
     */
    function checkLoop(node: TSESTree.ForOfStatement): void {
      const decl = node.left.type === 'VariableDeclaration' ? node.left.declarations[0]?.id : node.left;
      if (node.right.type !== 'ArrayExpression' || decl?.type !== 'Identifier') {
        return;
      }
      const name = decl.name;
      const dirs = node.right.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? symbolicPaths(ctx, e) : []));
      let worst: PathInfo | undefined;
      walk(node.body, (n) => {
        if (worst || n.type !== 'CallExpression' || n.arguments[0]?.type !== 'Identifier' || n.arguments[0].name !== name) {
          return !worst;
        }
        const rest = n.arguments.slice(1).map((a) => ctx.strings(a));
        if (!isPathBuilder(ctx, n) || rest.length === 0 || rest.some((r) => r?.length !== 1)) {
          return true;
        }
        const tail = rest.map((r) => (r as string[])[0]).join('/');
        worst = dirs.map((d) => classifyOne(`${d}/${tail}`, ctx.path)).find((i) => i.class === 'credential' && i.base === 'outside');
        return !worst;
      });
      if (worst) {
        judge(node.right, worst);
      }
    }

    /**
     * `['.bashrc', '.zshrc'].map((f) => join(homedir(), f))`: a list of names each turned into a path by the
     * callback; every element is tried in place of the parameter, and the list is reported.
     */
    function checkMapped(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      const fn = node.arguments[0];
      if (
        callee.type !== 'MemberExpression' ||
        callee.object.type !== 'ArrayExpression' ||
        ctx.text(callee.property) !== 'map' ||
        (fn?.type !== 'ArrowFunctionExpression' && fn?.type !== 'FunctionExpression') ||
        fn.params[0]?.type !== 'Identifier'
      ) {
        return;
      }
      const param = fn.params[0].name;
      const names = callee.object.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? (ctx.strings(e) ?? []) : []));
      const body = fn.body.type === 'BlockStatement' ? fn.body.body.find((st) => st.type === 'ReturnStatement')?.argument : fn.body;
      if (names.length === 0 || body?.type !== 'CallExpression' || !isPathBuilder(ctx, body)) {
        return;
      }
      const parts = body.arguments.map((a) =>
        a.type === 'Identifier' && a.name === param ? undefined : a.type === 'SpreadElement' ? ['*'] : symbolicPaths(ctx, a),
      );
      if (!parts.some((p) => p === undefined)) {
        return;
      }
      for (const name of names) {
        const path = parts.map((p) => (p === undefined ? name : (p[0] ?? '*'))).join('/');
        const info = classifyOne(path, ctx.path);
        if (
          info.base !== 'project' &&
          info.base !== 'tmp' &&
          (info.class === 'credential' || HOST_PERSISTENCE.some((re) => re.test(path.replace(/^~/, ''))))
        ) {
          judge(callee.object, info);
          return;
        }
      }
    }

    /** Whether the file names the home folder (`os.homedir()`, `process.env.HOME`, `USERPROFILE`) anywhere. */
    let homeNamed: boolean | undefined;
    function namesHome(): boolean {
      homeNamed ??= /\bhomedir\s*\(|\benv\s*(\.\s*|\[\s*['"`])(HOME|USERPROFILE)\b/.test(ctx.sourceText);
      return homeNamed;
    }

    /**
     * `['.npmrc', '.aws/credentials', '.docker/config.json']` in a file that also names the home folder: a list of
     * places where tokens live, to be joined to the home folder later, is a search for credentials.
     */
    function checkHarvestList(node: TSESTree.ArrayExpression): void {
      if (node.elements.length < 2 || node.elements.length > 200 || !namesHome()) {
        return;
      }
      const names = node.elements.flatMap((e) => (e && e.type === 'Literal' && typeof e.value === 'string' ? [e.value] : []));
      const credentials = names.filter(
        (n) => !n.startsWith('/') && !n.startsWith('~') && classifyOne(`~/${n}`, ctx.path).class === 'credential',
      );
      if (credentials.length < 2) {
        return;
      }
      const info = classifyOne(`~/${credentials[0]}`, ctx.path);
      if (reported.some(([a, b]) => a <= node.range[0] && node.range[1] <= b)) {
        return;
      }
      reported.push(node.range);
      ctx.report({
        node,
        messageId: 'harvest',
        data: { count: credentials.length, paths: shorten(credentials.join(', ')) },
        severity: severityFor(info.base === 'project' ? 'medium' : 'high'),
      });
    }

    /** Ranges already reported: a piece inside a reported path or list is part of that finding. */
    const reported: (readonly [number, number])[] = [];

    function judge(node: Node, info: PathInfo): void {
      const display = info.display;
      if (!display || info.base === 'project' || info.base === 'tmp') {
        return;
      }
      if (reported.some(([a, b]) => a <= node.range[0] && node.range[1] <= b)) {
        return;
      }
      reported.push(node.range);
      const full = display.replace(/^~/, '');
      const data = { path: shorten(display) };
      if (info.class === 'credential') {
        if (PROJECT_CONFIG.test(full) && info.base !== 'outside') {
          return;
        }
        const messageId = /(^|\/)\.env(\.[\w.-]+)?$/.test(full) ? 'envOutside' : 'credential';
        ctx.report({ node, messageId, data, severity: severityFor('high') });
      } else if (HOST_PERSISTENCE.some((re) => re.test(full))) {
        ctx.report({ node, messageId: 'persistence', data, severity: severityFor(info.base === 'unknown' ? 'medium' : 'high') });
      } else if (SYSTEM_ACCOUNTS.test(display)) {
        ctx.report({ node, messageId: 'account', data, severity: severityFor('high') });
      } else if (info.class === 'outside' && node.type !== 'Literal' && levelsAbove(display) >= 2) {
        // Two levels above the repository (one level up is how monorepo tools find their parent folder).
        ctx.report({ node, messageId: 'climbs', data, severity: severityFor('medium') });
      } else if (info.class === 'outside' && MACHINE_DATA.test(display)) {
        ctx.report({ node, messageId: 'machine', data, severity: severityFor('low') });
      }
    }

    return {
      ForOfStatement: checkLoop,
      ArrayExpression: checkHarvestList,
      Literal: check,
      TemplateLiteral: check,
      BinaryExpression: check,
      CallExpression(node) {
        checkMapped(node);
        check(node);
      },
    };
  },
});
