import { defineDiffRule } from '../../engine/rule';
import { MODE_SUBMODULE } from '../../diff/change';

export default defineDiffRule({
  meta: {
    id: 'diff/submodule',
    category: 'supply-chain',
    severity: 'medium',
    summary: 'A git submodule added, removed or moved to another commit.',
    why:
      'A submodule pointer brings in code from another repository at a commit this review never shows. Moving it is a one-line ' +
      'change in the diff and an arbitrary amount of new code in the build.',
    incorrect: [
      { change: { status: 'added', newPath: 'vendor/lib', newMode: '160000', newCommit: 'a'.repeat(40) } },
      {
        change: {
          status: 'modified',
          oldPath: 'vendor/lib',
          newPath: 'vendor/lib',
          oldMode: '160000',
          newMode: '160000',
          oldCommit: 'a'.repeat(40),
          newCommit: 'b'.repeat(40),
        },
      },
    ],
    correct: [{ change: { status: 'deleted', oldPath: 'vendor/lib', oldMode: '160000', oldCommit: 'a'.repeat(40) } }],
    messages: {
      added: 'Submodule `{{path}}` added at commit {{commit}}: its code is not part of this review.',
      moved: 'Submodule `{{path}}` moved from {{oldCommit}} to {{commit}}: the new commits are not part of this review.',
    },
  },
  check(ctx) {
    const { change } = ctx;
    if (!change.newPath || change.newMode !== MODE_SUBMODULE) {
      return;
    }
    const commit = (change.newCommit ?? 'unknown').slice(0, 12);
    if (change.oldMode !== MODE_SUBMODULE) {
      ctx.report({ messageId: 'added', data: { path: change.newPath, commit } });
    } else if (change.oldCommit !== change.newCommit) {
      ctx.report({ messageId: 'moved', data: { path: change.newPath, commit, oldCommit: (change.oldCommit ?? 'unknown').slice(0, 12) } });
    }
  },
});
