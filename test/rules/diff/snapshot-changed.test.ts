import rule from '../../../src/core/rules/diff/snapshot-changed';
import { bytes } from '../../../src/core/rules/support/bytes';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const SNAP = `// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[\`Button renders 1\`] = \`"<button>Save</button>"\`;

exports[\`Button renders disabled 1\`] = \`
<button
  disabled=""
>
  Save
</button>
\`;

exports[\`Total shows the sum 1\`] = \`"Total: 42"\`;
`;

const AMBR = `# serializer version: 1
# name: test_render
  '<b>1</b>'
# ---
# name: test_total
  'Total: 42'
# ---
`;

const PNG_A = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 1]);
const PNG_B = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 2]);
const image = (oldBytes: Uint8Array | undefined, newBytes: Uint8Array | undefined): ReturnType<typeof modified> => ({
  status: oldBytes && newBytes ? 'modified' : newBytes ? 'added' : 'deleted',
  oldPath: oldBytes ? 'src/__image_snapshots__/button-1.png' : undefined,
  newPath: newBytes ? 'src/__image_snapshots__/button-1.png' : undefined,
  oldMode: oldBytes ? '100644' : undefined,
  newMode: newBytes ? '100644' : undefined,
  oldBytes,
  newBytes,
});

diffRuleTester(rule, {
  valid: [
    { name: 'new snapshot file', change: added('src/__snapshots__/Button.test.tsx.snap', SNAP) },
    {
      name: 'entry appended',
      change: modified('src/__snapshots__/Button.test.tsx.snap', SNAP, `${SNAP}\nexports[\`Total shows zero 1\`] = \`"Total: 0"\`;\n`),
    },
    {
      name: 'entries reordered',
      change: modified(
        'src/__snapshots__/a.snap',
        SNAP,
        SNAP.replace('exports[`Button renders 1`] = `"<button>Save</button>"`;\n\n', '') +
          '\nexports[`Button renders 1`] = `"<button>Save</button>"`;\n',
      ),
    },
    {
      name: 'header comment changed',
      change: modified(
        'src/__snapshots__/a.snap',
        SNAP,
        SNAP.replace('// Jest Snapshot v1, https://goo.gl/fbAQLP', '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html'),
      ),
    },
    { name: 'line endings only', change: modified('src/__snapshots__/a.snap', SNAP, SNAP.replace(/\n/g, '\r\n')) },
    {
      name: 'test renamed, snapshot renamed with it',
      change: modified('src/__snapshots__/a.snap', SNAP, SNAP.replace('Total shows the sum 1', 'Total shows the total 1')),
    },
    { name: 'snapshot file moved unchanged', change: renamed('src/__snapshots__/a.snap', 'src/ui/__snapshots__/a.snap', SNAP, SNAP) },
    { name: 'new ambr entry', change: modified('tests/__snapshots__/test_ui.ambr', AMBR, `${AMBR}# name: test_new\n  'x'\n# ---\n`) },
    { name: 'new image snapshot', change: image(undefined, PNG_A) },
    { name: 'image unchanged bytes', change: image(PNG_A, PNG_A) },
    { name: 'not a snapshot file', change: modified('src/snap.ts', 'export const a = 1;\n', 'export const a = 2;\n') },
    { name: 'snapshot-like names in normal code', change: modified('src/snapshot.ts', SNAP, SNAP.replace('42', '43')) },
  ],
  invalid: [
    {
      name: 'entry rewritten',
      change: modified('src/__snapshots__/Button.test.tsx.snap', SNAP, SNAP.replace('Total: 42', 'Total: 41')),
      errors: [
        {
          messageId: 'rewritten',
          severity: 'medium',
          line: 13,
          message:
            'The change rewrites 1 recorded snapshot in `src/__snapshots__/Button.test.tsx.snap` (`Total shows the sum 1`): whatever the code now outputs is recorded as the expected result.',
        },
      ],
    },
    {
      name: 'three entries rewritten',
      change: modified('src/__snapshots__/a.snap', SNAP, SNAP.replace(/Save/g, 'Sav').replace('42', '0')),
      errors: [
        {
          messageId: 'rewritten',
          message:
            'The change rewrites 3 recorded snapshots in `src/__snapshots__/a.snap` (`Button renders 1`, `Button renders disabled 1` and 1 more): whatever the code now outputs is recorded as the expected result.',
        },
      ],
    },
    {
      name: 'entry removed',
      change: modified('src/__snapshots__/a.snap', SNAP, SNAP.replace('\nexports[`Total shows the sum 1`] = `"Total: 42"`;\n', '')),
      errors: [{ messageId: 'removed', side: 'removed' }],
    },
    {
      name: 'entry rewritten and another removed',
      change: modified(
        'src/__snapshots__/a.snap',
        SNAP,
        SNAP.replace('\nexports[`Total shows the sum 1`] = `"Total: 42"`;\n', '').replace('>Save<', '>Sav<'),
      ),
      errors: [{ messageId: 'rewritten' }, { messageId: 'removed' }],
    },
    {
      name: 'snapshot file deleted',
      change: deleted('src/__snapshots__/a.snap', SNAP),
      errors: [
        {
          messageId: 'deleted',
          severity: 'medium',
          message:
            'The snapshot file `src/__snapshots__/a.snap` is deleted (3 recorded snapshots): the outputs it recorded are no longer checked, or are re-recorded from whatever the code now outputs.',
        },
      ],
    },
    {
      name: 'ambr entry rewritten',
      change: modified('tests/__snapshots__/test_ui.ambr', AMBR, AMBR.replace('Total: 42', 'Total: 7')),
      errors: [{ messageId: 'rewritten', line: 5 }],
    },
    {
      name: 'unknown format in __snapshots__',
      change: modified('src/__snapshots__/page.html', '<b>1</b>\n', '<b>2</b>\n'),
      errors: [{ messageId: 'changedFile' }],
    },
    {
      name: 'image replaced',
      change: image(PNG_A, PNG_B),
      errors: [
        {
          messageId: 'image',
          message:
            'The image snapshot `src/__image_snapshots__/button-1.png` is replaced: the rendering it pinned down is no longer checked as it was.',
        },
      ],
    },
    { name: 'image deleted', change: image(PNG_A, undefined), errors: [{ messageId: 'image' }] },
    {
      name: 'snapshot renamed and rewritten',
      change: renamed('src/__snapshots__/a.snap', 'src/__snapshots__/b.snap', SNAP, SNAP.replace('Total: 42', 'Total: 1')),
      errors: [{ messageId: 'rewritten' }],
    },
    {
      name: 'png in __snapshots__ replaced',
      change: {
        ...modified('x', '', ''),
        oldPath: 'e2e/__snapshots__/home.png',
        newPath: 'e2e/__snapshots__/home.png',
        oldBytes: PNG_A,
        newBytes: bytes('x'),
      },
      errors: [{ messageId: 'image' }],
    },
  ],
});
