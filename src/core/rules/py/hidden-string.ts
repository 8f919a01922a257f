import { definePyRule } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { describeBuild, foldBuilt, visibleLiterals } from '../support/py-hidden-fold';
import { classifyHidden, isWrittenDown } from '../support/py-hidden-strings';
import { clipText } from '../support/py-install-commands';

/** Node types that build a string from pieces (a plain literal is never one of them). */
const BUILDERS = new Set(['call', 'binary_operator', 'subscript', 'concatenated_string']);

export default definePyRule({
  meta: {
    id: 'py/hidden-string',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'An address, a sensitive path or the name of a sensitive API that is never written down: decoded, joined, reversed or spelled as character codes.',
    why:
      'A reviewer searches a diff for hosts, file names and calls like `system`. Code that joins `"".join(map(chr, (115, 121, 115)))`, ' +
      'decodes a URL from base64 or reverses `"metsys"` has chosen not to be found that way. Airlock folds such strings back and flags ' +
      'where they are built, in the category of what they name, and the disguise itself as obfuscation.',
    incorrect: [
      "import os\ngetattr(os, 'sys' + 'tem')('id')",
      'mod = __import__("".join(map(chr, (115, 117, 98, 112, 114, 111, 99, 101, 115, 115))))',
      "import base64\nurl = base64.b64decode('aHR0cHM6Ly9jb2xsZWN0b3IuZXZpbC5pby94').decode()",
      "host = '.'.join(['45', '33', '2', '9'])",
      "key = '~/' + '.ss' + 'h/id_rsa'",
      "name = 'metsys'[::-1]",
    ],
    correct: [
      "url = 'https://api.example.com/v1'",
      "BASE = 'https://api.example.com'\nurl = BASE + '/users'",
      "greeting = ' '.join(['Hello', 'world'])",
      "path = os.path.join(base, 'config.json')",
      "url = 'http://' + 'localhost' + ':8000'",
      'name = f"{first} {last}"',
    ],
    yields: true,
    messages: {
      hidden: 'This expression builds {{kind}} without ever writing it: {{how}} hides it from anyone reading or searching the code.',
      disguised: 'Disguised on purpose: {{how}} spells {{kind}} so that it never appears in the source.',
      rot13: 'This rot13 text spells `{{value}}`: a constant nobody writes that way except to keep it from being read or searched for.',
    },
  },
  create(ctx) {
    const reported: PyNode[] = [];
    let literals: string[] | undefined;

    const inside = (node: PyNode): boolean => reported.some((r) => r.start <= node.start && node.end <= r.end);

    function check(node: PyNode): void {
      if (inside(node) || (node.type === 'call' && field(node, 'function')?.type === 'identifier' && isPlainConversion(node))) {
        return;
      }
      const strings = foldBuilt(ctx, node);
      for (const s of strings ?? []) {
        const secret = classifyHidden(s);
        if (!secret) {
          continue;
        }
        // Written down anywhere in the file (`BASE = 'https://api.example.com'`), it is not hidden.
        literals ??= visibleLiterals(ctx);
        if (isWrittenDown(secret, literals)) {
          return;
        }
        reported.push(node);
        const how = describeBuild(ctx, node);
        // A credential joined from pieces kept in a list elsewhere: the pieces are the committed secret.
        const pieces = secret.category === 'secrets' ? piecesElsewhere(node) : undefined;
        ctx.report({
          node: pieces ?? node,
          messageId: 'hidden',
          data: { kind: secret.kind, how },
          category: secret.category,
          related: pieces ? [{ node, message: 'joined here' }] : undefined,
        });
        // The hiding is a finding of its own: what the string names is flagged in its category, the
        // disguise in obfuscation (dropped when a more specific obfuscation rule covers the line).
        if (secret.category !== 'obfuscation') {
          ctx.report({ node, messageId: 'disguised', data: { kind: secret.kind, how }, category: 'obfuscation' });
        }
        return;
      }
    }

    /** The list or tuple of constant pieces a build expression reads through a name, when it is written on another line. */
    function piecesElsewhere(node: PyNode): PyNode | undefined {
      const stack = [node];
      while (stack.length > 0) {
        const current = stack.pop() as PyNode;
        if (current.type === 'identifier') {
          for (const value of ctx.values(current)) {
            const container = value.kind === 'seq' ? value.items[0]?.parent : undefined;
            if (container && (container.type === 'list' || container.type === 'tuple') && !sameLine(container, node)) {
              return container;
            }
          }
        }
        stack.push(...current.children);
      }
      return undefined;
    }

    function sameLine(a: PyNode, b: PyNode): boolean {
      const lo = Math.min(a.start, b.start);
      const hi = Math.max(a.start, b.start);
      return !ctx.sourceText.slice(lo, hi).includes('\n');
    }

    /** `str(x)`, `bytes(x)`: a conversion of one value builds nothing by itself. */
    function isPlainConversion(node: PyNode): boolean {
      return ctx.callNames(node).some((n) => n === 'builtins.str' || n === 'builtins.bytes' || n === 'builtins.bytearray');
    }

    /** `codecs.decode('WNK_FRRQ', 'rot13')`: a constant nobody would write that way except to keep it unreadable. */
    function checkRot13(node: PyNode): void {
      if (inside(node) || !ctx.callNames(node).some((n) => n === 'codecs.decode' || n === 'codecs.encode')) {
        return;
      }
      const args = callArguments(node, ctx.sourceText);
      const encoding = args.positional[1] ?? args.keywords.get('encoding');
      const text = args.positional[0] ?? args.keywords.get('obj');
      if (!encoding || !text || !ctx.strings(encoding)?.some((e) => /^rot[_-]?13$/i.test(e))) {
        return;
      }
      const decoded = foldBuilt(ctx, node) ?? [];
      if (ctx.strings(text) === undefined || decoded.length === 0) {
        return;
      }
      reported.push(node);
      ctx.report({ node, messageId: 'rot13', data: { value: clipText(decoded[0], 40) }, category: 'obfuscation', severity: 'medium' });
    }

    const visitors: Record<string, (node: PyNode) => void> = Object.fromEntries([...BUILDERS].map((type) => [type, check]));
    const builderCall = visitors.call;
    visitors.call = (node) => {
      builderCall?.(node);
      checkRot13(node);
    };
    return visitors;
  },
});
