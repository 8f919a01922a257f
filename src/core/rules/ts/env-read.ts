import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { isRef, type RefValue } from '../../js/values';
import { targetsOf } from '../support/calls';
import { envRest, isImportMetaEnv, wholeUse } from '../support/secret-env';
import { isPlatformCredential, isSecretName, PUBLIC_ENV_PREFIXES } from '../support/secret-names';

/** Whether a member expression is being written, deleted or tested for presence rather than read. */
function isWrite(node: Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case 'AssignmentExpression':
      return parent.left === node && parent.operator === '=';
    case 'UnaryExpression':
      return parent.operator === 'delete' || parent.operator === 'typeof';
    case 'UpdateExpression':
      return true;
    case 'BinaryExpression':
      return parent.operator === 'in';
    default:
      return false;
  }
}

/** Identifiers used as values, in a position where a whole object can be passed on. */
function isWholeCandidate(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee !== node;
    case 'SpreadElement':
    case 'ForInStatement':
    case 'ArrayExpression':
    case 'LogicalExpression':
    case 'ConditionalExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return true;
    case 'Property':
      return parent.value === node && parent.parent?.type === 'ObjectExpression';
    default:
      return false;
  }
}

/** `function getEnv(name) { return process.env[name] }`: a config accessor; its callers name the variable. */
function isParameter(key: Node): boolean {
  if (key.type !== 'Identifier') {
    return false;
  }
  for (let p: Node | undefined = key.parent; p; p = p.parent) {
    if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') {
      return p.params.some((param) => paramName(param) === key.name);
    }
  }
  return false;
}

function paramName(param: TSESTree.Parameter): string | undefined {
  const id = param.type === 'AssignmentPattern' ? param.left : param;
  return id.type === 'Identifier' ? id.name : undefined;
}

/** Next.js's configuration file, whose `env` block is compiled into client code. */
const NEXT_CONFIG = /(^|\/)next\.config\.(js|mjs|cjs|ts|mts)$/;

/** Variables frameworks expose to the browser bundle, and bundler `define` keys that inline into client code. */
const PUBLIC_KEY = new RegExp(`^(${PUBLIC_ENV_PREFIXES.join('|')})\\w+$|^(process\\.env|import\\.meta\\.env)\\.\\w+$`);

