/**
 * What an incoming request carries that authenticates its sender, for ts/secret-logging and
 * ts/network-request: the whole header set (`req.headers`, `Object.fromEntries(request.headers)`,
 * Hono's `c.req.raw.headers` and `c.req.header()`), the cookies, or the Authorization header itself.
 */
import type { Node } from '../../js/scope';
import { unwrapExpr } from './process-paths';

/** Objects a request handler receives (Express, Koa, Next.js route handlers, Fastify, Lambda, Hono's `c.req.raw`). */
const REQUEST = /^(req|request|ctx\.request|ctx\.req|event|\w+\.req\.raw|\w+\.request\.raw)$/;
/** Hono's request wrapper: `c.req.header()` with no name returns every header. */
const HONO_REQUEST = /^(c|ctx|context)\.req$/;
/** What a request carries that authenticates its sender. */
const CREDENTIAL_PARTS = new Set(['headers', 'cookies', 'signedCookies']);
export const CREDENTIAL_HEADERS = /^(authorization|cookie|x-api-key|x-auth-token|proxy-authorization)$/i;

/**
 * `req.headers`, `Object.fromEntries(request.headers)`, `req.headers.authorization`, `req.cookies`,
 * `{ ...req.headers }` (with `spread`): what the sender authenticates with, as the text of the read.
 */
export function credentialRead(ctx: { text: (n: Node) => string }, node: Node, spread = false): string | undefined {
  const expr = unwrapExpr(node);
  if (spread && expr.type === 'ObjectExpression') {
    // `{ ...req.headers }`, `{ ...req.headers, host: undefined }`: a copy of all of them.
    for (const p of expr.properties) {
      if (p.type === 'SpreadElement') {
        const found = credentialRead(ctx, p.argument, spread);
        if (found) {
          return found;
        }
      }
    }
    return undefined;
  }
  if (expr.type === 'CallExpression' && expr.arguments.length === 1 && expr.arguments[0].type !== 'SpreadElement') {
    const callee = ctx.text(expr.callee).replace(/\s+/g, '');
    if (/^(Object\.fromEntries|Object\.assign|JSON\.stringify|Array\.from|structuredClone)$/.test(callee)) {
      return credentialRead(ctx, expr.arguments[0], spread);
    }
    if (expr.callee.type === 'MemberExpression' && !expr.callee.computed && expr.callee.property.type === 'Identifier') {
      // `req.headers.get('authorization')`, `request.headers.entries()`.
      const method = expr.callee.property.name;
      const arg = expr.arguments[0];
      if (method === 'get' && arg.type === 'Literal' && typeof arg.value === 'string' && CREDENTIAL_HEADERS.test(arg.value)) {
        return credentialRead(ctx, expr.callee.object, spread) ? ctx.text(expr) : undefined;
      }
    }
    return undefined;
  }
  if (spread && expr.type === 'CallExpression' && expr.arguments.length === 2 && expr.arguments[1].type !== 'SpreadElement') {
    // `Object.assign({}, req.headers)`.
    const callee = ctx.text(expr.callee).replace(/\s+/g, '');
    return callee === 'Object.assign' ? credentialRead(ctx, expr.arguments[1], spread) : undefined;
  }
  if (expr.type === 'CallExpression' && expr.arguments.length === 0 && expr.callee.type === 'MemberExpression') {
    const method = expr.callee.property.type === 'Identifier' ? expr.callee.property.name : '';
    if (method === 'header' && HONO_REQUEST.test(ctx.text(expr.callee.object).replace(/\s+/g, ''))) {
      return ctx.text(expr);
    }
    return ['entries', 'toJSON'].includes(method) ? credentialRead(ctx, expr.callee.object, spread) : undefined;
  }
  if (expr.type !== 'MemberExpression') {
    return undefined;
  }
  const key =
    !expr.computed && expr.property.type === 'Identifier'
      ? expr.property.name
      : expr.property.type === 'Literal'
        ? String(expr.property.value)
        : undefined;
  const object = ctx.text(expr.object).replace(/\s+/g, '');
  if (key !== undefined && CREDENTIAL_PARTS.has(key) && REQUEST.test(object)) {
    return ctx.text(expr);
  }
  if (key !== undefined && CREDENTIAL_HEADERS.test(key) && expr.object.type === 'MemberExpression') {
    return credentialRead(ctx, expr.object, spread) ? ctx.text(expr) : undefined;
  }
  return undefined;
}
