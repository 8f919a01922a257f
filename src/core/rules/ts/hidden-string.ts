import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Category } from '../../model/finding';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import { CREDENTIAL, HOST_PERSISTENCE, SYSTEM_ACCOUNTS } from '../support/fs-sensitive';
import { isIPv6, parseIPv4, parseUrl } from '../support/net-urls';
import { providerToken } from '../support/secret-tokens';
import { addressesModels } from '../support/injection-phrases';

/** Bare names of credential and start-up files, as they appear before being joined to a directory. */
const SENSITIVE_NAME =
  /^\.(env|netrc|npmrc|yarnrc|pypirc|git-credentials|pgpass|ssh|aws|azure|kube|docker|gnupg|kaggle|bashrc|zshrc|profile|bash_profile|zprofile)$/;
/** A bare host name under a common top-level domain (`config.json` and `lodash.merge` are not). */
const HOSTNAME =
  /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(com|net|org|io|app|dev|xyz|info|biz|co|me|ru|cn|su|top|site|online|club|tk|cc|pw|ws|sh|link|cloud|tech|live|ai|us|uk|de|fr|in)$/i;
const ESCAPE = /\/proc\/(self|\d+)\/|docker\.sock|containerd\.sock|\/sys\/kernel\//;

interface Secret {
  category: Category;
  /** The part that gives the string away: a host, an address, a file name. */
  core: string;
  kind: string;
}

/** Names of sensitive APIs, by category: assembling one of these from pieces is hiding it. */
const API_NAMES: Record<string, Category> = {};
for (const [category, names] of Object.entries({
  process: [
    'child_process',
    'exec',
    'execSync',
    'execFile',
    'execFileSync',
    'spawn',
    'spawnSync',
    'fork',
    'execa',
    'shelljs',
    'cross-spawn',
    'worker_threads',
  ],
  randomness: ['random', 'getRandomValues', 'randomBytes', 'randomUUID', 'randomInt', 'seedrandom'],
  'dynamic-code': [
    'eval',
    'Function',
    'runInNewContext',
    'runInThisContext',
    'runInContext',
    'compileFunction',
    'require',
    'setTimeout',
    'setInterval',
    'WebAssembly',
  ],
  'sandbox-escape': [
    'binding',
    '_linkedBinding',
    'dlopen',
    'constructor',
    '__proto__',
    'prototype',
    'setuid',
    'setgid',
    '_load',
    '_resolveFilename',
    '_compile',
    'mainModule',
  ],
  network: [
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'sendBeacon',
    'EventSource',
    'http',
    'https',
    'net',
    'dgram',
    'tls',
    'createConnection',
  ],
} as Record<Category, string[]>)) {
  for (const name of names) {
    API_NAMES[name] = category as Category;
  }
}

/** What a constant string reveals, if anything worth hiding. */
function classify(s: string): Secret | undefined {
  const api = Object.prototype.hasOwnProperty.call(API_NAMES, s) ? API_NAMES[s] : undefined;
  if (api) {
    return { category: api, core: s, kind: `the name \`${s}\`` };
  }
  const text = s.trim();
  if (text.length < 3 || text.length > 2048) {
    return undefined;
  }
  // Instructions to a model (an AI reviewer, a grader) that neither a reader nor the prompt-injection rule can see.
  if (/\s/.test(text) && addressesModels(text)) {
    const flat = text.replace(/\s+/g, ' ');
    return {
      category: 'obfuscation',
      core: flat.slice(0, 40),
      kind: `instructions to a language model ("${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}")`,
    };
  }
  const url = parseUrl(text);
  if (url && url.host && (url.host.includes('.') || parseIPv4(url.host) || isIPv6(url.host))) {
    return { category: 'network', core: url.host, kind: `the address ${text.length > 80 ? `${text.slice(0, 77)}...` : text}` };
  }
  const host = text.replace(/:\d+$/, '');
  if (parseIPv4(host) || isIPv6(text)) {
    return { category: 'network', core: host, kind: `the network address ${text}` };
  }
  if (HOSTNAME.test(text)) {
    return { category: 'network', core: text.toLowerCase(), kind: `the host name ${text}` };
  }
  if (ESCAPE.test(text)) {
    return { category: 'sandbox-escape', core: (ESCAPE.exec(text) as RegExpExecArray)[0], kind: `the host path ${text}` };
  }
  const path = text.replace(/\\/g, '/');
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (SENSITIVE_NAME.test(name)) {
    return { category: 'filesystem', core: name, kind: `the path ${path}` };
  }
  if (CREDENTIAL.some((re) => re.test(path)) || HOST_PERSISTENCE.some((re) => re.test(path)) || SYSTEM_ACCOUNTS.test(path)) {
    return { category: 'filesystem', core: path, kind: `the path ${path}` };
  }
  // `['sk', 'live', '51Nf...'].join('_')`: a provider credential that only exists once its pieces are joined.
  const token = providerToken(text);
  return token ? { category: 'secrets', core: token.core, kind: token.kind } : undefined;
}

