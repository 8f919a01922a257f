import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import type { Severity } from '../../model/finding';
import { clip, constantOf, isFalsy, isTruthy, objectProps } from '../support/insecure-props';

/** helmet / @fastify/helmet protections that should not be switched off. */
const HELMET_KEYS = new Set([
  'contentSecurityPolicy',
  'frameguard',
  'hsts',
  'strictTransportSecurity',
  'noSniff',
  'xContentTypeOptions',
  'crossOriginResourcePolicy',
  'crossOriginOpenerPolicy',
  'xFrameOptions',
]);
const ORIGIN_READ = /headers\s*(\.\s*origin|\[\s*['"`]origin['"`]\s*\])|\.(get|header)\(\s*['"`]origin['"`]\s*\)/i;
const ACAO = /^access-control-allow-origin$/i;
const ACAC = /^access-control-allow-credentials$/i;

/** A value given to the CORS callback that admits any origin: `true`, `'*'`, the origin itself, `origin ?? '*'`. */
function permissive(node: Node | undefined, originParam: string | undefined): boolean {
  if (!node) {
    return false;
  }
  if (node.type === 'Literal') {
    return node.value === true || node.value === '*';
  }
  if (node.type === 'Identifier') {
    return node.name === originParam;
  }
  if (node.type === 'LogicalExpression' && node.operator === '||' && node.right.type === 'Literal' && node.right.value === true) {
    // `allowList.includes(origin) || true`: whatever the check says, the answer is yes.
    return true;
  }
  if (node.type === 'LogicalExpression' && node.operator !== '&&') {
    return permissive(node.left, originParam) && (permissive(node.right, originParam) || node.right.type === 'Literal');
  }
  return false;
}

/** Calls of the callback parameter inside a function (not nested functions), bounded. */
function callbackCalls(fn: Node, name: string): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  const stack: Node[] = [fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression' ? fn.body : fn];
  for (let count = 0; stack.length > 0 && count < 400; count++) {
    const n = stack.pop() as Node;
    if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === name) {
      out.push(n);
    }
    if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      continue;
    }
    pushChildren(stack, n);
  }
  return out;
}

/**
 * `(origin, cb) => cb(null, true)`, `cb(null, origin ?? '*')`: a CORS origin function that lets
 * every origin in. A function that ever rejects (`cb(new Error(...))`, `cb(null, false)`) checks something.
 */
function allowsAll(node: Node): boolean {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
    return false;
  }
  const [originParam, cbParam] = node.params.map((p) => (p.type === 'Identifier' ? p.name : undefined));
  const calls = cbParam ? callbackCalls(node, cbParam) : [];
  if (calls.length === 0) {
    // `origin: (origin) => origin || DEFAULT` (Hono, `@fastify/cors` async): the returned value is the allowed origin.
    const returned = returnedValues(node);
    return returned.length > 0 && returned.every((r) => permissive(r, originParam));
  }
  const rejects = calls.some((c) => {
    const [err, value] = c.arguments;
    const noError =
      err !== undefined && ((err.type === 'Literal' && err.value === null) || (err.type === 'Identifier' && err.name === 'undefined'));
    return !noError || (value !== undefined && !permissive(value, originParam));
  });
  return !rejects && calls.some((c) => permissive(c.arguments[1], originParam));
}

/** What a function returns: its expression body, or the arguments of its own `return` statements (nested functions aside). */
function returnedValues(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): Node[] {
  if (fn.body.type !== 'BlockStatement') {
    return [fn.body];
  }
  const out: Node[] = [];
  const stack: Node[] = [fn.body];
  for (let count = 0; stack.length > 0 && count < 400; count++) {
    const n = stack.pop() as Node;
    if (n.type === 'ReturnStatement') {
      // A bare `return` (no origin allowed) is a refusal.
      out.push(n.argument ?? ({ type: 'Literal', value: null, raw: 'null' } as unknown as Node));
    }
    if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      continue;
    }
    pushChildren(stack, n);
  }
  return out;
}

