import { defineTsRule } from '../../engine/rule';
import { isGlobal } from '../../js/values';
import type { Node } from '../../js/scope';
import { targetsOf } from '../support/calls';
import type { TsRuleContext } from '../../engine/rule';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { words } from '../support/random-names';

/** Words of a value that anyone can know or count: ids, names, counters, times. */
const KNOWN_WORDS = new Set([
  'id',
  'ids',
  'uid',
  'pk',
  'index',
  'idx',
  'i',
  'n',
  'count',
  'counter',
  'seq',
  'sequence',
  'num',
  'number',
  'no',
  'slug',
  'name',
  'username',
  'login',
  'email',
  'handle',
  'host',
  'hostname',
  'title',
  'path',
  'timestamp',
  'ts',
  'time',
  'now',
  'date',
  'pid',
  'version',
]);
/** Words of a value that may hold something secret or random, or content (a content hash is not a token). */
const UNKNOWN_WORDS =
  /^(token|secret|password|passwd|pass|salt|pepper|key|nonce|session|random|rand|seed|uuid|guid|entropy|hmac|signature|sig|private|otp|csrf|content|contents|body|data|text|buffer|buf|file|bytes|payload|code)$/;
/** Machine facts read from `os`: the same every time, and often known to others. */
const OS_FACTS = /^(hostname|userInfo|platform|arch|type|release|homedir|networkInterfaces|machine|version)$/;

type Known = 'fixed' | 'known' | 'other';

/** What goes into a hash, judged as a whole: fixed text, values anyone can know (ids, names, host, time), or anything else. */
function knownInput(ctx: TsRuleContext, node: Node, found: string[], depth = 0): Known {
  if (depth > 6) {
    return 'other';
  }
  const combine = (parts: Node[]): Known => {
    let out: Known = 'fixed';
    for (const part of parts) {
      const k = knownInput(ctx, part, found, depth + 1);
      if (k === 'other') {
        return 'other';
      }
      if (k === 'known') {
        out = 'known';
      }
    }
    return out;
  };
  if (node.type === 'Literal') {
    return 'fixed';
  }
  if (node.type === 'TemplateLiteral') {
    return combine(node.expressions);
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    return combine([node.left, node.right]);
  }
  if (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression') {
    return knownInput(ctx, node.expression, found, depth + 1);
  }
  const refs = ctx.refs(node);
  const text = ctx.text(node).replace(/\s+/g, '');
  for (const r of refs) {
    const path = r.path.filter((p) => p !== 'default' && p !== '()');
    if (r.module === 'os' && path.length === 1 && OS_FACTS.test(path[0])) {
      found.push(text);
      return 'known';
    }
    if (r.module === undefined && /^(Date\.now|process\.pid|process\.ppid|performance\.now)$/.test(path.join('.'))) {
      found.push(text);
      return 'known';
    }
    if (/random|uuid|nanoid|cuid|getRandomValues|^v4$/i.test([r.module ?? '', ...r.path].join('.'))) {
      return 'other';
    }
  }
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Date' && node.arguments.length === 0) {
    found.push(text);
    return 'known';
  }
  if (node.type === 'CallExpression') {
    const callee = node.callee;
    if (callee.type === 'Identifier' && /^(String|Number)$/.test(callee.name) && node.arguments.length === 1) {
      return combine([node.arguments[0] as Node]);
    }
    if (
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.property.type === 'Identifier' &&
      /^(toString|toLowerCase|toUpperCase|trim|getTime|toISOString|valueOf)$/.test(callee.property.name)
    ) {
      return combine([callee.object]);
    }
    return 'other';
  }
  if (node.type === 'Identifier' || (node.type === 'MemberExpression' && !node.computed)) {
    const all = words(text);
    const last = all[all.length - 1];
    if (last !== undefined && KNOWN_WORDS.has(last) && !all.some((w) => UNKNOWN_WORDS.test(w))) {
      found.push(text);
      return 'known';
    }
  }
  return 'other';
}

/**
 * `createHash('sha1').update(`${os.hostname()}:${noteId}`).digest('hex')`: the outermost call of a hash chain whose
 * inputs are all known, with the update calls, when the chain starts at `crypto.createHash`.
 */
