import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf } from '../support/calls';
import { operationOf } from '../support/fs-ops';
import { constantOf, propKey } from '../support/insecure-props';

/** Where each call takes its mode: a positional argument, or an options object's `mode`. */
const MODE_ARG: Record<string, number> = { chmod: 1, fchmod: 1, lchmod: 1, mkdir: 1, open: 2, mkdirp: 1, mkdirs: 1, ensureDir: 1 };
const MODE_OPTIONS = new Set([
  'mkdir',
  'writeFile',
  'appendFile',
  'createWriteStream',
  'outputFile',
  'writeJson',
  'outputJson',
  'copyFile',
  'mkdirp',
  'mkdirs',
  'ensureDir',
  'ensureFile',
]);

/** A constant file mode: `0o777`, `511`, `'777'`, `'0777'`, `parseInt('777', 8)` folded by the evaluator. */
function modeValue(value: boolean | string | number | undefined): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 0o7777 ? value : undefined;
  }
  if (typeof value === 'string' && /^0?[0-7]{3,4}$/.test(value)) {
    return parseInt(value, 8);
  }
  return undefined;
}

function octal(mode: number): string {
  return `0o${mode.toString(8)}`;
}

export default defineTsRule({
  meta: {
    id: 'ts/permissive-file-mode',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      'Files and directories made writable by every user (`chmod 0o777`, `mkdir` with `0o777`, `writeFile` with mode `0o666`, `umask(0)`).',
    why:
      'A world-writable file or directory lets any other user or process on the machine replace what the program later reads or ' +
      'runs. AI agents reach for `0o777` to make a permission error go away.',
    incorrect: [
      "import fs from 'fs'; fs.chmodSync('data', 0o777);",
      "import { mkdir } from 'fs/promises'; await mkdir(dir, { recursive: true, mode: 0o777 });",
      "const fs = require('fs'); fs.writeFileSync(file, data, { mode: 0o666 });",
      'process.umask(0);',
    ],
    correct: [
      "import fs from 'fs'; fs.chmodSync('bin/run', 0o755);",
      "import { mkdir } from 'fs/promises'; await mkdir(dir, { recursive: true });",
      "const fs = require('fs'); fs.writeFileSync(file, data, { mode: 0o600 });",
      "const perms = { chmod: (f, m) => m }; perms.chmod('x', 0o777);",
    ],
    messages: {
      mode: '`{{call}}` gives `{{path}}` mode {{mode}}: every user on the machine can {{what}} it.',
      umask: '`{{call}}` clears the umask: every file the process creates after this can be world-writable.',
    },
  },
  create(ctx) {
    function clipPath(node: Node | undefined): string {
      if (!node) {
        return '(unknown)';
      }
      const text = ctx.strings(node)?.[0] ?? ctx.text(node).replace(/\s+/g, ' ');
      return text.length > 50 ? `${text.slice(0, 47)}...` : text;
    }

    function optionMode(arg: Node | undefined): Node | undefined {
      if (arg?.type !== 'ObjectExpression') {
        return undefined;
      }
      for (const prop of arg.properties) {
        if (prop.type === 'Property' && propKey(ctx, prop) === 'mode') {
          return prop.value;
        }
      }
      return undefined;
    }

    function check(node: TSESTree.CallExpression): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref, name } of targets) {
        if (ref.module === undefined && ref.path.join('.') === 'process.umask') {
          const mask = args[0] ? modeValue(constantOf(ctx, args[0])) : undefined;
          if (mask !== undefined && (mask & 0o022) === 0) {
            ctx.report({ node, messageId: 'umask', data: { call: ctx.text(node).slice(0, 60) }, severity: 'medium' });
          }
          return;
        }
        const op = operationOf(ref);
        if (!op || (op.op !== 'permissions' && op.op !== 'write' && op.op !== 'open')) {
          continue;
        }
        const member = op.member;
        const index = MODE_ARG[member];
        const positional = index !== undefined && args[index] && args[index].type !== 'ObjectExpression' ? args[index] : undefined;
        const modeNode = positional ?? (MODE_OPTIONS.has(member) ? args.map(optionMode).find(Boolean) : undefined);
        const mode = modeNode ? modeValue(constantOf(ctx, modeNode)) : undefined;
        if (mode === undefined || (mode & 0o002) === 0) {
          return;
        }
        const what = mode & 0o001 && member !== 'writeFile' ? 'change or replace' : 'change';
        ctx.report({
          node,
          messageId: 'mode',
          data: { call: name.replace(/\.default\b/, ''), path: clipPath(args[0]), mode: octal(mode), what },
          severity: ctx.isTestFile ? 'low' : 'medium',
          trace: ref.trace,
        });
        return;
      }
    }

    return { CallExpression: check };
  },
});
