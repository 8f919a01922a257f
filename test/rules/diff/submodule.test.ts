import rule from '../../../src/core/rules/diff/submodule';
import { diffRuleTester } from '../../ruleTester';

const a = 'a'.repeat(40);
const b = 'b'.repeat(40);

diffRuleTester(rule, {
  valid: [
    { name: 'removed submodule', change: { status: 'deleted', oldPath: 'v', oldMode: '160000', oldCommit: a } },
    {
      name: 'unchanged pointer',
      change: { status: 'modified', oldPath: 'v', newPath: 'v', oldMode: '160000', newMode: '160000', oldCommit: a, newCommit: a },
    },
    { name: 'regular file', change: { status: 'added', newPath: 'v', newMode: '100644', newBytes: new Uint8Array() } },
  ],
  invalid: [
    {
      name: 'added',
      change: { status: 'added', newPath: 'vendor/lib', newMode: '160000', newCommit: a },
      errors: [{ messageId: 'added', severity: 'medium' }],
    },
    {
      name: 'moved',
      change: { status: 'modified', oldPath: 'v', newPath: 'v', oldMode: '160000', newMode: '160000', oldCommit: a, newCommit: b },
      errors: [
        {
          messageId: 'moved',
          message: `Submodule \`v\` moved from ${a.slice(0, 12)} to ${b.slice(0, 12)}: the new commits are not part of this review.`,
        },
      ],
    },
    {
      name: 'dirty submodule in the working tree (commit unknown)',
      change: { status: 'modified', oldPath: 'v', newPath: 'v', oldMode: '160000', newMode: '160000', oldCommit: a },
      errors: [{ messageId: 'moved' }],
    },
    {
      name: 'directory replaced by a submodule',
      change: {
        status: 'type-changed',
        oldPath: 'v',
        newPath: 'v',
        oldMode: '100644',
        newMode: '160000',
        oldBytes: new Uint8Array(),
        newCommit: a,
      },
      errors: [{ messageId: 'added' }],
    },
  ],
});