function predictableHash(ctx: TsRuleContext, node: TSESTree.CallExpression): { outer: Node; inputs: string[]; at: Node } | undefined {
  // Cheap test first (this runs on every call): the call must be followed by `.update(`.
  const next = node.parent;
  if (
    next?.type !== 'MemberExpression' ||
    next.object !== node ||
    next.computed ||
    next.property.type !== 'Identifier' ||
    next.property.name !== 'update'
  ) {
    return undefined;
  }
  const created = ctx
    .refs(node.callee)
    .some((r) => r.module === 'crypto' && r.path.filter((p) => p !== 'default').join('.') === 'createHash');
  if (!created) {
    return undefined;
  }
  const inputs: string[] = [];
  let at: Node | undefined;
  let digested = false;
  let outer: Node = node;
  for (let i = 0; i < 8; i++) {
    const member: Node | undefined = outer.parent;
    const call: Node | undefined = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== outer || call?.type !== 'CallExpression' || call.callee !== member) {
      break;
    }
    const method = !member.computed && member.property.type === 'Identifier' ? member.property.name : '';
    if (method === 'update') {
      const arg = call.arguments[0];
      if (!arg || arg.type === 'SpreadElement' || knownInput(ctx, arg, inputs) === 'other') {
        return undefined;
      }
      at = at ?? call;
    } else if (method === 'digest') {
      digested = true;
    }
    outer = call;
  }
  return at && digested && inputs.length > 0 ? { outer, inputs, at } : undefined;
}

/** Names of values that must be unguessable. */
const SECRET_NAME =
  /(token|secret|passw(or)?d|passphrase|nonce|salt|otp|session(id|key)?|csrf|xsrf|api_?key|access_?key|reset_?code|invite_?code|verification|auth_?code|share_?(id|link|code)|magic_?link|signing_?key)/i;

/** The name a value is given: the variable, property, assignment target or function it is returned from. */
function nameFor(node: Node): string | undefined {
  let current: Node | undefined = node.parent;
  for (let depth = 0; current && depth < 12; depth++, current = current.parent) {
    switch (current.type) {
      case 'VariableDeclarator':
        return current.id.type === 'Identifier' ? current.id.name : undefined;
      case 'Property':
      case 'PropertyDefinition':
        return current.key.type === 'Identifier'
          ? current.key.name
          : current.key.type === 'Literal'
            ? String(current.key.value)
            : undefined;
      case 'AssignmentExpression':
        return current.left.type === 'Identifier'
          ? current.left.name
          : current.left.type === 'MemberExpression' && current.left.property.type === 'Identifier'
            ? current.left.property.name
            : undefined;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (current.type === 'FunctionDeclaration' && current.id) {
          return current.id.name;
        }
        if (current.parent?.type === 'VariableDeclarator' && current.parent.id.type === 'Identifier') {
          return current.parent.id.name;
        }
        // A callback (`Array.from(..., () => ...)`): the name is that of what the call builds.
        break;
      default:
        break;
    }
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/weak-token-random',
    category: 'randomness',
    severity: 'medium',
    summary:
      '`Math.random()`, or a hash of known values (host name, ids, the time), used to make tokens, session ids, passwords, nonces or share links that must be unguessable.',
    why:
      '`Math.random` is predictable: its output can be reconstructed from a few observed values, so a token, reset code or share link ' +
      'built from it can be guessed. An AI-written change that generates secrets this way (instead of `crypto.randomUUID` or ' +
      '`crypto.getRandomValues`) quietly makes them forgeable.',
    incorrect: [
      'const token = Math.random().toString(36).slice(2);',
      'function resetCode() { return Math.floor(Math.random() * 1e6); }',
      'session.csrf = Math.random().toString(16);',
      "import crypto from 'crypto'; import os from 'os';\nconst shareToken = (id) => crypto.createHash('sha1').update(`${os.hostname()}:${id}`).digest('hex');",
    ],
    correct: [
      'const jitter = Math.random() * 100;',
      'const token = crypto.randomUUID();',
      'const id = `tmp-${Math.random().toString(36).slice(2)}`;',
      "const etag = crypto.createHash('sha1').update(body).digest('hex');",
    ],
    messages: {
      weak: '`Math.random()` makes `{{name}}`, which must be unguessable: its values can be predicted. Use `crypto.randomUUID()` or `crypto.getRandomValues()`.',
      predictableHash:
        '`{{name}}` is a hash of values others can know or guess ({{inputs}}): hashing them does not make them secret, so anyone ' +
        'can compute the same value. Use `crypto.randomBytes()` or `crypto.randomUUID()`.',
    },
  },
  create(ctx) {
    return {
      CallExpression(node) {
        const hash = predictableHash(ctx, node);
        if (hash) {
          const name = nameFor(hash.outer);
          if (name && SECRET_NAME.test(name)) {
            const inputs = hash.inputs.map((t) => `\`${t.length > 30 ? `${t.slice(0, 27)}...` : t}\``).join(', ');
            ctx.report({ node: hash.at, messageId: 'predictableHash', data: { name, inputs } });
          }
          return;
        }
        if (node.arguments.length > 0) {
          return;
        }
        const random = targetsOf(ctx, node).targets.find((t) => t.ref.module === undefined && isGlobal(t.ref, 'Math', 'random'));
        if (!random) {
          return;
        }
        const name = nameFor(node);
        if (name && SECRET_NAME.test(name)) {
          ctx.report({ node, messageId: 'weak', data: { name }, trace: random.ref.trace });
        }
      },
    };
  },
});