/** Every string literal and template piece inside a node. */
function literalsIn(node: Node, out: string[], budget = { left: 2000 }): string[] {
  const stack: Node[] = [node];
  while (stack.length > 0 && budget.left-- > 0) {
    const current = stack.pop() as Node;
    if (current.type === 'Literal' && typeof current.value === 'string') {
      out.push(current.value);
    } else if (current.type === 'TemplateElement') {
      out.push(current.value.cooked ?? current.value.raw);
    }
    pushChildren(stack, current);
  }
  return out;
}

/**
 * Decoding a literal at run time: `atob(...)`, `Buffer.from(..., 'base64').toString()`,
 * `String.fromCharCode(...)`. Read from the call's shape, not its text: every call of the file asks.
 */
function isDecodeCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    return callee.name === 'atob';
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
    return false;
  }
  const { object } = callee;
  switch (callee.property.name) {
    case 'atob':
      return object.type === 'Identifier' && /^(window|globalThis|self)$/.test(object.name);
    case 'fromCharCode':
      return object.type === 'Identifier' && object.name === 'String';
    case 'toString': {
      const from = object.type === 'CallExpression' ? object.callee : undefined;
      const encoding = object.type === 'CallExpression' ? object.arguments[1] : undefined;
      return (
        from?.type === 'MemberExpression' &&
        from.object.type === 'Identifier' &&
        from.object.name === 'Buffer' &&
        from.property.type === 'Identifier' &&
        from.property.name === 'from' &&
        encoding?.type === 'Literal' &&
        ['base64', 'base64url', 'hex'].includes(String(encoding.value))
      );
    }
    default:
      return false;
  }
}

