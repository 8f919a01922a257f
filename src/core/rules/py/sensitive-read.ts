import { definePyRule, type PyReportDescriptor } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { SYSTEM_ACCOUNTS } from '../support/fs-sensitive';
import type { PathInfo } from '../support/fs-paths';
import { fileOp, openMode, type FileOp } from '../support/py-fs-ops';
import { assignedValues, classifyPy, classifyPyPath, clip, isDocstring } from '../support/py-fs-paths';
import { PY_REQUEST_INPUT } from '../support/py-fs-bindings';

/** Credential names that are the project's own configuration when they sit in the project. */
const PROJECT_CONFIG = /(^|\/)(\.env(\.[\w.-]+)?|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|\.netrc)$/;
const ENV_FILE = /(^|\/)\.env(\.[\w.-]+)?$/;

/** Libraries whose whole purpose is reading browser or desktop secrets. */
const SECRET_LIBS: { prefix: string; messageId: string }[] = [
  { prefix: 'browser_cookie3.', messageId: 'browser' },
  { prefix: 'browsercookie.', messageId: 'browser' },
  { prefix: 'pycookiecheat.', messageId: 'browser' },
  { prefix: 'win32crypt.CryptUnprotectData', messageId: 'decrypt' },
  { prefix: 'secretstorage.', messageId: 'decrypt' },
];

/** Operations that read (the path argument is what is read). */
const READ_VERB: Partial<Record<FileOp['op'], string>> = {
  open: 'reads',
  read: 'reads',
  list: 'lists',
  copy: 'copies',
  archive: 'archives',
  stat: 'checks for',
};

