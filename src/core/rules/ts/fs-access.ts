import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type ReportDescriptor } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { maxSeverity, type Severity } from '../../model/finding';
import { modulePath, type RefValue } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { RANK, classifyPath, type PathInfo } from '../support/fs-paths';
import { FS_MODULES, TWO_PATHS, operationOf, type Op } from '../support/fs-ops';
import { ModuleUseTracker } from '../support/net-imports';
import { secretData } from '../support/fs-secrets';
import { constInit, unwrapExpr } from '../support/process-paths';

interface Pending extends ReportDescriptor {
  severity: Severity;
  group?: string;
}

/** A quoted or templated path that ends in a JS/TS module extension. */
const SCRIPT_PATH = /\.(?:[cm]?[jt]s|[jt]sx)['"`]/;

const BASE: Record<Op, Severity> = {
  read: 'low',
  write: 'medium',
  delete: 'medium',
  permissions: 'medium',
  link: 'medium',
  watch: 'low',
  stat: 'info',
  chdir: 'low',
  open: 'low',
};

export default defineTsRule({
  meta: {
    id: 'ts/fs-access',
    category: 'filesystem',
    severity: 'medium',
    summary:
      'File-system reads, writes, deletes, permission changes, links and watchers; high when the path leaves the project or names credentials.',
    why:
      'An AI agent that can write files can plant code that runs later (shell profiles, git hooks, cron, autostart), read ' +
      'secrets (SSH and cloud keys, `.env`, `.npmrc`, browser cookies) or destroy data. Reads and writes inside the project are ' +
      'routine and reported quietly; paths built from the home directory, absolute system paths, `..` climbing out of the ' +
      'repository and credential files are what a reviewer must see.',
    incorrect: [
      "import fs from 'fs'; fs.writeFileSync('out/report.json', data);",
      "const fs = require('node:fs'); const key = fs.readFileSync(require('os').homedir() + '/.ssh/id_rsa', 'utf8');",
      "import { rm } from 'fs/promises'; await rm('/etc/cron.d/job', { force: true });",
      "import * as fs from 'fs'; fs.chmodSync('bin/run', 0o755);",
    ],
    correct: [
      "import path from 'path'; const p = path.join(__dirname, 'data.json');",
      "import fs from 'fs'; if (fs.existsSync('config.json')) { console.log('found'); }",
      'const cache = { readFile: (k) => k }; cache.readFile("x");',
      "const data = JSON.parse('{}');",
    ],
    messages: {
      read: '`{{call}}` reads `{{path}}`.',
      write: '`{{call}}` writes `{{path}}`.',
      delete: '`{{call}}` deletes, moves or truncates `{{path}}`.',
      permissions: '`{{call}}` changes the permissions, owner or times of `{{path}}`.',
      link: '`{{call}}` creates a link at `{{path}}`: links let later writes land outside the place they seem to target.',
      watch: '`{{call}}` watches `{{path}}` for changes.',
      chdir: '`{{call}}` changes the working directory to `{{path}}`: every relative path after it resolves somewhere else.',
      credential:
        '`{{call}}` touches `{{path}}`, a credential location: an AI-written change has no business reading, writing or ' +
        'deleting keys, tokens or browser data on the machine it runs on.',
      persistence:
        '`{{call}}` modifies `{{path}}`, a file whose content runs later (git hooks, CI workflows, editor tasks, installed ' +
        'packages, shell start-up files): a way to run code long after this change is reviewed.',
      outside:
        '`{{call}}` touches `{{path}}`, outside the project: code that reaches into the home directory or system folders can ' +
        'read secrets, plant files that run later, or destroy data.',
      secretWrite:
        '`{{call}}` writes `{{secret}}` to `{{path}}`: keys, tokens and auth headers written to disk end up in caches, ' +
        'artifacts and backups that anyone with the files can read.',
      secretGathered: '`{{secret}}` is gathered here and written to disk by `{{call}}` on line {{line}}.',
      passed: '`{{name}}` is passed as a value: whoever calls it performs file operations Airlock cannot follow.',
      unfollowed: '`{{module}}` is imported but its uses could not be followed: it may read or write files anywhere.',
    },
  },
  create(ctx) {
    const tracker = new ModuleUseTracker(ctx, FS_MODULES);
    const pending: Pending[] = [];

    function openOp(args: readonly Node[]): Op {
      const flags = args[1];
      if (!flags) {
        return 'read';
      }
      const strings = ctx.strings(flags);
      if (strings) {
        return strings.some((s) => /[wa+]/.test(s)) ? 'write' : 'read';
      }
      return 'write';
    }

    function describe(info: PathInfo, arg: Node | undefined): string {
      if (info.display && info.class !== 'unknown') {
        return info.display;
      }
      const text = arg ? ctx.text(arg).replace(/\s+/g, ' ') : '(no path)';
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    }

    /** Whether a written path names a JS/TS module (`'./.gen.mjs'`, `` `warm-${id}.js` ``), also through a `const`. */
    function writesScript(path: Node | undefined): boolean {
      if (!path) {
        return false;
      }
      const init = constInit(ctx, unwrapExpr(path));
      return [path, init].some((n) => n !== undefined && SCRIPT_PATH.test(ctx.text(n)));
    }

    function worst(paths: (Node | undefined)[]): { info: PathInfo; arg: Node | undefined } {
      let best = { info: classifyPath(ctx, paths[0]), arg: paths[0] };
      for (const arg of paths.slice(1)) {
        const info = classifyPath(ctx, arg);
        if (RANK.indexOf(info.class) > RANK.indexOf(best.info.class)) {
          best = { info, arg };
        }
      }
      return best;
    }

    function reportOp(node: CallNode, ref: RefValue, name: string, op: Op, member: string, args: readonly Node[]): void {
      const first = args[0];
      if ((op === 'write' || op === 'read') && first && ctx.strings(first)?.every((s) => s === '1' || s === '2')) {
        return;
      }
      const realOp = op === 'open' ? openOp(args) : op;
      if (realOp === 'write' && !TWO_PATHS.has(member) && args[1] && writesScript(first)) {
        // A module generated from a string (`writeFileSync('gen.mjs', source)`, then imported) is code under review too.
        ctx.runsAsCode(args[1]);
      }
      const { info, arg } = worst(TWO_PATHS.has(member) ? [args[0], args[1]] : [first]);
      const data = { call: name, path: describe(info, arg) };
      let messageId: string = realOp;
      let severity = BASE[realOp];
      const modifies = realOp !== 'read' && realOp !== 'stat' && realOp !== 'watch';
      if (info.class === 'credential') {
        messageId = 'credential';
        severity = 'high';
      } else if (info.class === 'outside' || info.class === 'system') {
        messageId = 'outside';
        severity = realOp === 'stat' || info.class === 'system' ? 'medium' : 'high';
      } else if (info.class === 'persistence' && modifies) {
        messageId = 'persistence';
        severity = 'high';
      } else if (realOp === 'stat') {
        return;
      } else if (realOp === 'write' && !TWO_PATHS.has(member) && reportSecretWrite(node, name, data.path, args[1])) {
        return;
      } else if (info.class === 'absolute') {
        severity = maxSeverity(severity, 'medium');
      }
      const routine = messageId === realOp;
      pending.push({ node, messageId, data, severity, trace: ref.trace, group: routine ? groupKey(node, messageId) : undefined });
    }

    /** `writeFile(file, JSON.stringify({ headers: init.headers }))`: secrets persisted to disk. */
    function reportSecretWrite(node: CallNode, call: string, path: string, data: Node | undefined): boolean {
      const secret = secretData(ctx, data);
      if (!secret) {
        return false;
      }
      const severity = ctx.isTestFile ? 'medium' : 'high';
      pending.push({ node, messageId: 'secretWrite', data: { call, path, secret: secret.label }, severity });
      const line = (n: Node): number => ctx.sourceText.slice(0, n.range[0]).split('\n').length;
      if (secret.decl && line(secret.decl) !== line(node)) {
        pending.push({ node: secret.decl, messageId: 'secretGathered', data: { call, secret: secret.label, line: line(node) }, severity });
      }
      return true;
    }

    /** Routine accesses of one kind in one function are one finding (the rest become related locations). */
    function groupKey(node: Node, messageId: string): string {
      return `${ctx.enclosingFunction(node).range[0]}:${messageId}`;
    }

    function flushPending(): void {
      const groups = new Map<string, Pending[]>();
      for (const p of pending) {
        if (!p.group) {
          ctx.report(p);
        } else {
          groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
        }
      }
      // Routine reads in a function that also modifies files fold into that finding.
      for (const [key, list] of groups) {
        const [fn, messageId] = key.split(':');
        const into = ['write', 'delete', 'permissions', 'link'].map((m) => groups.get(`${fn}:${m}`)).find(Boolean);
        if ((messageId === 'read' || messageId === 'watch') && into) {
          into.push(...list);
          groups.delete(key);
        }
      }
      for (const [first, ...rest] of groups.values()) {
        const severity = rest.reduce((s, p) => maxSeverity(s, p.severity), first.severity);
        const related = rest.map((p) => ({ node: p.node, message: `also: ${ctx.text(p.node).slice(0, 60)}` }));
        ctx.report({ ...first, severity, related: related.length > 0 ? related : undefined });
      }
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref, name } of targets) {
        tracker.follow(ref);
        const found = operationOf(ref);
        if (found) {
          reportOp(node, ref, name, found.op, found.member, args);
          return;
        }
      }
      for (const arg of node.arguments) {
        checkPassed(arg);
      }
    }

    function checkPassed(arg: Node): void {
      if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression') {
        return;
      }
      const ref = ctx.refs(arg).find((r) => {
        const found = operationOf(r);
        return found !== undefined && found.op !== 'stat' && found.op !== 'chdir';
      });
      if (ref) {
        tracker.follow(ref);
        ctx.report({ node: arg, messageId: 'passed', data: { name: ctx.text(arg) }, severity: 'low', trace: ref.trace });
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      MemberExpression(node: TSESTree.MemberExpression) {
        for (const ref of ctx.refs(node)) {
          if (operationOf(ref) === undefined && modulePath(ref, FS_MODULES)?.length) {
            tracker.follow(ref);
          }
        }
      },
      'Program:exit'() {
        flushPending();
        tracker.flush((site) => {
          ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module }, severity: 'low' });
        });
      },
    };
  },
});