export default defineTsRule({
  meta: {
    id: 'ts/hidden-string',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'An address, a sensitive path or the name of a sensitive API that is never written down: decoded, assembled from pieces or from character codes.',
    why:
      'A reviewer searches a diff for hosts and file names. Code that builds `https://collector.example/...` from base64, joins an IP ' +
      'address from numbers, or spells `.netrc` as character codes has chosen not to be found that way. Airlock folds such strings ' +
      'back and flags where they are built, in the category of what they name, and the disguise itself as obfuscation.',
    incorrect: [
      "const url = Buffer.from('aHR0cHM6Ly9ldmlsLmV4YW1wbGUuY29tL3g=', 'base64').toString();",
      "const host = [203, 0, 113, 9].join('.');",
      'const name = String.fromCharCode(46, 110, 101, 116, 114, 99);',
      "const sync = ['https://', 'sync', '.tabnotes', '.app'].join('');",
      "const sock = atob('L3Zhci9ydW4vZG9ja2VyLnNvY2s=');",
      "const key = ['ran', 'dom'].join('');",
    ],
    correct: [
      "const url = 'https://api.example.com/v1';",
      "const BASE = 'https://api.example.com'; const u = `${BASE}/users`;",
      "const greeting = ['Hello', 'world'].join(' ');",
      "const file = path.join(dir, 'config.json');",
      "const env = '.env';",
    ],
    yields: true,
    messages: {
      hidden: 'This expression builds {{kind}} without ever writing it: {{how}} hides it from anyone reading or searching the code.',
      encoded:
        'This constant becomes {{kind}} only at run time ({{how}}): written this way it hides from anyone reading or searching the code.',
      magic:
        'The value `{{value}}` is written encoded and compared with input: a magic value hidden from anyone reading or searching the code.',
      magicCompare:
        'Input is compared with `{{value}}`, a value the code keeps encoded: a magic value that only whoever encoded it knows, and what this branch does is theirs to trigger.',
      disguised: 'Disguised on purpose: this constant spells {{kind}} only after {{how}}, so it never appears in the source.',
    },
  },
  create(ctx) {
    const reported: [number, number][] = [];
    /** The hidden instructions reported so far (their first words). */
    const hiddenText: string[] = [];
    let literals: string[] | undefined;
    /** Every string literal of the file, collected once, only when a built string looks sensitive. */
    const fileLiterals = (): string[] => (literals ??= literalsIn(ctx.program(), [], { left: 500_000 }));

    function check(node: Node, how: string): void {
      if (reported.some(([a, b]) => a <= node.range[0] && node.range[1] <= b)) {
        return;
      }
      for (const s of ctx.strings(node) ?? []) {
        const secret = classify(s);
        if (!secret) {
          continue;
        }
        // Written down anywhere in the file (`const BASE = 'https://api.example.com'`), it is not hidden.
        if (fileLiterals().some((l) => l.includes(secret.core))) {
          return;
        }
        // Hidden instructions built into a longer prompt (`SYSTEM + FOOTER`): already reported where they are decoded.
        const flat = s.replace(/\s+/g, ' ');
        if (hiddenText.some((core) => flat.includes(core) && core !== secret.core)) {
          return;
        }
        // `${host}:8080` after `const host = [203, 0, 113, 9].join('.')`: a use of the hidden value, whose disguise
        // was reported where it is built.
        const reuse = hiddenText.includes(secret.core);
        hiddenText.push(secret.core);
        reported.push(node.range);
        // `const EXTRA = 'aHR0cHM6...'` decoded further down: the committed constant is the hidden text.
        const source = encodedElsewhere(node);
        ctx.report({
          node,
          messageId: 'hidden',
          data: { kind: secret.kind, how },
          category: secret.category,
          related: source ? [{ node: source, message: 'the constant it is built from' }] : undefined,
        });
        // The hiding is a finding of its own, as in Python: what the string names is flagged in its category, the
        // disguise in obfuscation. `const EXTRA = 'aHR0cHM6...'` decoded further down: the committed constant is the disguise.
        if (secret.category !== 'obfuscation' && !reuse) {
          ctx.report({
            node: source ?? node,
            messageId: 'disguised',
            data: { kind: secret.kind, how },
            category: 'obfuscation',
            related: source ? [{ node, message: 'decoded or joined here' }] : undefined,
          });
        }
        return;
      }
      magicValue(node);
    }

    let comparisons: TSESTree.BinaryExpression[] | undefined;
    /** Every equality test of the file (`===`, `==`, `!==`, `!=`), collected once, only when a decoded constant needs them. */
    const equalities = (): TSESTree.BinaryExpression[] => {
      if (!comparisons) {
        comparisons = [];
        const stack: Node[] = [ctx.program()];
        let budget = 500_000;
        while (stack.length > 0 && budget-- > 0) {
          const current = stack.pop() as Node;
          if (current.type === 'BinaryExpression' && /^[!=]==?$/.test(current.operator)) {
            comparisons.push(current);
          }
          pushChildren(stack, current);
        }
      }
      return comparisons;
    };

    /**
     * `const CREW = atob('Q1JFVy1DT01QLTIwMjQ=')` and later `code === CREW`: a plain value that input is compared with,
     * written encoded. Nothing needs a comparison constant encoded except hiding a magic value from the reader.
     */
    function magicValue(node: Node): void {
      if (node.type !== 'CallExpression' || !isDecodeCall(node)) {
        return;
      }
      const values = ctx.strings(node);
      if (values?.length !== 1 || !/^[\x21-\x7e][\x20-\x7e]{2,62}[\x21-\x7e]$/.test(values[0])) {
        return;
      }
      const holder =
        node.parent?.type === 'VariableDeclarator' && node.parent.init === node && node.parent.id.type === 'Identifier'
          ? node.parent.id.name
          : undefined;
      const uses = equalities().filter((b) =>
        [b.left, b.right].some((side) => side === node || (holder !== undefined && side.type === 'Identifier' && side.name === holder)),
      );
      if (uses.length === 0) {
        return;
      }
      ctx.report({ node, messageId: 'magic', data: { value: values[0] }, category: 'obfuscation' });
      for (const use of uses.slice(0, 5)) {
        ctx.report({
          node: use,
          messageId: 'magicCompare',
          data: { value: values[0] },
          category: 'trigger',
          related: [{ node, message: 'decoded here' }],
        });
      }
    }

    /** The `const` literal or list of literals a decode or join reads by name, when it is written on another line. */
    function encodedElsewhere(node: Node): Node | undefined {
      if (node.type !== 'CallExpression') {
        return undefined;
      }
      const inputs: Node[] = [...node.arguments, ...(node.callee.type === 'MemberExpression' ? [node.callee.object] : [])];
      const names = inputs.filter((n): n is TSESTree.Identifier => n.type === 'Identifier');
      if (names.length !== 1) {
        return undefined;
      }
      const found = ctx.declarators(names[0].name);
      const init =
        found.length === 1 && found[0].parent?.type === 'VariableDeclaration' && found[0].parent.kind === 'const' ? found[0].init : null;
      const literal =
        init &&
        ((init.type === 'Literal' && typeof init.value === 'string') ||
          (init.type === 'TemplateLiteral' && init.expressions.length === 0) ||
          (init.type === 'ArrayExpression' && init.elements.every((e) => e?.type === 'Literal')));
      if (!init || !literal) {
        return undefined;
      }
      const line = (at: number): number => ctx.sourceText.slice(0, at).split('\n').length;
      return line(init.range[0]) !== line(node.range[0]) ? init : undefined;
    }

    return {
      CallExpression(node) {
        check(node, 'decoding or joining at run time');
      },
      BinaryExpression(node) {
        if (node.operator === '+') {
          check(node, 'concatenating pieces');
        }
      },
      TemplateLiteral(node) {
        if (node.expressions.length > 0 && node.parent?.type !== 'TaggedTemplateExpression') {
          check(node, 'assembling a template from pieces');
        }
      },
    };
  },
});