/** Expressions that build a path out of pieces: the outermost one is judged. */
/** Calls that reduce a name to a safe file name. */
const SANITIZED = /\b(basename|secure_filename|get_valid_filename|slugify|quote)\(/;
const PATH_BUILDERS = new Set([
  'os.path.join',
  'os.path.expanduser',
  'os.path.expandvars',
  'os.path.abspath',
  'os.path.realpath',
  'pathlib.Path',
  'pathlib.PurePath',
  'pathlib.PosixPath',
]);

export default definePyRule({
  meta: {
    id: 'py/sensitive-read',
    category: 'secrets',
    severity: 'high',
    summary:
      'Python reads of credential files: `~/.ssh`, `~/.aws/credentials`, `~/.netrc`, `.env` outside the project, gcloud, kube ' +
      'and docker configs, `~/.pypirc`, `~/.git-credentials`, browser cookies and saved passwords, keychains.',
    why:
      'Stealing credentials takes one file read, and the path can be assembled from `Path.home()`, `os.environ["HOME"]` or ' +
      '`expanduser` far from the call that opens it. An AI-written change has no reason to touch these files; flagging both the ' +
      'read and the place the path is built shows the intent even when the read goes through a helper. Credential files are ' +
      'reported as filesystem findings (as ts/fs-access does); keychain and browser-credential libraries as secrets.',
    incorrect: [
      "import os\nkey = open(os.path.expanduser('~/.ssh/id_rsa')).read()",
      "from pathlib import Path\ncreds = (Path.home() / '.aws' / 'credentials').read_text()",
      "import os\ncfg = os.path.join(os.environ['HOME'], '.kube', 'config')",
      'import browser_cookie3\ncj = browser_cookie3.chrome()',
    ],
    correct: [
      "with open('config.json') as f:\n    cfg = json.load(f)",
      "from pathlib import Path\ntext = Path('data/train.txt').read_text()",
      "import os\ncache = os.path.join(os.path.expanduser('~'), '.cache', 'app')",
      "ignored = ['.env', '.ssh/']",
    ],
    messages: {
      requestPath:
        'This path is built from request input (`{{input}}`): a name with `../` or an absolute path reaches any file the server can read, not just {{base}}.',
      harvest:
        'A list of {{count}} credential locations ({{paths}}): code that looks for tokens in several places is collecting ' +
        'whichever credentials this machine has.',
      credential:
        '`{{call}}` {{verb}} `{{path}}`, a credential location (keys, tokens, cloud or browser secrets): an AI-written change ' +
        'has no business reading it.',
      path:
        '`{{path}}` is a credential location (keys, tokens, cloud or browser secrets), built here: whatever receives this value ' +
        'can read it.',
      envOutside:
        '`{{call}}` {{verb}} `{{path}}`, an environment file outside this project: it holds the secrets of another checkout or deployment.',
      envPath: '`{{path}}` is an environment file outside this project: it holds the secrets of another checkout or deployment.',
      projectEnv: "`{{call}}` reads `{{path}}`, this project's secrets file, by hand: check where its values go.",
      account: '`{{call}}` {{verb}} `{{path}}`, a system account database: it maps the users of the machine.',
      browser: '`{{call}}` extracts browser cookies or saved logins: sessions and passwords of the user, for any site.',
      decrypt: '`{{call}}` decrypts secrets the operating system keeps for the user (saved browser passwords, the desktop keyring).',
    },
  },
  create(ctx) {
    const pending: { descriptor: PyReportDescriptor; node: PyNode }[] = [];
    const consumed = new Set<string>();
    const key = (n: PyNode): string => `${n.start}:${n.end}`;
    const sev = (s: Severity): Severity => (ctx.isTestFile && s === 'high' ? 'medium' : s);

    /** A path argument and the expressions it was assigned from. */
    function consume(node: PyNode | undefined, depth = 0): void {
      if (!node || depth > 3 || consumed.has(key(node))) {
        return;
      }
      consumed.add(key(node));
      if (node.type === 'parenthesized_expression') {
        node.children.filter((c) => c.named).forEach((c) => consume(c, depth + 1));
      }
      for (const origin of assignedValues(ctx, node)) {
        consume(origin, depth + 1);
      }
    }

    function judgeRead(node: PyNode, op: FileOp, verb: string): void {
      const info: PathInfo = op.implicit ? classifyPy(op.implicit, ctx.path) : classifyPyPath(ctx, op.path);
      const display = clip(info.display ?? (op.path ? ctx.text(op.path) : ''));
      const full = display.replace(/^~/, '');
      const data = { call: op.name, verb, path: display };
      // Reading a credential file is file-system access to the most sensitive files there are (as ts/fs-access reports it).
      const category = 'filesystem' as const;
      if (info.class === 'credential') {
        if (PROJECT_CONFIG.test(full) && info.base !== 'outside') {
          if (ENV_FILE.test(full) && info.base === 'project' && op.op !== 'stat') {
            ctx.report({ node, messageId: 'projectEnv', data, severity: 'low', category, trace: op.trace });
          }
          return;
        }
        const messageId = ENV_FILE.test(full) ? 'envOutside' : 'credential';
        ctx.report({ node, messageId, data, severity: sev(op.op === 'stat' ? 'medium' : 'high'), category, trace: op.trace });
      } else if (SYSTEM_ACCOUNTS.test(display) && op.op !== 'stat') {
        ctx.report({ node, messageId: 'account', data, severity: 'medium', category: 'filesystem', trace: op.trace });
      }
    }

    function checkCall(node: PyNode): void {
      const fn = field(node, 'function');
      const lib = fn ? ctx.refs(fn).find((r) => SECRET_LIBS.some((l) => r.name.startsWith(l.prefix))) : undefined;
      if (lib) {
        const messageId = SECRET_LIBS.find((l) => lib.name.startsWith(l.prefix))?.messageId ?? 'browser';
        ctx.report({ node, messageId, data: { call: lib.name }, severity: sev('high'), trace: lib.trace });
        return;
      }
      const op = fileOp(ctx, node);
      if (!op) {
        checkPath(node);
        return;
      }
      consume(op.path);
      consume(op.dest);
      const verb = READ_VERB[op.op];
      if (verb && !(op.op === 'open' && openMode(ctx, op) !== 'read')) {
        judgeRead(node, op, verb);
      }
    }

    function isPathBuilder(node: PyNode): boolean {
      if (node.type === 'call') {
        const fn = field(node, 'function');
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        return ctx.callNames(node).some((n) => PATH_BUILDERS.has(n)) || method === 'expanduser' || method === 'joinpath';
      }
      if (node.type === 'binary_operator') {
        const op = field(node, 'operator');
        return op !== undefined && (ctx.text(op) === '/' || ctx.text(op) === '+');
      }
      return node.type === 'string' && !isDocstring(node) && /[/\\]/.test(ctx.text(node));
    }

    /** Whether a bigger path expression contains this one. */
    function isPiece(node: PyNode): boolean {
      let parent = node.parent;
      while (parent && (parent.type === 'parenthesized_expression' || parent.type === 'argument_list' || parent.type === 'interpolation')) {
        parent = parent.parent;
      }
      if (!parent) {
        return false;
      }
      if (parent.type === 'attribute' && parent.parent?.type === 'call') {
        return isPathBuilder(parent.parent);
      }
      return parent.type === 'concatenated_string' || isPathBuilder(parent);
    }

    /**
     * `os.path.join(settings.MEDIA_ROOT, "covers", request.GET["name"])`: a request value as a piece of a path, not
     * passed through `basename`/`secure_filename` first.
     */
    function requestPath(node: PyNode): void {
      if (
        node.type !== 'call' ||
        !ctx.callNames(node).some((n) => n === 'os.path.join' || n === 'pathlib.Path' || n === 'pathlib.PurePath')
      ) {
        return;
      }
      const args = field(node, 'arguments');
      const parts = args ? args.children.filter((c) => c.named) : [];
      for (const part of parts.slice(1)) {
        const sources = part.type === 'identifier' ? assignedValues(ctx, part) : [part];
        const input = sources.find((v) => PY_REQUEST_INPUT.test(ctx.text(v)) && !SANITIZED.test(ctx.text(v)));
        if (input) {
          ctx.report({
            node,
            messageId: 'requestPath',
            data: { input: clip(ctx.text(part)), base: clip(ctx.text(parts[0])) },
            severity: sev('medium'),
            category: 'filesystem',
          });
          return;
        }
      }
    }

    function checkPath(node: PyNode): void {
      requestPath(node);
      if (!isPathBuilder(node) || isPiece(node)) {
        return;
      }
      const info = classifyPyPath(ctx, node);
      if (info.class !== 'credential' || !info.display || info.base === 'project' || info.base === 'tmp') {
        return;
      }
      const display = clip(info.display);
      const full = display.replace(/^~/, '');
      if (PROJECT_CONFIG.test(full) && info.base !== 'outside') {
        return;
      }
      const messageId = ENV_FILE.test(full) ? 'envPath' : 'path';
      pending.push({ node, descriptor: { node, messageId, data: { path: display }, severity: sev('high'), category: 'filesystem' } });
    }

    return {
      call: checkCall,
      binary_operator: checkPath,
      string: checkPath,
      'module:exit'() {
        const containers = new Map<PyNode, string[]>();
        for (const { node, descriptor } of pending) {
          if (!consumed.has(key(node))) {
            ctx.report(descriptor);
          }
          const container = node.parent;
          if (container && (container.type === 'tuple' || container.type === 'list' || container.type === 'set')) {
            containers.set(container, [...(containers.get(container) ?? []), String(descriptor.data?.path ?? '')]);
          }
        }
        // `("~/.cache/huggingface/token", "~/.netrc")`: a list of places where tokens live is a search for credentials.
        for (const [node, paths] of containers) {
          if (paths.length >= 2) {
            ctx.report({
              node,
              messageId: 'harvest',
              data: { count: paths.length, paths: clip(paths.join(', '), 120) },
              severity: sev('high'),
              category: 'secrets',
            });
          }
        }
      },
    };
  },
});
