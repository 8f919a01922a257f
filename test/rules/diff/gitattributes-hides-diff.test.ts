import rule from '../../../src/core/rules/diff/gitattributes-hides-diff';
import { added, deleted, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const ga = (before: string, after: string) => modified('.gitattributes', before, after);

diffRuleTester(rule, {
  valid: [
    { name: 'eol normalization', change: ga('* text=auto\n', '* text=auto eol=lf\n*.sh text eol=lf\n') },
    { name: 'binary assets', change: ga('', '*.png binary\n*.woff2 -diff\nassets/logo.svg binary\n') },
    { name: 'airlock ledger union merge', change: added('.gitattributes', '.airlock/ledger.jsonl merge=union\n') },
    { name: 'airlock ledger union merge with slash', change: ga('* text=auto\n', '* text=auto\n/.airlock/ledger.jsonl merge=union\n') },
    {
      name: 'generated output collapsed',
      change: ga('', 'dist/** linguist-generated\nvendor/** linguist-vendored\n*.min.js linguist-generated=true\n'),
    },
    { name: 'builtin diff drivers', change: ga('', '*.py diff=python\n*.go diff=golang\n*.md diff=markdown\n') },
    { name: 'linguist language and docs', change: ga('', '*.h linguist-language=C\ndocs/** linguist-documentation\n') },
    { name: 'export-ignore is not flagged', change: ga('', '.github export-ignore\ntest/ export-ignore\n') },
    { name: 'comments', change: ga('', '# src/** -diff\n') },
    { name: 'unrelated file', change: modified('src/gitattributes.ts', '', '* -diff\n') },
    { name: 'line removed', change: ga('src/** -diff\n', '') },
    { name: 'deleted file', change: deleted('.gitattributes', 'src/** -diff\n') },
    { name: 'linguist-generated=false', change: ga('', 'src/gen.ts linguist-generated=false\n') },
    { name: 'unchanged line kept', change: ga('src/x.ts -diff\n', 'src/x.ts -diff\n*.png binary\n') },
  ],
  invalid: [
    {
      name: '-diff on source',
      change: ga('* text=auto\n', '* text=auto\nsrc/auth.ts -diff\n'),
      errors: [{ messageId: 'hidesDiff', severity: 'high', line: 2 }],
    },
    { name: '!diff on everything', change: ga('', '* !diff\n'), errors: [{ messageId: 'hidesDiff', severity: 'high' }] },
    { name: 'binary on source', change: ga('', '*.ts binary\n'), errors: [{ messageId: 'hidesDiff', severity: 'high' }] },
    {
      name: '-diff on lockfile (medium)',
      change: ga('', 'package-lock.json -diff\n'),
      errors: [{ messageId: 'hidesDiff', severity: 'medium' }],
    },
    {
      name: 'custom diff driver',
      change: ga('', 'lib/*.js diff=hide\n'),
      errors: [
        {
          messageId: 'diffDriver',
          message:
            '`lib/*.js diff=hide` sends these files through a custom diff driver: what reviewers see is whatever that program prints.',
        },
      ],
    },
    {
      name: 'filter',
      change: added('.gitattributes', '*.js filter=lfs2 diff=lfs2\n'),
      errors: [{ messageId: 'filter', severity: 'high' }, { messageId: 'diffDriver' }],
    },
    {
      name: 'lfs filter',
      change: ga('', '*.bin filter=lfs diff=lfs merge=lfs -text\n'),
      errors: [{ messageId: 'filter' }, { messageId: 'diffDriver', severity: 'low' }, { messageId: 'mergeDriver' }],
    },
    {
      name: 'linguist-generated on source',
      change: ga('', 'src/** linguist-generated=true\n'),
      errors: [{ messageId: 'collapsed', severity: 'medium' }],
    },
    { name: 'linguist-vendored on source', change: ga('', 'lib/payments.js linguist-vendored\n'), errors: [{ messageId: 'collapsed' }] },
    { name: 'merge=ours', change: ga('', 'src/config.ts merge=ours\n'), errors: [{ messageId: 'mergeDriver', severity: 'medium' }] },
    {
      name: 'merge=union elsewhere (low)',
      change: ga('', 'CHANGELOG.md merge=union\n'),
      errors: [{ messageId: 'mergeDriver', severity: 'low' }],
    },
    { name: '-text on source', change: ga('', '*.py -text\n'), errors: [{ messageId: 'notText', severity: 'low' }] },
    { name: 'quoted pattern', change: ga('', '"src/my file.ts" -diff\n'), errors: [{ messageId: 'hidesDiff' }] },
    {
      name: 'macro',
      change: ga('', '[attr]quiet -diff linguist-generated\nsrc/** quiet\n'),
      errors: [{ messageId: 'macro', severity: 'high', line: 1 }],
    },
    { name: 'nested gitattributes', change: added('src/.gitattributes', '*.ts -diff\n'), errors: [{ messageId: 'hidesDiff' }] },
  ],
});
