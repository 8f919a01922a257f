import { defineTsRule } from '../../engine/rule';
import { isGlobal } from '../../js/values';
import type { Node } from '../../js/scope';
import { targetsOf } from '../support/calls';

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
    summary: '`Math.random()` used to make tokens, session ids, passwords, nonces or share links that must be unguessable.',
    why:
      '`Math.random` is predictable: its output can be reconstructed from a few observed values, so a token, reset code or share link ' +
      'built from it can be guessed. An AI-written change that generates secrets this way (instead of `crypto.randomUUID` or ' +
      '`crypto.getRandomValues`) quietly makes them forgeable.',
    incorrect: [
      'const token = Math.random().toString(36).slice(2);',
      'function resetCode() { return Math.floor(Math.random() * 1e6); }',
      'session.csrf = Math.random().toString(16);',
    ],
    correct: [
      'const jitter = Math.random() * 100;',
      'const token = crypto.randomUUID();',
      'const id = `tmp-${Math.random().toString(36).slice(2)}`;',
    ],
    messages: {
      weak: '`Math.random()` makes `{{name}}`, which must be unguessable: its values can be predicted. Use `crypto.randomUUID()` or `crypto.getRandomValues()`.',
    },
  },
  create(ctx) {
    return {
      CallExpression(node) {
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
