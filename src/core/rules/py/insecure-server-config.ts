import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** Server entry points that take `debug=` and `host=`. */
const RUNNERS =
  /^(flask\.Flask\(\)\.run|flask_socketio\.SocketIO\(\)\.run|dash\.Dash\(\)\.run(_server)?|werkzeug\.serving\.run_simple|werkzeug\.run_simple|bottle\.run|sanic\.Sanic\(\)\.run|quart\.Quart\(\)\.run)$/;
const NOT_SERVERS = /^(asyncio\.|unittest\.|trio\.|anyio\.|subprocess\.|invoke\.|fabric\.)/;
const PUBLIC_HOSTS = new Set(['0.0.0.0', '::', '', '*']);
const SETTINGS_FILE = /(^|\/)(settings|settings_\w+|production|prod|base)\.py$|(^|\/)settings\/[^/]+\.py$/;

export default definePyRule({
  meta: {
    id: 'py/insecure-server-config',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      "Web servers configured unsafely: Flask/Werkzeug `debug=True` (high when bound to `0.0.0.0`), the Werkzeug debugger, Django `DEBUG = True`, `ALLOWED_HOSTS = ['*']`, CORS open to every origin with credentials, CSRF protection switched off.",
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

    function checkSetting(node: PyNode, name: string, value: PyNode): void {
      const code = clipText(ctx.text(node), 60);
      if (name === 'DEBUG' && value.type === 'true' && settingsFile) {
        ctx.report({
          node,
          messageId: 'setting',
          data: { code, what: 'turns on debug mode in settings: error pages show source, settings and secrets' },
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

    return {
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
            (regex && ctx.strings(regex)?.some((r) => /^\^?\.\*\$?$/.test(r)));
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
        if (left.type === 'identifier' && ctx.enclosingFunction(node).type === 'module') {
          checkSetting(node, ctx.text(left), right);
        } else if (left.type === 'subscript' && /\.config$/.test(ctx.text(field(left, 'value') ?? left))) {
          const key = ctx.strings(field(left, 'subscript') ?? left)?.[0];
          if (key === 'DEBUG' && right.type === 'true') {
            ctx.report({ node, messageId: 'debug', data: { code: clipText(ctx.text(node), 60), where: '' }, severity: 'medium' });
          } else if (key) {
            checkSetting(node, key, right);
          }
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
