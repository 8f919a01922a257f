import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** An origin pattern that matches any site: `.*`, `^https?://.*$`. */
const ANY_ORIGIN = /^\^?(https?\??:\/\/|\(https?\|http\):\/\/)?\.[*+]\$?$/;
/** PyJWT and python-jose decoders. */
const JWT_DECODE = /^(jwt|jose\.jwt)\.decode$/;
/** The token checks that `options` can switch off, and what switching each off means. */
const JWT_CHECKS: Record<string, string> = {
  verify_signature: 'stops checking the token signature: anyone can forge a token',
  verify_exp: 'accepts expired tokens: a leaked token never stops working',
  verify_aud: 'accepts tokens issued for other services',
  verify_iss: 'accepts tokens from any issuer',
};

/** Whether an assignment is a field of a settings class (`class Settings(BaseSettings)`, `class AppConfig`). */
function settingsClass(node: PyNode, sourceOf: (n: PyNode) => string): boolean {
  const block = node.parent?.type === 'expression_statement' ? node.parent.parent : node.parent;
  const cls = block?.type === 'block' ? block.parent : undefined;
  if (cls?.type !== 'class_definition') {
    return false;
  }
  const name = field(cls, 'name');
  const bases = field(cls, 'superclasses');
  const text = (n: PyNode | undefined): string => (n ? sourceOf(n) : '');
  return /(Settings|Config|Configuration)$/.test(text(name)) || /BaseSettings/.test(text(bases));
}

/** Server entry points that take `debug=` and `host=`. */
const RUNNERS =
  /^(flask\.Flask\(\)\.run|flask_socketio\.SocketIO\(\)\.run|dash\.Dash\(\)\.run(_server)?|werkzeug\.serving\.run_simple|werkzeug\.run_simple|bottle\.run|sanic\.Sanic\(\)\.run|quart\.Quart\(\)\.run)$/;
const NOT_SERVERS = /^(asyncio\.|unittest\.|trio\.|anyio\.|subprocess\.|invoke\.|fabric\.)/;
const PUBLIC_HOSTS = new Set(['0.0.0.0', '::', '', '*']);
/** Jupyter's configurable classes (`c.ServerApp.token = ''` in `jupyter_server_config.py`). */
const JUPYTER_CLASSES = /^(ServerApp|NotebookApp|LabApp|LabServerApp|IdentityProvider|PasswordIdentityProvider|JupyterHub|Authenticator)$/;
/** Calls that read an environment variable, with where their default is. */
const ENV_READS: Record<string, { key: number; fallback: number; keyword?: string }> = {
  'os.environ.get': { key: 0, fallback: 1, keyword: 'default' },
  'os.getenv': { key: 0, fallback: 1, keyword: 'default' },
  'decouple.config': { key: 0, fallback: -1, keyword: 'default' },
  'environ.Env().bool': { key: 0, fallback: 1, keyword: 'default' },
  'environ.Env().get_value': { key: 0, fallback: -1, keyword: 'default' },
};
const SETTINGS_FILE = /(^|\/)(settings|settings_\w+|production|prod|base)\.py$|(^|\/)settings\/[^/]+\.py$/;

