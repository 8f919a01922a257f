import { defineDiffRule } from '../../engine/rule';
import { isExecutableMode } from '../../diff/change';
import { bytes } from '../support/bytes';

export default defineDiffRule({
  meta: {
    id: 'diff/executable-bit',
    category: 'process',
    severity: 'medium',
    summary: 'A file made executable by the change.',
    why:
      'An executable bit turns a file into something a shell, a hook or a CI step can run directly. Agents set it on scripts ' +
      'they intend to run; a reviewer should know which files gained it and read them as programs.',
    incorrect: [
      {
        change: {
          status: 'modified',
          oldPath: 'run.sh',
          newPath: 'run.sh',
          oldMode: '100644',
          newMode: '100755',
          oldBytes: bytes('echo hi\n'),
          newBytes: bytes('echo hi\n'),
        },
      },
      { change: { status: 'added', newPath: 'scripts/setup', newMode: '100755', newBytes: bytes('#!/bin/sh\necho hi\n') } },
    ],
    correct: [
      {
        change: {
          status: 'modified',
          oldPath: 'run.sh',
          newPath: 'run.sh',
          oldMode: '100755',
          newMode: '100755',
          oldBytes: bytes('a\n'),
          newBytes: bytes('b\n'),
        },
      },
      { change: { status: 'added', newPath: 'src/a.ts', newMode: '100644', newBytes: bytes('export {}\n') } },
    ],
    messages: {
      madeExecutable: 'The change makes `{{path}}` executable (mode {{oldMode}} -> {{newMode}}).',
      addedExecutable: 'The change adds `{{path}}` as an executable file.',
    },
  },
  check(ctx) {
    const { change } = ctx;
    if (!change.newPath || !isExecutableMode(change.newMode)) {
      return;
    }
    if (change.status === 'added' || change.oldMode === undefined) {
      ctx.report({ messageId: 'addedExecutable', data: { path: change.newPath }, severity: 'low' });
    } else if (!isExecutableMode(change.oldMode)) {
      ctx.report({
        messageId: 'madeExecutable',
        data: { path: change.newPath, oldMode: change.oldMode, newMode: change.newMode ?? '' },
      });
    }
  },
});
