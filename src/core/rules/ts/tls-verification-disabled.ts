import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { clip, constantOf, isFalsy, productionValue, propKey } from '../support/insecure-props';

/** Options that turn certificate verification off when false. */
const VERIFY_OPTIONS = new Set([
  'rejectUnauthorized',
  'strictSSL',
  'verifySsl',
  'verifySSL',
  'sslVerify',
  'verify_ssl',
  'checkServerIdentity',
]);
/** Protocol versions with known breaks. */
const OLD_PROTOCOLS = /^(SSLv2|SSLv3|TLSv1|TLSv1\.1|TLSv1_1)(_method|_client_method|_server_method)?$/;

function isEnvTlsVar(ctx: Parameters<typeof propKey>[0], node: TSESTree.MemberExpression): boolean {
  return ctx
    .refs(node)
    .some(
      (r) =>
        r.module === undefined &&
        r.path.length === 3 &&
        r.path[0] === 'process' &&
        r.path[1] === 'env' &&
        r.path[2] === 'NODE_TLS_REJECT_UNAUTHORIZED',
    );
}

/** `() => undefined`, `() => {}`, `function () { return; }`: a check that accepts every certificate. */
function acceptsAll(node: Node): boolean {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
    return false;
  }
  const body = node.body;
  if (body.type !== 'BlockStatement') {
    return (body.type === 'Identifier' && body.name === 'undefined') || (body.type === 'Literal' && body.value === null);
  }
  return body.body.every(
    (s) => s.type === 'ReturnStatement' && (!s.argument || (s.argument.type === 'Identifier' && s.argument.name === 'undefined')),
  );
}