export default definePyRule({
  meta: {
    id: 'py/insecure-server-config',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      "Web servers configured unsafely: Flask/Werkzeug `debug=True` (high when bound to `0.0.0.0`), the Werkzeug debugger, Django `DEBUG = True`, `ALLOWED_HOSTS = ['*']`, CORS open to every origin with credentials, CSRF protection switched off, a Django `DEBUG` that is on wherever its variable is unset, Jupyter servers open to the network without a token or XSRF checks.",
    why:
      'The Flask/Werkzeug debugger gives whoever reaches the page a Python console on the server; debug settings leak source and ' +
      'secrets in error pages; a wildcard CORS policy with credentials lets any website act as the logged-in user. Agents turn ' +
      'these on to get past an error and the change ships.',
    incorrect: [
      "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)",
      "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)",
      "from werkzeug.serving import run_simple\nrun_simple('localhost', 5000, app, use_debugger=True, use_evalex=True)",
    ],
    correct: [
      "from flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get('FLASK_DEBUG') == '1')",
      'import asyncio\nasyncio.run(main(), debug=True)',
      "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'], allow_credentials=True)",
    ],
    messages: {
      debug:
        '`{{code}}` runs the server in debug mode{{where}}: the interactive debugger lets anyone who reaches an error page run Python on the server.',
      debugger: '`{{code}}` enables the Werkzeug debugger console: anyone who reaches it can run Python on the server.',
      setting: '`{{code}}` {{what}}.',
      cors: '`{{code}}` allows every origin with credentials: any website can make requests as the logged-in user and read the answers.',
    },
  },
  create(ctx) {
    if (ctx.isTestFile || /(^|\/)conftest\.py$/.test(ctx.path)) {
      return {};
    }
    const settingsFile = SETTINGS_FILE.test(ctx.path);
    let corsAll: PyNode | undefined;
    let corsCredentials = false;

    function checkRun(node: PyNode, names: string[]): void {
      const args = callArguments(node, ctx.sourceText);
      const fn = field(node, 'function');
      const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
      const known = names.some((n) => RUNNERS.test(n.replace(/\(\)$/, '')));
      if (!known && (method !== 'run' || names.some((n) => NOT_SERVERS.test(n)))) {
        return;
      }
      const code = clipText(ctx.text(node), 70);
      for (const keyword of ['use_debugger', 'use_evalex']) {
        if (args.keywords.get(keyword)?.type === 'true') {
          ctx.report({ node, messageId: 'debugger', data: { code }, severity: 'high' });
          return;
        }
      }
      const debug = args.keywords.get('debug');
      if (!debug || debug.type !== 'true') {
        return;
      }
      const host = args.keywords.get('host') ?? (names.some((n) => /run_simple/.test(n)) ? args.positional[0] : undefined);
      const hosts = host ? ctx.strings(host) : undefined;
      const isPublic = hosts?.some((h) => PUBLIC_HOSTS.has(h)) === true;
      const where = isPublic ? ` on every network interface (\`${hosts?.[0]}\`)` : '';
      ctx.report({ node, messageId: 'debug', data: { code, where }, severity: isPublic ? 'high' : 'medium' });
    }

    /**
     * What an expression is when the environment variables it reads are not set: `os.environ.get('DEBUG', '1') == '1'`
     * is `true` on a machine that never heard of `DEBUG`. Undefined when it does not read the environment or cannot be folded.
     */
    function whenUnset(node: PyNode, depth = 0): string | boolean | number | null | undefined {
      if (depth > 8) {
        return undefined;
      }
      switch (node.type) {
        case 'parenthesized_expression': {
          const inner = namedChildren(node)[0];
          return inner ? whenUnset(inner, depth + 1) : undefined;
        }
        case 'call': {
          const names = ctx.callNames(node);
          const read = names.map((n) => ENV_READS[n]).find((r) => r !== undefined);
          const args = callArguments(node, ctx.sourceText);
          if (read) {
            const fallback =
              (read.keyword ? args.keywords.get(read.keyword) : undefined) ??
              (read.fallback >= 0 ? args.positional[read.fallback] : undefined);
            // `os.environ.get('X')` is `None` when X is unset.
            return fallback
              ? constant(fallback)
              : read.keyword === 'default' && read.fallback === 1 && names.some((n) => n.startsWith('os.'))
                ? null
                : undefined;
          }
          const fn = field(node, 'function');
          const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
          const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
          if (object && /^(lower|upper|strip|casefold|lstrip|rstrip)$/.test(method)) {
            const inner = whenUnset(object, depth + 1);
            if (typeof inner !== 'string') {
              return undefined;
            }
            return method === 'lower' || method === 'casefold'
              ? inner.toLowerCase()
              : method === 'upper'
                ? inner.toUpperCase()
                : inner.trim();
          }
          // `env_flag('DEBUG', default=True)`: a helper of the file that reads the environment and falls back to `default`.
          const fallback = args.keywords.get('default');
          const local = fn ? ctx.values(fn).find((v) => v.kind === 'fn') : undefined;
          if (fallback && local?.kind === 'fn' && /\b(environ|getenv)\b/.test(ctx.text(local.node))) {
            return constant(fallback);
          }
          const first = args.positional[0];
          if (!first || args.positional.length !== 1) {
            return undefined;
          }
          const inner = whenUnset(first, depth + 1);
          if (inner === undefined || inner === null) {
            return undefined;
          }
          if (names.includes('builtins.bool')) {
            return Boolean(inner);
          }
          if (names.includes('builtins.int')) {
            const n = Number(inner);
            return Number.isInteger(n) ? n : undefined;
          }
          if (names.some((n) => /(^|\.)strtobool$/.test(n))) {
            return typeof inner === 'string' ? /^(y|yes|t|true|on|1)$/i.test(inner) : Boolean(inner);
          }
          return undefined;
        }
        case 'comparison_operator': {
          const parts = namedChildren(node);
          const ops = node.children.filter((c) => !c.named).map((c) => ctx.text(c));
          if (parts.length !== 2 || ops.length === 0) {
            return undefined;
          }
          const op = ops.join(' ');
          const left = whenUnset(parts[0], depth + 1);
          if (left === undefined) {
            return undefined;
          }
          if (op === 'in' || op === 'not in') {
            const items = ['tuple', 'list', 'set'].includes(parts[1].type) ? namedChildren(parts[1]).map(constant) : undefined;
            if (!items || items.some((i) => i === undefined)) {
              return undefined;
            }
            const found = left !== null && items.includes(left);
            return op === 'in' ? found : !found;
          }
          const right = constant(parts[1]);
          if (right === undefined || (op !== '==' && op !== '!=')) {
            return undefined;
          }
          return op === '==' ? left === right : left !== right;
        }
        case 'boolean_operator': {
          const left = field(node, 'left');
          const right = field(node, 'right');
          const op = ctx.text(field(node, 'operator') ?? node);
          const a = left ? whenUnset(left, depth + 1) : undefined;
          const b = right ? (whenUnset(right, depth + 1) ?? constant(right)) : undefined;
          if (a === undefined) {
            return undefined;
          }
          return op === 'or' ? (a ? a : b) : a ? b : a;
        }
        case 'not_operator': {
          const inner = field(node, 'argument');
          const v = inner ? whenUnset(inner, depth + 1) : undefined;
          return v === undefined ? undefined : !v;
        }
        default:
          return undefined;
      }
    }

    function constant(node: PyNode): string | boolean | number | undefined {
      if (node.type === 'true' || node.type === 'false') {
        return node.type === 'true';
      }
      const strings = ctx.strings(node);
      if (strings?.length === 1) {
        return strings[0];
      }
      const numbers = ctx.numbers(node);
      return numbers?.length === 1 ? numbers[0] : undefined;
    }

    /** `jwt.decode(token, key, options={"verify_signature": False})`: checks of the token switched off. */
    function checkJwtOptions(options: PyNode | undefined): void {
      if (options?.type !== 'dictionary') {
        return;
      }
      for (const pair of namedChildren(options).filter((p) => p.type === 'pair')) {
        const key = ctx.strings(field(pair, 'key') ?? pair)?.[0];
        const value = field(pair, 'value');
        const what = key ? JWT_CHECKS[key] : undefined;
        if (what && value?.type === 'false') {
          ctx.report({
            node: pair,
            messageId: 'setting',
            data: { code: clipText(ctx.text(pair), 60), what },
            severity: key === 'verify_signature' ? 'high' : 'medium',
          });
        }
      }
    }

    /** A field of a settings class (`class Settings(BaseSettings)`): its default is what production gets unless overridden. */
    function checkField(node: PyNode, name: string, value: PyNode): void {
      const code = clipText(ctx.text(node), 60);
      if (/^debug$/i.test(name) && value.type === 'true') {
        ctx.report({
          node,
          messageId: 'setting',
          data: {
            code,
            what: 'turns debug mode on by default: every deployment that does not override it shows stack traces and internals',
          },
          severity: 'medium',
        });
      } else if (/origin/i.test(name) && /regex|pattern/i.test(name) && ctx.strings(value)?.some((r) => ANY_ORIGIN.test(r))) {
        ctx.report({
          node,
          messageId: 'setting',
          data: { code, what: 'matches every origin: any website can call this API from a browser' },
          severity: 'medium',
        });
      }
    }

    function checkSetting(node: PyNode, name: string, value: PyNode): void {
      const code = clipText(ctx.text(node), 60);
      if (name === 'DEBUG' && value.type === 'true' && settingsFile) {
        ctx.report({
          node,
          messageId: 'setting',
          data: { code, what: 'turns on debug mode in settings: error pages show source, settings and secrets' },
        });
      } else if (name === 'DEBUG' && settingsFile && value.type !== 'true' && value.type !== 'false' && whenUnset(value)) {
        ctx.report({
          node,
          messageId: 'setting',
          data: {
            code,
            what: 'turns debug mode on wherever the variable is not set, production included: error pages show source, settings and secrets. Default to off and turn it on where needed',
          },
        });
      } else if (
        name === 'ALLOWED_HOSTS' &&
        (value.type === 'list' || value.type === 'tuple') &&
        namedChildren(value).some((v) => ctx.strings(v)?.includes('*'))
      ) {
        ctx.report({
          node,
          messageId: 'setting',
          data: { code, what: 'accepts any Host header, which enables host-header poisoning of links and password resets' },
        });
      } else if ((name === 'CORS_ALLOW_ALL_ORIGINS' || name === 'CORS_ORIGIN_ALLOW_ALL') && value.type === 'true') {
        corsAll = node;
      } else if (name === 'CORS_ALLOW_CREDENTIALS' && value.type === 'true') {
        corsCredentials = true;
      } else if ((name === 'WTF_CSRF_ENABLED' || name === 'CSRF_ENABLED') && value.type === 'false') {
        ctx.report({
          node,
          messageId: 'setting',
          data: { code, what: 'switches CSRF protection off: other sites can submit forms as the logged-in user' },
        });
      } else if (name === 'SESSION_COOKIE_SECURE' && value.type === 'false' && settingsFile) {
        ctx.report({ node, messageId: 'setting', data: { code, what: 'sends the session cookie over plain HTTP' }, severity: 'low' });
      }
    }

    /** `c.ServerApp.token` -> `token`, for Jupyter's configurable classes. */
    function jupyterTrait(left: PyNode): string | undefined {
      const owner = field(left, 'object');
      const trait = field(left, 'attribute');
      const cls = owner?.type === 'attribute' ? field(owner, 'attribute') : undefined;
      const root = owner?.type === 'attribute' ? field(owner, 'object') : undefined;
      return trait && cls && root?.type === 'identifier' && JUPYTER_CLASSES.test(ctx.text(cls)) ? ctx.text(trait) : undefined;
    }

    function checkJupyter(node: PyNode, trait: string, value: PyNode): void {
      const code = clipText(ctx.text(node), 60);
      const strings = ctx.strings(value);
      const report = (what: string, severity: Severity): void => {
        ctx.report({ node, messageId: 'setting', data: { code, what }, severity });
      };
      if (trait === 'ip' && strings?.some((h) => PUBLIC_HOSTS.has(h))) {
        report(
          'makes the Jupyter server listen on every network interface: anyone who can reach the port can try to log in and run code',
          'medium',
        );
      } else if (trait === 'token' && strings?.length === 1 && strings[0] === '') {
        report('switches off Jupyter token authentication: anyone who reaches the server gets a Python shell on this machine', 'high');
      } else if (trait === 'disable_check_xsrf' && value.type === 'true') {
        report('switches off Jupyter XSRF checks: any web page the user visits can run code in the notebook server', 'high');
      } else if (trait === 'allow_origin' && strings?.includes('*')) {
        report('lets every website call the Jupyter server from a browser', 'high');
      }
    }

    return {
      decorator(node) {
        // `@csrf_exempt` (Django), `@csrf.exempt` (Flask-WTF): the view takes forms from any site.
        const expression = namedChildren(node)[0];
        const target = expression?.type === 'call' ? field(expression, 'function') : expression;
        if (
          target &&
          (ctx.names(target).some((n) => /(^|\.)csrf_exempt$/.test(n)) ||
            /^(csrf|csrf_protect|csrfprotect)\.exempt$/i.test(ctx.text(target)))
        ) {
          ctx.report({
            node,
            messageId: 'setting',
            severity: 'medium',
            data: {
              code: clipText(ctx.text(node), 60),
              what: 'switches CSRF protection off for this view: other sites can submit to it as the logged-in user',
            },
          });
        }
      },
      call(node) {
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText);
        const fn = field(node, 'function');
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        const first = args.positional[0];
        const isCors = method === 'add_middleware' && first !== undefined && ctx.text(first).endsWith('CORSMiddleware');
        if (isCors || names.some((n) => /^(starlette\.middleware\.cors|fastapi\.middleware\.cors)\.CORSMiddleware$/.test(n))) {
          const origins = args.keywords.get('allow_origins');
          const regex = args.keywords.get('allow_origin_regex');
          const wildcard =
            (origins && namedChildren(origins).some((o) => ctx.strings(o)?.includes('*'))) ||
            (regex && ctx.strings(regex)?.some((r) => ANY_ORIGIN.test(r)));
          if (wildcard && args.keywords.get('allow_credentials')?.type === 'true') {
            ctx.report({ node, messageId: 'cors', data: { code: clipText(ctx.text(node), 70) }, severity: 'high' });
          }
          return;
        }
        if (names.some((n) => n === 'flask_cors.CORS') && args.keywords.get('supports_credentials')?.type === 'true') {
          const origins = args.keywords.get('origins') ?? args.keywords.get('resources');
          if (!origins || ctx.strings(origins)?.includes('*')) {
            ctx.report({ node, messageId: 'cors', data: { code: clipText(ctx.text(node), 70) }, severity: 'high' });
          }
          return;
        }
        if (names.some((n) => JWT_DECODE.test(n))) {
          checkJwtOptions(args.keywords.get('options'));
        }
        if (method === 'update' && fn && /\.config$/.test(ctx.text(field(fn, 'object') ?? fn))) {
          for (const [key, value] of args.keywords) {
            checkSetting(node, key, value);
          }
          return;
        }
        checkRun(node, names);
      },
      assignment(node) {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) {
          return;
        }
        if (left.type === 'identifier' && settingsClass(node, (n) => ctx.text(n))) {
          checkField(node, ctx.text(left), right);
        } else if (left.type === 'identifier' && ctx.enclosingFunction(node).type === 'module') {
          checkSetting(node, ctx.text(left), right);
        } else if (left.type === 'subscript' && /\.config$/.test(ctx.text(field(left, 'value') ?? left))) {
          const key = ctx.strings(field(left, 'subscript') ?? left)?.[0];
          if (key === 'DEBUG' && right.type === 'true') {
            ctx.report({ node, messageId: 'debug', data: { code: clipText(ctx.text(node), 60), where: '' }, severity: 'medium' });
          } else if (key) {
            checkSetting(node, key, right);
          }
        } else if (left.type === 'attribute' && jupyterTrait(left)) {
          checkJupyter(node, jupyterTrait(left) as string, right);
        } else if (
          left.type === 'attribute' &&
          ctx.text(left).endsWith('.debug') &&
          right.type === 'true' &&
          /^(app|application|server|api)\.debug$/.test(ctx.text(left))
        ) {
          ctx.report({ node, messageId: 'debug', data: { code: clipText(ctx.text(node), 60), where: '' }, severity: 'medium' });
        }
      },
      'module:exit'() {
        if (corsAll) {
          const severity: Severity = corsCredentials ? 'high' : 'low';
          ctx.report({
            node: corsAll,
            messageId: corsCredentials ? 'cors' : 'setting',
            data: { code: clipText(ctx.text(corsAll), 60), what: 'allows every origin to call this API' },
            severity,
          });
        }
      },
    };
  },
});
