import rule from '../../../src/core/rules/diff/executable-bit';
import { bytes } from '../../../src/core/rules/support/bytes';
import { diffRuleTester } from '../../ruleTester';

const body = bytes('echo hi\n');

diffRuleTester(rule, {
  valid: [
    {
      name: 'unchanged executable',
      change: {
        status: 'modified',
        oldPath: 'a.sh',
        newPath: 'a.sh',
        oldMode: '100755',
        newMode: '100755',
        oldBytes: body,
        newBytes: body,
      },
    },
    { name: 'plain new file', change: { status: 'added', newPath: 'a.ts', newMode: '100644', newBytes: body } },
    {
      name: 'executable bit removed',
      change: {
        status: 'modified',
        oldPath: 'a.sh',
        newPath: 'a.sh',
        oldMode: '100755',
        newMode: '100644',
        oldBytes: body,
        newBytes: body,
      },
    },
    { name: 'deleted executable', change: { status: 'deleted', oldPath: 'a.sh', oldMode: '100755', oldBytes: body } },
    { name: 'symlink', change: { status: 'added', newPath: 'l', newMode: '120000', newBytes: bytes('a.sh') } },
  ],
  invalid: [
    {
      name: 'mode change 644 -> 755',
      change: {
        status: 'modified',
        oldPath: 'a.sh',
        newPath: 'a.sh',
        oldMode: '100644',
        newMode: '100755',
        oldBytes: body,
        newBytes: body,
      },
      errors: [{ messageId: 'madeExecutable', severity: 'medium', line: 1 }],
    },
    {
      name: 'renamed and made executable',
      change: {
        status: 'renamed',
        oldPath: 'a.txt',
        newPath: 'bin/a',
        oldMode: '100644',
        newMode: '100755',
        oldBytes: body,
        newBytes: body,
      },
      errors: [{ messageId: 'madeExecutable', message: 'The change makes `bin/a` executable (mode 100644 -> 100755).' }],
    },
    {
      name: 'new executable file',
      change: { status: 'added', newPath: 'scripts/post', newMode: '100755', newBytes: body },
      errors: [{ messageId: 'addedExecutable', severity: 'low' }],
    },
    {
      name: 'symlink replaced by an executable',
      change: {
        status: 'type-changed',
        oldPath: 'x',
        newPath: 'x',
        oldMode: '120000',
        newMode: '100755',
        oldBytes: bytes('y'),
        newBytes: body,
      },
      errors: [{ messageId: 'madeExecutable' }],
    },
  ],
});
