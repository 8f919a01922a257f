import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clip } from '../support/py-fs-paths';
import { isEnvObject, isSecretEnv, secretKeys, singleEnvRead, wholeEnvUse } from '../support/py-secrets-env';
import { isPlatformCredential } from '../support/secret-names';
import { isPlaceholder, mask } from '../support/secret-tokens';
import { callArguments } from '../../python/calls';

const KEYRING = new Set([
  'keyring.get_password',
  'keyring.get_credential',
  'keyring.core.get_password',
  'keyring.get_keyring().get_password',
]);
const DOTENV = new Set(['dotenv.dotenv_values', 'dotenv.main.dotenv_values']);

const HOW: Record<string, { messageId: string; severity: Severity }> = {
  copy: { messageId: 'copy', severity: 'high' },
  spread: { messageId: 'copy', severity: 'high' },
  enumerate: { messageId: 'enumerate', severity: 'high' },
  keys: { messageId: 'keys', severity: 'medium' },
  passed: { messageId: 'passed', severity: 'high' },
};

export default definePyRule({
  meta: {
    id: 'py/env-read',
    category: 'secrets',
    severity: 'medium',
    summary:
      "Reads of the environment: the whole `os.environ` copied, enumerated or handed on (high), the machine's or CI's own " +
      'credentials, application secrets with a fallback written in the code, variables chosen at run time (medium), `keyring` ' +
      'passwords (high) and whole `.env` files via `dotenv_values`.',
    why:
      'The environment of a developer machine or CI job holds cloud keys, registry tokens and API keys. Code that copies all of ' +
      'it, or picks out the secret ones, is one step away from sending them somewhere; reading the variables a feature needs ' +
      "(`PORT`, `DEBUG`, `HOME`) is routine and not reported, and neither is reading the application's own secrets " +
      '(`DJANGO_SECRET_KEY`, `DATABASE_URL`) from the environment, as they should be, unless a committed value stands in for them.',
    incorrect: [
      'import os, json\npayload = json.dumps(dict(os.environ))',
      "import os\nkey = os.environ['AWS_SECRET_ACCESS_KEY']",
      'import os\nfor k, v in os.environ.items():\n    print(k, v)',
      "import keyring\npw = keyring.get_password('system', user)",
    ],
    correct: [
      "import os\nport = int(os.getenv('PORT', '8000'))",
      "import os\ndebug = os.environ.get('DEBUG') == '1'",
      "import os, subprocess\nenv = os.environ.copy()\nenv['X'] = '1'\nsubprocess.run(cmd, env=env)",
      "import os\nos.environ['CUDA_VISIBLE_DEVICES'] = '0'",
    ],
    messages: {
      copy: '`{{code}}` copies the whole environment: every API key, cloud credential and token of the machine or CI job, in one value.',
      enumerate: '`{{code}}` walks through every environment variable, secrets included: check where the names and values go.',
      keys: '`{{code}}` lists the names of every environment variable: a survey of which secrets the machine holds.',
      passed: '`{{code}}` hands the whole environment (every secret in it) to `{{callee}}`.',
      secret: '`{{code}}` reads `{{name}}`, a secret from the environment: check where it goes.',
      secretDefault:
        '`{{code}}` reads `{{name}}` and falls back to a value written in the code (`{{fallback}}`): wherever the variable is unset, the committed value is the secret.',
      dynamicKey: '`{{code}}` reads an environment variable chosen at run time (`{{key}}`): any secret can be picked out this way.',
      keyring: "`{{code}}` reads a password from the user's system keyring.",
      dotenv: '`{{code}}` reads a whole `.env` file into a value: all its secrets at once.',
    },
  },
  create(ctx) {
    const reported = new Set<PyNode>();
    const report = (node: PyNode, messageId: string, severity: Severity, data: Record<string, string> = {}): void => {
      if (reported.has(node)) {
        return;
      }
      reported.add(node);
      const sev: Severity = ctx.isTestFile && severity !== 'low' ? (severity === 'high' ? 'medium' : 'low') : severity;
      ctx.report({ node, messageId, data: { code: clip(ctx.text(node), 60), ...data }, severity: sev });
    };

    function checkWhole(node: PyNode): void {
      if (!isEnvObject(ctx, node)) {
        return;
      }
      const use = wholeEnvUse(ctx, node);
      if (use) {
        const how = HOW[use.how];
        report(use.node, how.messageId, how.severity, { callee: use.callee ?? '' });
      }
    }

    function checkSingle(node: PyNode): void {
      const read = singleEnvRead(ctx, node);
      if (!read) {
        return;
      }
      const keys = secretKeys(ctx, read.key);
      if (!keys) {
        // `def _env_list(name): return os.environ.get(name)` called only with constant names in this file: those names.
        const names = read.key ? constantArguments(read.key) : undefined;
        const platform = names?.find((n) => isSecretEnv(n) && isPlatformCredential(n));
        if (!names) {
          report(node, 'dynamicKey', 'medium', { key: read.key ? clip(ctx.text(read.key), 40) : '?' });
        } else if (platform) {
          report(node, 'secret', 'medium', { name: platform });
        }
      } else {
        // Application secrets (`DJANGO_SECRET_KEY`, `DATABASE_URL`) are read from the environment as they should be, as
        // in ts/env-read; the machine's or CI's own credentials (`AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN`) are not the app's.
        const platform = keys.secret.find(isPlatformCredential);
        const fallback = keys.secret.length > 0 && !platform ? literalFallback(node) : undefined;
        if (platform) {
          report(node, 'secret', 'medium', { name: platform });
        } else if (fallback) {
          // The finding never repeats the committed value.
          const code = clip(ctx.text(node).split(fallback).join(mask(fallback)), 60);
          report(node, 'secretDefault', 'medium', { name: keys.secret[0], fallback: mask(fallback), code });
        }
      }
    }

    const callsByName = new Map<string, PyNode[]>();
    /** The calls of a module-level function of this file, by its name (collected once per name). */
    function callsOf(name: string): PyNode[] {
      let calls = callsByName.get(name);
      if (!calls) {
        calls = [];
        const stack = [ctx.root()];
        for (let budget = 200_000; stack.length > 0 && budget > 0; budget--) {
          const n = stack.pop() as PyNode;
          if (n.type === 'call' && ctx.text(field(n, 'function') ?? n) === name) {
            calls.push(n);
          }
          stack.push(...n.children);
        }
        callsByName.set(name, calls);
      }
      return calls;
    }

    /**
     * The constant values a parameter receives, when it is a parameter of a module-level function that this file calls,
     * every time with a constant there; undefined otherwise (an exported helper, a computed argument).
     */
    function constantArguments(key: PyNode): string[] | undefined {
      const fn = key.type === 'identifier' ? ctx.enclosingFunction(key) : undefined;
      const fnName = fn?.type === 'function_definition' ? field(fn, 'name') : undefined;
      if (!fn || !fnName || fn.parent?.type !== 'module') {
        return undefined;
      }
      const parameters = field(fn, 'parameters');
      const params = parameters ? namedChildren(parameters) : [];
      const paramName = (p: PyNode): string => ctx.text(p.type === 'identifier' ? p : (field(p, 'name') ?? namedChildren(p)[0] ?? p));
      const index = params.findIndex((p) => paramName(p) === ctx.text(key));
      const calls = callsOf(ctx.text(fnName));
      if (index < 0 || calls.length === 0) {
        return undefined;
      }
      const names: string[] = [];
      for (const call of calls) {
        const args = callArguments(call, ctx.sourceText);
        const arg = args.positional[index] ?? args.keywords.get(ctx.text(key));
        const strings = arg ? ctx.strings(arg) : undefined;
        if (!strings) {
          return undefined;
        }
        names.push(...strings);
      }
      return names;
    }

    /**
     * `os.environ.get("SECRET_KEY", "f3b1…")`, `os.getenv("SMTP_PASSWORD") or "Rl4y…"`: the value used wherever the
     * variable is unset, when it is written in the code (not empty, not a placeholder like `changeme` or `dev`).
     */
    function literalFallback(read: PyNode): string | undefined {
      const candidates: PyNode[] = [];
      if (read.type === 'call') {
        const args = callArguments(read, ctx.sourceText);
        const value = args.positional[1] ?? args.keywords.get('default');
        if (value) {
          candidates.push(value);
        }
      }
      const parent = read.parent;
      if (parent?.type === 'boolean_operator' && field(parent, 'left') === read && ctx.text(field(parent, 'operator') ?? parent) === 'or') {
        const right = field(parent, 'right');
        if (right) {
          candidates.push(right);
        }
      }
      for (const value of candidates) {
        const text = ctx.strings(value)?.[0];
        if (
          text !== undefined &&
          text.length >= 8 &&
          !/\s/.test(text) &&
          !isPlaceholder(text) &&
          !/^(dev|test|local|insecure|change|example)/i.test(text)
        ) {
          return text;
        }
      }
      return undefined;
    }

    return {
      attribute: checkWhole,
      identifier: checkWhole,
      subscript: checkSingle,
      call(node) {
        const fn = field(node, 'function');
        const names = fn ? ctx.names(fn) : [];
        if (names.some((n) => KEYRING.has(n))) {
          report(node, 'keyring', 'high');
        } else if (names.some((n) => DOTENV.has(n))) {
          report(node, 'dotenv', 'medium');
        } else {
          checkSingle(node);
        }
      },
    };
  },
});
