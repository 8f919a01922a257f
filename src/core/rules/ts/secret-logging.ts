import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isGlobal } from '../../js/values';
import { unwrapExpr } from '../support/process-paths';
import { credentialRead } from '../support/request-credentials';

/** Logger objects and their methods. */
const LOGGERS = /^(console|logger|log|logging|winston|pino|bunyan|fastify\.log|app\.log|req\.log|request\.log|ctx\.log)$/;
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'dir']);
const MAX_DEPTH = 3;

export default defineTsRule({
  meta: {
    id: 'ts/secret-logging',
    category: 'secrets',
    severity: 'medium',
    summary: 'Request headers, cookies or the Authorization header written to logs.',
    why:
      'Logs are kept for a long time, shipped to third-party services and read by many people. A change that logs every ' +
      "request header (`console.error({ headers: Object.fromEntries(req.headers) })`) or the cookies puts every caller's session " +
      'cookie and bearer token there: whoever reads the logs can act as those users. It often arrives as a harmless-looking ' +
      'debugging aid.',
    incorrect: [
      "app.use((req, res, next) => { console.log('incoming', req.headers); next(); });",
      "logger.error('summarize failed', { err, headers: Object.fromEntries(req.headers) });",
      'console.debug(`auth: ${req.headers.authorization}`);',
      "log.info({ cookies: req.cookies }, 'request');",
    ],
    correct: [
      "console.log('incoming', req.method, req.url);",
      "logger.info({ ua: req.headers['user-agent'] }, 'request');",
      'const headers = Object.fromEntries(req.headers); forward(headers);',
    ],
    messages: {
      logged: '`{{what}}` is written to the log by `{{logger}}`: session cookies and bearer tokens end up wherever the logs go.',
    },
  },
  create(ctx) {
    /** The credential-bearing value inside a logged argument: itself, or a property, element or template part of it. */
    function loggedCredential(node: Node, depth: number): { node: Node; what: string } | undefined {
      const expr = unwrapExpr(node);
      const direct = credentialRead(ctx, expr);
      if (direct) {
        return { node: expr, what: direct };
      }
      if (depth >= MAX_DEPTH) {
        return undefined;
      }
      const children: Node[] =
        expr.type === 'ObjectExpression'
          ? expr.properties.map((p) => (p.type === 'Property' ? p.value : p.argument))
          : expr.type === 'ArrayExpression'
            ? expr.elements.filter((e): e is TSESTree.Expression | TSESTree.SpreadElement => e !== null)
            : expr.type === 'TemplateLiteral'
              ? expr.expressions
              : expr.type === 'SpreadElement'
                ? [expr.argument]
                : [];
      for (const child of children) {
        const found = loggedCredential(child, depth + 1);
        if (found) {
          return found;
        }
      }
      return undefined;
    }

    return {
      CallExpression(node) {
        const callee = unwrapExpr(node.callee);
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
          return;
        }
        const logger = ctx.text(callee.object).replace(/\s+/g, '');
        if (!LOG_METHODS.has(callee.property.name) || !LOGGERS.test(logger)) {
          return;
        }
        if (logger === 'console' && !ctx.values(callee.object).some((v) => v.kind === 'ref' && isGlobal(v, 'console'))) {
          return;
        }
        for (const arg of node.arguments) {
          const found = loggedCredential(arg, 0);
          if (found) {
            ctx.report({
              node: found.node,
              messageId: 'logged',
              data: {
                what: found.what.length > 60 ? `${found.what.slice(0, 57)}...` : found.what,
                logger: `${logger}.${callee.property.name}`,
              },
              severity: ctx.isTestFile ? 'low' : 'medium',
            });
            return;
          }
        }
      },
    };
  },
});
