import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { scriptName, skeletonOf, type Skeleton } from '../support/unicode-confusables';

const KEY_LIKE = /^[\p{L}\p{N}_$]{1,64}$/u;
const MAX_PER_NAME = 10;

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      return true;
    }
  }
  return false;
}

/** Names an impostor would imitate: globals, dangerous APIs and the words of access checks. */
const SENSITIVE = new Set(
  (
    'eval Function require process exec execSync execFile execFileSync spawn spawnSync fork child_process fetch constructor ' +
    'prototype __proto__ globalThis global window document module exports Buffer atob btoa setTimeout setInterval import Reflect ' +
    'Proxy Object JSON console localStorage sessionStorage cookie env password passwd token secret apiKey admin isAdmin root ' +
    'role user auth fs http https net vm os crypto readFile readFileSync writeFile writeFileSync XMLHttpRequest WebSocket ' +
    'innerHTML apply call bind toString valueOf hasOwnProperty assert expect verify validate authenticate authorize ' +
    'isAuthenticated isAuthorized allow deny permission permissions'
  ).split(' '),
);

interface Candidate {
  name: string;
  nodes: Node[];
}

/** A string that names something: a computed key, an object key, a module specifier. */
function isKeyString(node: Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case 'MemberExpression':
      return parent.computed && parent.property === node;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.key === node;
    case 'ImportDeclaration':
    case 'ImportExpression':
      return true;
    case 'CallExpression':
      return parent.arguments[0] === node && parent.callee.type === 'Identifier' && parent.callee.name === 'require';
    default:
      return false;
  }
}

export default defineTsRule({
  meta: {
    id: 'ts/confusable-identifier',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Identifiers and keys that only look like ASCII: Latin mixed with Cyrillic or Greek lookalikes (`раypal`, `еval`), fullwidth letters, and non-ASCII names that read exactly like another name in the file or a sensitive global.',
    why:
      'A reviewer reads `isAdmin` and `isАdmin` (Cyrillic А) as the same name; JavaScript does not. A lookalike lets a change ' +
      'define a second `isAdmin` that the real check never calls, shadow `eval` with something that reads the same, or key an ' +
      'object by a string that can never match. Names in one non-Latin script are fine; a mix of scripts that spells an ASCII word is not.',
    incorrect: [
      'const іsAdmin = () => true;\nfunction isAdmin(user) { return user.role === "admin"; }\nif (іsAdmin(u)) grant();',
      'function еval(s) { return run(s); }\nеval(code);',
      "const key = obj['еxec'];",
      'const раypal = 1;',
    ],
    correct: ['const имя = "Иван";\nconst счётчик = 0;', 'const 名前 = "太郎";', 'const Δt = now - start;', "const café = 'naïve';"],
    messages: {
      lookalike: '`{{name}}` reads as `{{skeleton}}`{{target}} but is spelled with {{chars}}: it is a different name that looks the same.',
      mixed: '`{{name}}` mixes Latin with lookalike {{script}} letters ({{chars}}): it reads as `{{skeleton}}` but is a different name.',
    },
  },
  create(ctx) {
    const ascii = new Set<string>();
    const candidates = new Map<string, Candidate>();

    function see(name: string, node: Node): void {
      if (!hasNonAscii(name)) {
        ascii.add(name);
        return;
      }
      const entry = candidates.get(name) ?? { name, nodes: [] };
      if (entry.nodes.length < MAX_PER_NAME) {
        entry.nodes.push(node);
      }
      candidates.set(name, entry);
    }

    function verdict(
      name: string,
      s: Skeleton,
    ): { messageId: string; data: Record<string, string>; severity: 'high' | 'medium' } | undefined {
      if (s.skeleton === name || hasNonAscii(s.skeleton) || s.lookalikes.length === 0) {
        return undefined;
      }
      const chars = s.lookalikes.join(', ');
      if (ascii.has(s.skeleton) || SENSITIVE.has(s.skeleton)) {
        const target = ascii.has(s.skeleton) ? ', a name used elsewhere in this file,' : ', a sensitive name,';
        return { messageId: 'lookalike', data: { name, skeleton: s.skeleton, target, chars }, severity: 'high' };
      }
      const foreign = [...s.scripts].find((script) => script !== 'latin');
      if (s.scripts.has('latin') && foreign && s.allLookalike) {
        return { messageId: 'mixed', data: { name, skeleton: s.skeleton, script: scriptName(foreign), chars }, severity: 'medium' };
      }
      return undefined;
    }

    return {
      Identifier(node) {
        see(node.name, node);
      },
      PrivateIdentifier(node) {
        see(node.name, node);
      },
      JSXIdentifier(node) {
        see(node.name, node);
      },
      Literal(node) {
        if (
          typeof node.value === 'string' &&
          node.value.length <= 64 &&
          KEY_LIKE.test(node.value.replace(/[-./@]/g, '_')) &&
          isKeyString(node)
        ) {
          see(node.value, node);
        }
      },
      'Program:exit'() {
        for (const { name, nodes } of candidates.values()) {
          const found = verdict(name, skeletonOf(name));
          if (found) {
            for (const node of nodes) {
              ctx.report({ node, ...found });
            }
          }
        }
      },
    };
  },
});