export default defineTsRule({
  meta: {
    id: 'ts/env-read',
    category: 'secrets',
    severity: 'medium',
    summary:
      "Reads of the machine's or CI's own credentials from the environment (`AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN`), and of the whole environment at once.",
    why:
      'The environment of a developer machine or CI runner holds cloud keys, registry and VCS tokens. An AI-written change that ' +
      'reads a credential it has no reason for, or copies, enumerates or serializes the whole environment (`JSON.stringify(process.env)`, ' +
      '`{ ...process.env }`, `Object.entries(process.env)`) is how those secrets end up in logs, files and requests. Ordinary ' +
      "configuration (`PORT`, `NODE_ENV`), the application's own secrets (`JWT_SECRET`, `DATABASE_URL`, read from the environment " +
      'as they should be) and passing the environment to a child process are not flagged.',
    incorrect: [
      'const key = process.env.AWS_SECRET_ACCESS_KEY;',
      'const dump = JSON.stringify(process.env);',
      'for (const k in process.env) console.log(k);',
      "const { env } = require('process'); const all = Object.entries(env);",
      'const { ...everything } = process.env;',
      'const token = Bun.env.GITHUB_TOKEN;',
    ],
    correct: [
      'const port = Number(process.env.PORT ?? 3000);',
      "if (process.env.NODE_ENV === 'production') enableCache();",
      "import { spawn } from 'child_process'; spawn('node', ['x.js'], { env: { ...process.env, DEBUG: '1' } });",
      'const env = envSchema.parse(process.env);',
      "process.env.API_TOKEN = 'test-token';",
      'const max = process.env.OPENAI_MAX_TOKENS;',
    ],
    messages: {
      published:
        '`{{name}}` is a server secret stored under `{{key}}`, a variable the bundler inlines into browser code: every visitor can read it.',
      credential:
        '`{{name}}` is read: a credential of the machine or CI this runs on (cloud, registry, source control). A change ' +
        'rarely needs it; check where the value goes.',
      computed: '`{{code}}` reads an environment variable whose name is computed at run time: it can be any secret in the environment.',
      enumerate: '`{{code}}` enumerates the whole environment (`{{via}}`): every key and token in it is reached at once.',
      serialized: '`{{code}}` hands the whole environment to `{{via}}`: every key and token in it is written, logged or sent.',
      copy: '`{{code}}` copies the whole environment: every key and token in it travels with the copy.',
      passed: '`{{code}}` passes the whole environment to `{{via}}`: every key and token in it goes along.',
      stored: '`{{code}}` stores the whole environment in an object (`{{via}}`): every key and token in it goes wherever that object goes.',
    },
  },
  create(ctx) {
    const reported = new Set<string>();

    function clip(node: Node): string {
      const text = ctx.text(node).replace(/\s+/g, ' ');
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    }

    function named(node: Node, name: string, trace: readonly Node[] | undefined, computedKey: boolean): void {
      if (name === '*') {
        if (!computedKey || ctx.isTestFile) {
          return;
        }
        ctx.report({ node, messageId: 'computed', data: { code: clip(node) }, severity: 'low', trace });
        return;
      }
      // `NEXT_PUBLIC_STRIPE_KEY: process.env.STRIPE_SECRET_KEY`: a server secret handed to the browser bundle.
      const publicKey = publicSlot(node);
      if (publicKey !== undefined && isSecretName(name)) {
        ctx.report({ node, messageId: 'published', data: { name, key: publicKey }, severity: 'high', trace });
        return;
      }
      // Application secrets (`JWT_SECRET`, `DATABASE_URL`) are read from the environment as they should be: not flagged.
      if (!isPlatformCredential(name) || reported.has(name)) {
        return;
      }
      reported.add(name);
      ctx.report({ node, messageId: 'credential', data: { name }, severity: ctx.isTestFile ? 'low' : 'medium', trace });
    }

    /** The key of a browser-visible variable (`NEXT_PUBLIC_*`, `VITE_*`, `REACT_APP_*`) the value is stored under. */
    function publicSlot(node: Node): string | undefined {
      let value: Node = node;
      for (let parent = value.parent; parent; parent = value.parent) {
        const wraps =
          parent.type === 'LogicalExpression' ||
          parent.type === 'TSAsExpression' ||
          parent.type === 'TSNonNullExpression' ||
          (parent.type === 'CallExpression' && /^(JSON\.stringify|String)$/.test(ctx.text(parent.callee).replace(/\s+/g, '')));
        if (!wraps) {
          break;
        }
        value = parent;
      }
      const parent = value.parent;
      let key: string | undefined;
      if (parent?.type === 'Property' && parent.value === value) {
        key = parent.key.type === 'Identifier' ? parent.key.name : (ctx.strings(parent.key)?.[0] ?? undefined);
      } else if (parent?.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'MemberExpression') {
        const prop = parent.left.property;
        key = prop.type === 'Identifier' && !parent.left.computed ? prop.name : (ctx.strings(prop)?.[0] ?? undefined);
      }
      // `define: { 'process.env.API_KEY': ... }` in a bundler config inlines the value into client code too.
      if (key !== undefined && PUBLIC_KEY.test(key)) {
        return key;
      }
      // Every key of a bundler's `define` (Vite, esbuild, `new DefinePlugin({...})`) is replaced by its value in client code.
      const table = parent?.type === 'Property' ? parent.parent : undefined;
      const owner = table?.parent;
      const defined =
        (owner?.type === 'Property' && owner.value === table && owner.key.type === 'Identifier' && owner.key.name === 'define') ||
        (owner?.type === 'NewExpression' && /(^|\.)DefinePlugin$/.test(ctx.text(owner.callee).replace(/\s+/g, '')));
      if (key !== undefined && defined) {
        return `define.${key}`;
      }
      // Next.js inlines every key of next.config's `env` into the browser bundle.
      const holder = parent?.type === 'Property' ? parent.parent?.parent : undefined;
      const envBlock = holder?.type === 'Property' && holder.key.type === 'Identifier' && holder.key.name === 'env';
      return key !== undefined && envBlock && NEXT_CONFIG.test(ctx.path) ? `env.${key} in next.config` : undefined;
    }

    function whole(node: Node, trace: readonly Node[] | undefined, mixed = false): void {
      const use = wholeUse(ctx, node);
      if (use && !(mixed && use.severity !== 'high')) {
        const severity: Severity = ctx.isTestFile && use.severity === 'high' ? 'medium' : use.severity;
        ctx.report({ node, messageId: use.messageId, data: { code: clip(node), via: use.via }, severity, trace });
      }
    }

    function envRef(node: Node): { ref: RefValue; rest: readonly string[] } | undefined {
      for (const value of ctx.values(node)) {
        const rest = isRef(value) ? envRest(value) : undefined;
        if (rest !== undefined && isRef(value)) {
          return { ref: value, rest };
        }
      }
      return undefined;
    }

    function member(node: TSESTree.MemberExpression): void {
      if (isImportMetaEnv(node)) {
        whole(node, undefined);
        return;
      }
      if (isImportMetaEnv(node.object)) {
        const key = node.computed ? ctx.strings(node.property)?.[0] : node.property.type === 'Identifier' ? node.property.name : undefined;
        if (!isWrite(node)) {
          named(node, key ?? '*', undefined, node.computed);
        }
        return;
      }
      const found = envRef(node);
      if (!found || found.rest.length > 1) {
        return;
      }
      if (found.rest.length === 1) {
        if (!isWrite(node) && !(found.rest[0] === '*' && isParameter(node.property))) {
          named(node, found.rest[0], found.ref.trace, node.computed);
        }
        return;
      }
      const parent = node.parent;
      if (!(parent?.type === 'MemberExpression' && parent.object === node)) {
        whole(node, found.ref.trace);
      }
    }

    function pattern(node: TSESTree.ObjectPattern): void {
      for (const prop of node.properties) {
        const target = prop.type === 'RestElement' ? prop.argument : prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
        if (target.type !== 'Identifier') {
          continue;
        }
        const found = envRef(target);
        if (!found || found.rest.length !== 1) {
          continue;
        }
        if (prop.type === 'RestElement') {
          ctx.report({
            node: prop,
            messageId: 'copy',
            data: { code: clip(prop), via: '...rest' },
            severity: ctx.isTestFile ? 'medium' : 'high',
            trace: found.ref.trace,
          });
        } else {
          named(prop, found.rest[0], found.ref.trace, false);
        }
      }
    }

    function call(node: TSESTree.CallExpression): void {
      for (const { ref } of targetsOf(ctx, node).targets) {
        const p = ref.module === undefined ? ref.path.join('.') : '';
        if (p === 'Deno.env.get' && node.arguments[0] && !isParameter(node.arguments[0])) {
          named(node, ctx.strings(node.arguments[0])?.[0] ?? '*', ref.trace, true);
          return;
        }
        if (p === 'Deno.env.toObject') {
          whole(node, ref.trace);
          return;
        }
      }
    }

    return {
      MemberExpression: member,
      ObjectPattern: pattern,
      CallExpression: call,
      Identifier(node: TSESTree.Identifier) {
        if (!isWholeCandidate(node)) {
          return;
        }
        const found = envRef(node);
        if (found && found.rest.length === 0) {
          // `env = process.env` as a default or a fallback: only the clearest uses count.
          whole(node, found.ref.trace, ctx.values(node).length > 1);
        }
      },
    };
  },
});