export default defineTsRule({
  meta: {
    id: 'ts/tls-verification-disabled',
    category: 'insecure-config',
    severity: 'high',
    summary:
      'TLS certificate checks turned off or weakened: `rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, accept-all `checkServerIdentity`, TLS 1.0.',
    why:
      'Turning off certificate verification is the quickest way for an AI agent to make a failing HTTPS call "work" behind a proxy ' +
      'or with a self-signed certificate, and it lets anyone on the network path read and change the traffic, tokens included. ' +
      'Setting `NODE_TLS_REJECT_UNAUTHORIZED` does it for every connection the process makes.',
    incorrect: [
      "import https from 'https'; const agent = new https.Agent({ rejectUnauthorized: false });",
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      'const opts = { host, checkServerIdentity: () => undefined };',
      "tls.connect({ host, port, minVersion: 'TLSv1' });",
      'request({ url, strictSSL: false });',
    ],
    correct: [
      "import https from 'https'; const agent = new https.Agent({ keepAlive: true });",
      "const opts = { rejectUnauthorized: process.env.NODE_ENV === 'production' };",
      "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();",
      "tls.connect({ host, port, minVersion: 'TLSv1.2' });",
      'const config = { verify: false };',
    ],
    messages: {
      option:
        '`{{code}}` turns off TLS certificate checks: anyone on the network path can read and change this traffic, keys and tokens included.',
      global:
        '`{{code}}` turns off TLS certificate checks for every connection the process makes: anyone on the network path can read and change all of its traffic.',
      identity: '`{{code}}` accepts any server certificate name: a certificate for any site will do.',
      envSwitch:
        '`{{code}}` is decided by the environment ({{vars}}) and turns TLS certificate checks off in a production run with nothing extra set: anyone on the network path can read and change this traffic.',
      protocol: '`{{code}}` allows {{version}}, a TLS version with known attacks.',
    },
  },
  create(ctx) {
    const sev = (high: boolean): Severity => (ctx.isTestFile ? (high ? 'medium' : 'low') : high ? 'high' : 'medium');

    function property(node: TSESTree.Property): void {
      if (node.parent?.type !== 'ObjectExpression') {
        return;
      }
      const key = propKey(ctx, node);
      if (key === undefined) {
        return;
      }
      if (key === 'checkServerIdentity') {
        if (acceptsAll(node.value)) {
          ctx.report({ node, messageId: 'identity', data: { code: clip(ctx, node) }, severity: sev(true) });
        }
        return;
      }
      if (VERIFY_OPTIONS.has(key) && isFalsy(ctx, node.value)) {
        ctx.report({ node, messageId: 'option', data: { code: clip(ctx, node) }, severity: sev(true) });
        return;
      }
      if (VERIFY_OPTIONS.has(key)) {
        const folded = productionValue(ctx, node.value);
        if (folded && !folded.value) {
          const vars = [...new Set(folded.vars)].map((v) => `\`${v}\``).join(', ');
          ctx.report({ node, messageId: 'envSwitch', data: { code: clip(ctx, node), vars }, severity: sev(true) });
          return;
        }
      }
      // http-proxy options (Vite, webpack-dev-server, http-proxy-middleware): `secure: false` next to a `target`.
      if (
        key === 'secure' &&
        isFalsy(ctx, node.value) &&
        node.parent.properties.some((p) => p.type === 'Property' && propKey(ctx, p) === 'target')
      ) {
        ctx.report({ node, messageId: 'option', data: { code: clip(ctx, node) }, severity: sev(false) });
        return;
      }
      if (key === 'NODE_TLS_REJECT_UNAUTHORIZED' && isFalsy(ctx, node.value)) {
        ctx.report({ node, messageId: 'global', data: { code: clip(ctx, node) }, severity: sev(true) });
        return;
      }
      if (key === 'secureProtocol' || key === 'minVersion') {
        const value = constantOf(ctx, node.value);
        if (typeof value === 'string' && OLD_PROTOCOLS.test(value)) {
          ctx.report({
            node,
            messageId: 'protocol',
            data: { code: clip(ctx, node), version: value.replace(/_.*$/, '') },
            severity: sev(false),
          });
        }
      }
    }

    function assignment(node: TSESTree.AssignmentExpression): void {
      if (node.left.type !== 'MemberExpression' || node.operator !== '=') {
        return;
      }
      if (isEnvTlsVar(ctx, node.left) && isFalsy(ctx, node.right)) {
        ctx.report({ node, messageId: 'global', data: { code: clip(ctx, node) }, severity: sev(true) });
        return;
      }
      const key = propKey(ctx, node.left);
      if (key !== undefined && VERIFY_OPTIONS.has(key) && key !== 'checkServerIdentity' && isFalsy(ctx, node.right)) {
        ctx.report({ node, messageId: 'global', data: { code: clip(ctx, node) }, severity: sev(true) });
      }
    }

    /** `Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')`, `Object.defineProperty(process.env, ...)`. */
    function call(node: TSESTree.CallExpression): void {
      const { targets, args } = ctx.callTargets(node);
      const name = targets
        .map((t) => (t.kind === 'ref' && t.module === undefined ? t.path.join('.') : ''))
        .find((n) => n === 'Reflect.set' || n === 'Object.defineProperty');
      if (!name || args.length < 3) {
        return;
      }
      const onEnv = ctx.refs(args[0]).some((r) => r.module === undefined && r.path.join('.') === 'process.env');
      const key = ctx.strings(args[1]);
      if (onEnv && key?.includes('NODE_TLS_REJECT_UNAUTHORIZED')) {
        const value =
          name === 'Reflect.set'
            ? args[2]
            : args[2].type === 'ObjectExpression'
              ? args[2].properties.find((p) => p.type === 'Property' && propKey(ctx, p) === 'value')
              : undefined;
        const valueNode = value && value.type === 'Property' ? value.value : value;
        if (valueNode && isFalsy(ctx, valueNode)) {
          ctx.report({ node, messageId: 'global', data: { code: clip(ctx, node) }, severity: sev(true) });
        }
      }
    }

    return { Property: property, AssignmentExpression: assignment, CallExpression: call };
  },
});
