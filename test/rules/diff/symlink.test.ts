import * as assert from 'node:assert/strict';
import rule, { resolveLinkTarget } from '../../../src/core/rules/diff/symlink';
import { bytes } from '../../../src/core/rules/support/bytes';
import { diffRuleTester } from '../../ruleTester';

const link = (newPath: string, target: string) => ({ status: 'added' as const, newPath, newMode: '120000', newBytes: bytes(target) });

diffRuleTester(rule, {
  valid: [
    { name: 'regular file', change: { status: 'added', newPath: 'a', newMode: '100644', newBytes: bytes('/etc/passwd') } },
    {
      name: 'unchanged link',
      change: {
        status: 'modified',
        oldPath: 'l',
        newPath: 'l',
        oldMode: '120000',
        newMode: '120000',
        oldBytes: bytes('a'),
        newBytes: bytes('a'),
      },
    },
    { name: 'deleted link', change: { status: 'deleted', oldPath: 'l', oldMode: '120000', oldBytes: bytes('/etc') } },
  ],
  invalid: [
    { name: 'absolute target', change: link('keys', '/home/user/.ssh'), errors: [{ messageId: 'outside', severity: 'high' }] },
    { name: 'home target', change: link('k', '~/.aws/credentials'), errors: [{ messageId: 'outside', severity: 'high' }] },
    { name: 'climbing out', change: link('docs/a', '../../x'), errors: [{ messageId: 'outside', severity: 'high' }] },
    { name: 'windows drive', change: link('a', 'C:\\Users\\me'), errors: [{ messageId: 'outside', severity: 'high' }] },
    { name: 'into .git', change: link('h', '.git/hooks'), errors: [{ messageId: 'gitDir', severity: 'high' }] },
    { name: 'into .git from a subfolder', change: link('a/b', '../.git/config'), errors: [{ messageId: 'gitDir', severity: 'high' }] },
    { name: 'inside the repository', change: link('docs/readme', '../README.md'), errors: [{ messageId: 'inside', severity: 'low' }] },
    {
      name: 'retargeted inside',
      change: {
        status: 'modified',
        oldPath: 'l',
        newPath: 'l',
        oldMode: '120000',
        newMode: '120000',
        oldBytes: bytes('a'),
        newBytes: bytes('b'),
      },
      errors: [{ messageId: 'retargeted', severity: 'low', message: 'Symlink `l` now points to `b` (was `a`).' }],
    },
    {
      name: 'file replaced by a link outside',
      change: {
        status: 'type-changed',
        oldPath: 'cfg',
        newPath: 'cfg',
        oldMode: '100644',
        newMode: '120000',
        oldBytes: bytes('x=1'),
        newBytes: bytes('/etc/shadow'),
      },
      errors: [{ messageId: 'outside' }],
    },
  ],
});

describe('resolveLinkTarget', () => {
  it('resolves lexically within the repository', () => {
    assert.equal(resolveLinkTarget('a/b/link', '../c'), 'a/c');
    assert.equal(resolveLinkTarget('link', './x/./y'), 'x/y');
    assert.equal(resolveLinkTarget('a/link', '../..'), undefined);
    assert.equal(resolveLinkTarget('link', '/abs'), undefined);
  });
});
