import { defineDiffRule } from '../../engine/rule';
import { MODE_SYMLINK } from '../../diff/change';
import { bytes, text } from '../support/bytes';

/** Where a link at `linkPath` (repository-relative) resolves, lexically; undefined when outside. */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\\\') || target.startsWith('~')) {
    return undefined;
  }
  const parts = linkPath.split('/').slice(0, -1);
  for (const part of target.split(/[\\/]/)) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (parts.length === 0) {
        return undefined;
      }
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

export default defineDiffRule({
  meta: {
    id: 'diff/symlink',
    category: 'filesystem',
    severity: 'low',
    summary: 'A symbolic link added or retargeted by the change; high when it points outside the repository or into .git.',
    why:
      'A symlink makes every tool that follows it read or write somewhere else: a link to ~/.ssh or /etc inside a repository ' +
      'turns an innocent "read the config file" into a credential read, and a link into .git lets later writes change hooks.',
    incorrect: [
      { change: { status: 'added', newPath: 'config/keys', newMode: '120000', newBytes: bytes('/home/user/.ssh') } },
      { change: { status: 'added', newPath: 'docs/link', newMode: '120000', newBytes: bytes('../../outside') } },
      { change: { status: 'added', newPath: 'hooks', newMode: '120000', newBytes: bytes('.git/hooks') } },
      { change: { status: 'added', newPath: 'docs/readme', newMode: '120000', newBytes: bytes('../README.md') } },
    ],
    correct: [{ change: { status: 'added', newPath: 'docs/readme.md', newMode: '100644', newBytes: bytes('# hi\n') } }],
    messages: {
      outside: 'Symlink `{{path}}` points outside the repository (to `{{target}}`).',
      gitDir: "Symlink `{{path}}` points into the repository's .git directory (`{{target}}`).",
      inside: 'Symlink `{{path}}` added, pointing to `{{target}}`.',
      retargeted: 'Symlink `{{path}}` now points to `{{target}}` (was `{{oldTarget}}`).',
    },
  },
  check(ctx) {
    const { change } = ctx;
    if (!change.newPath || change.newMode !== MODE_SYMLINK) {
      return;
    }
    const target = text(change.newBytes);
    const oldTarget = change.oldMode === MODE_SYMLINK ? text(change.oldBytes) : undefined;
    if (oldTarget === target) {
      return;
    }
    const data = { path: change.newPath, target: target.slice(0, 300), oldTarget: (oldTarget ?? '').slice(0, 300) };
    const resolved = resolveLinkTarget(change.newPath, target);
    if (resolved === undefined) {
      ctx.report({ messageId: 'outside', data, severity: 'high' });
    } else if (resolved === '.git' || resolved.startsWith('.git/')) {
      ctx.report({ messageId: 'gitDir', data, severity: 'high' });
    } else {
      ctx.report({ messageId: oldTarget === undefined ? 'inside' : 'retargeted', data });
    }
  },
});