/** Whether a node sits under a condition that mentions the origin (an allow-list check). */
function guardedByOriginCheck(ctx: { text(n: Node): string }, node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && /origin/i.test(ctx.text(p.test))) {
      return true;
    }
    if (p.type === 'LogicalExpression' && /origin/i.test(ctx.text(p.left))) {
      return true;
    }
    if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') {
      return false;
    }
  }
  return false;
}

export default defineTsRule({
  meta: {
    id: 'ts/insecure-server-config',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      'Web server protections switched off: CORS open to any origin with credentials, helmet/CSP disabled, unsafe CSP, cookies readable by scripts, JWT checks skipped.',
    why:
      'AI agents silence CORS, CSP and cookie errors by loosening the setting until the error stops: `origin: "*"` with ' +
      '`credentials: true`, `contentSecurityPolicy: false`, `httpOnly: false`, `algorithms: ["none"]`. Each one lets another site, ' +
      'an injected script or a forged token act as the user.',
    incorrect: [
      "app.use(cors({ origin: '*', credentials: true }));",
      'app.use(helmet({ contentSecurityPolicy: false }));',
      "res.cookie('sid', id, { httpOnly: false });",
      "jwt.verify(token, key, { algorithms: ['none'] });",
      "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
    ],
    correct: [
      "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
      "app.use(cors({ origin: '*' }));",
      'app.use(helmet());',
      "res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'lax' });",
      "jwt.verify(token, key, { algorithms: ['RS256'] });",
      "if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
    ],
    messages: {
      cors: '`{{code}}` with `credentials: true`: any website can make logged-in requests to this server and read the answers.',
      reflect: "`{{code}}` echoes the request's own origin back: every website is allowed, whatever the CORS policy meant to say.",
      helmet: '`{{code}}` switches off a protection header ({{key}}).',
      csp: '`{{code}}` allows {{what}} in the Content-Security-Policy: injected scripts run again.',
      cookie: '`{{code}}` on a cookie: {{why}}',
      jwt: '`{{code}}` {{why}}',
    },
  },
  create(ctx) {
    const sev = (s: Severity): Severity => (ctx.isTestFile ? 'low' : s);

    function cors(props: Map<string, TSESTree.Property>): void {
      const origin = props.get('origin');
      const credentials = props.get('credentials');
      if (!origin || !credentials || !isTruthy(ctx, credentials.value)) {
        return;
      }
      const value = constantOf(ctx, origin.value);
      if (value === '*' || value === true || allowsAll(origin.value) || ORIGIN_READ.test(ctx.text(origin.value))) {
        ctx.report({ node: origin, messageId: 'cors', data: { code: clip(ctx, origin) }, severity: sev('high') });
      }
    }

    function headers(props: Map<string, TSESTree.Property>): void {
      const entries = [...props.entries()];
      const origin = entries.find(([k]) => ACAO.test(k))?.[1];
      const credentials = entries.find(([k]) => ACAC.test(k))?.[1];
      if (origin && credentials && constantOf(ctx, origin.value) === '*' && isTruthy(ctx, credentials.value)) {
        ctx.report({ node: origin, messageId: 'cors', data: { code: clip(ctx, origin) }, severity: sev('medium') });
      }
    }

    function object(node: TSESTree.ObjectExpression): void {
      const props = objectProps(ctx, node);
      cors(props);
      headers(props);
      const off = [...props.entries()].filter(([k, p]) => HELMET_KEYS.has(k) && isFalsy(ctx, p.value));
      if (off.length > 0) {
        ctx.report({
          node: off[0][1],
          messageId: 'helmet',
          data: { code: clip(ctx, off[0][1]), key: off.map(([k]) => k).join(', ') },
          severity: sev('medium'),
        });
      }
      cookie(node, props);
      jwt(props);
    }

    function cookie(node: TSESTree.ObjectExpression, props: Map<string, TSESTree.Property>): void {
      const holder = node.parent;
      const isCookie =
        (holder?.type === 'Property' && /^cookie(Options)?$/i.test(ctx.text(holder.key))) ||
        (holder?.type === 'CallExpression' &&
          /\.(cookie|setCookie|set)$/.test(ctx.text(holder.callee).replace(/\s+/g, '')) &&
          holder.arguments.indexOf(node) >= 2);
      if (!isCookie) {
        return;
      }
      const httpOnly = props.get('httpOnly');
      if (httpOnly && isFalsy(ctx, httpOnly.value)) {
        ctx.report({
          node: httpOnly,
          messageId: 'cookie',
          data: { code: clip(ctx, httpOnly), why: 'any script on the page (an XSS) can read and steal it.' },
          severity: sev('medium'),
        });
      }
      const secure = props.get('secure');
      if (secure && isFalsy(ctx, secure.value)) {
        ctx.report({
          node: secure,
          messageId: 'cookie',
          data: { code: clip(ctx, secure), why: 'it is also sent over plain HTTP, where anyone on the path can read it.' },
          severity: sev('low'),
        });
      }
    }

    function jwt(props: Map<string, TSESTree.Property>): void {
      const algorithms = props.get('algorithms');
      if (
        algorithms?.value.type === 'ArrayExpression' &&
        algorithms.value.elements.some((e) => e && e.type !== 'SpreadElement' && /^none$/i.test(String(constantOf(ctx, e))))
      ) {
        ctx.report({
          node: algorithms,
          messageId: 'jwt',
          data: { code: clip(ctx, algorithms), why: 'accepts unsigned tokens: anyone can forge one.' },
          severity: sev('high'),
        });
      }
      const expiry = props.get('ignoreExpiration');
      if (expiry && isTruthy(ctx, expiry.value)) {
        ctx.report({
          node: expiry,
          messageId: 'jwt',
          data: { code: clip(ctx, expiry), why: 'accepts expired tokens: a leaked token never stops working.' },
          severity: sev('medium'),
        });
      }
    }

    function literal(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const value = ctx.strings(node)?.[0];
      if (!value || !/unsafe-(inline|eval)/.test(value)) {
        return;
      }
      const parent = node.parent?.type === 'ArrayExpression' ? node.parent.parent : node.parent;
      const key = parent?.type === 'Property' ? ctx.text(parent.key).replace(/['"`]/g, '') : '';
      const scriptDirective =
        /^(scriptSrc|script-src|defaultSrc|default-src|scriptSrcElem|script-src-elem)$/.test(key) ||
        /(^|;)\s*(script-src|default-src)\s[^;]*'unsafe-(inline|eval)'/.test(value);
      if (scriptDirective) {
        const what = value.includes('unsafe-eval') ? "`'unsafe-eval'` (strings run as code)" : "`'unsafe-inline'` (inline scripts)";
        ctx.report({ node, messageId: 'csp', data: { code: clip(ctx, node), what }, severity: sev('medium') });
      }
    }

    function call(node: TSESTree.CallExpression): void {
      const callee = ctx.text(node.callee).replace(/\s+/g, '');
      if (!/\.(setHeader|header|set|append)$/.test(callee) || node.arguments.length < 2) {
        return;
      }
      const name = ctx.strings(node.arguments[0])?.[0];
      const value = node.arguments[1];
      if (name && ACAO.test(name) && ORIGIN_READ.test(ctx.text(value)) && !guardedByOriginCheck(ctx, node)) {
        ctx.report({ node, messageId: 'reflect', data: { code: clip(ctx, node) }, severity: sev('medium') });
      }
    }

    return { ObjectExpression: object, Literal: literal, TemplateLiteral: literal, CallExpression: call };
  },
});
