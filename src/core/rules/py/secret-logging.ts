import { definePyRule, type PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clip } from '../support/py-fs-paths';

/** Names that hold a credential: `EMAIL_HOST_PASSWORD`, `settings.SECRET_KEY`, `api_key`, `self.access_token`. */
const SECRET_NAME =
  /^(?:\w*_)?(?:password|passwd|pwd|passphrase|secret|secret_key|client_secret|api_key|apikey|api_token|access_token|refresh_token|auth_token|bearer_token|session_token|token|private_key|credentials?)$/i;
const LOG_METHODS = /^(debug|info|warning|warn|error|exception|critical|fatal|log|msg)$/;
const LOGGERS =
  /^(logging|log|logger|_log|_logger|LOG|LOGGER|self\.log|self\.logger|self\._log|self\._logger|app\.logger|current_app\.logger|structlog)$/;
const MAX_DEPTH = 4;

/** The last name of a name or attribute (`settings.EMAIL_HOST_PASSWORD` -> `EMAIL_HOST_PASSWORD`). */
function lastName(ctx: PyRuleContext, node: PyNode): string | undefined {
  if (node.type === 'identifier') {
    return ctx.text(node);
  }
  if (node.type === 'attribute') {
    const attr = field(node, 'attribute');
    return attr ? ctx.text(attr) : undefined;
  }
  return undefined;
}

/** The first credential-named value inside a logged argument (itself, an f-string part, a dict value, a tuple item). */
function loggedSecret(ctx: PyRuleContext, node: PyNode, depth: number): PyNode | undefined {
  const name = lastName(ctx, node);
  if (name !== undefined) {
    return SECRET_NAME.test(name) ? node : undefined;
  }
  if (depth >= MAX_DEPTH || node.type === 'call' || node.type === 'lambda') {
    return undefined;
  }
  const children =
    node.type === 'string'
      ? namedChildren(node)
          .filter((c) => c.type === 'interpolation')
          .flatMap((c) => namedChildren(c).slice(0, 1))
      : node.type === 'pair'
        ? [field(node, 'value')].filter((v): v is PyNode => v !== undefined)
        : namedChildren(node);
  for (const child of children) {
    const found = loggedSecret(ctx, child, depth + 1);
    if (found) {
      return found;
    }
  }
  return undefined;
}

export default definePyRule({
  meta: {
    id: 'py/secret-logging',
    category: 'secrets',
    severity: 'medium',
    summary: 'Passwords, API keys, tokens and secret settings written to logs or printed.',
    why:
      'Logs are kept for a long time, shipped to log services and read by many people. A debug line that prints ' +
      '`settings.EMAIL_HOST_PASSWORD` or an access token puts the credential wherever the logs go, where anyone who can read them ' +
      'can use it. It usually arrives as a harmless-looking diagnostic added next to a retry or an error path.',
    incorrect: [
      'import logging\nlogger = logging.getLogger(__name__)\nlogger.debug("smtp %s as %s/%s", host, settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)',
      'print(f"using key {api_key}")',
      'import logging\nlogging.info("login failed for %s with %s", user, password)',
    ],
    correct: [
      'import logging\nlogging.info("sent %d tokens", token_count)',
      'print(f"max_tokens={max_tokens}")',
      'logger.info("password reset requested for %s", user.email)',
    ],
    messages: {
      logged: '`{{what}}` is written to the log by `{{logger}}`: the credential ends up wherever the logs go.',
    },
  },
  create(ctx) {
    return {
      call(node) {
        const fn = field(node, 'function');
        const args = field(node, 'arguments');
        if (!fn || !args || args.type !== 'argument_list') {
          return;
        }
        const object = fn.type === 'attribute' ? field(fn, 'object') : undefined;
        const method = fn.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        const printing = ctx.callNames(node).includes('builtins.print');
        const logging =
          object !== undefined &&
          LOG_METHODS.test(method) &&
          (LOGGERS.test(ctx.text(object).replace(/\s+/g, '')) ||
            ctx.names(object).some((n) => n === 'logging' || n.startsWith('logging.getLogger')));
        if (!printing && !logging) {
          return;
        }
        for (const arg of namedChildren(args)) {
          const value = arg.type === 'keyword_argument' ? field(arg, 'value') : arg;
          const secret = value ? loggedSecret(ctx, value, 0) : undefined;
          if (secret) {
            ctx.report({ node: secret, messageId: 'logged', data: { what: clip(ctx.text(secret), 60), logger: clip(ctx.text(fn), 40) } });
            return;
          }
        }
      },
    };
  },
});
