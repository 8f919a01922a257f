import { defineDiffRule } from '../../engine/rule';
import { added, deleted, modified } from '../support/changes';
import { snapshotKind } from '../support/tests-paths';
import { shorten } from '../support/tests-model';

const SNAP = '// Jest Snapshot v1\n\nexports[`Button renders 1`] = `"<button>Save</button>"`;\n';

interface Entry {
  name: string;
  body: string;
  line: number;
}

/** Entries of a Jest/Vitest `.snap` (`exports[`name`] = ...`) or a syrupy `.ambr` (`# name: ...`) file. */
function entries(text: string): Map<string, Entry> | undefined {
  const header = /^(?:exports\[`((?:[^`\\\n]|\\.){0,2000})`\][ \t]*=|#[ \t]*name:[ \t]*([^\n]{1,2000}))/gm;
  const marks: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(header)) {
    marks.push({ name: (m[1] ?? m[2]).trim(), start: m.index, end: m.index + m[0].length });
  }
  if (marks.length === 0) {
    return undefined;
  }
  const out = new Map<string, Entry>();
  let line = 1;
  let at = 0;
  marks.forEach((mark, i) => {
    const body = text
      .slice(mark.end, i + 1 < marks.length ? marks[i + 1].start : text.length)
      .replace(/\r\n?/g, '\n')
      .trim();
    for (; at < mark.start; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
      }
    }
    out.set(mark.name, { name: mark.name, body, line });
  });
  return out;
}

function names(list: Entry[]): string {
  const shown = list.slice(0, 2).map((e) => `\`${shorten(e.name, 50)}\``);
  return list.length > 2 ? `${shown.join(', ')} and ${list.length - 2} more` : shown.join(', ');
}

function plural(n: number, word: string): string {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}

export default defineDiffRule({
  meta: {
    id: 'diff/snapshot-changed',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: 'Recorded snapshots rewritten or deleted (`*.snap`, `__snapshots__/`, `*.ambr`, `__image_snapshots__/`).',
    why:
      'A snapshot test passes when the output matches what was recorded, so re-recording the snapshot (`jest -u`) makes any ' +
      'output pass, wrong output included. Agents do this to make failing snapshot tests green, and the rewritten snapshot is ' +
      'rarely read. New snapshot files and new entries are not flagged: they record new tests, reviewed with them.',
    incorrect: [
      { change: modified('src/__snapshots__/Button.test.tsx.snap', SNAP, SNAP.replace('Save', 'Sav')) },
      { change: deleted('src/__snapshots__/Button.test.tsx.snap', SNAP) },
    ],
    correct: [
      { change: added('src/__snapshots__/Button.test.tsx.snap', SNAP) },
      {
        change: modified(
          'src/__snapshots__/Button.test.tsx.snap',
          SNAP,
          `${SNAP}\nexports[\`Button renders disabled 1\`] = \`"<button disabled>Save</button>"\`;\n`,
        ),
      },
    ],
    messages: {
      rewritten:
        'The change rewrites {{changed}} in `{{path}}` ({{names}}): whatever the code now outputs is recorded as the expected result.',
      removed: 'The change removes {{removed}} from `{{path}}` ({{names}}): the output they pinned down is no longer checked.',
      deleted:
        'The snapshot file `{{path}}` is deleted ({{count}}): the outputs it recorded are no longer checked, or are re-recorded from whatever the code now outputs.',
      changedFile: 'The snapshot file `{{path}}` is rewritten: whatever the code now outputs is recorded as the expected result.',
      image: 'The image snapshot `{{path}}` is {{how}}: the rendering it pinned down is no longer checked as it was.',
    },
  },
  check(ctx) {
    const { change, oldText, newText } = ctx;
    const path = change.newPath ?? change.oldPath;
    const kind = path ? snapshotKind(path) : undefined;
    if (!path || !kind || change.status === 'added' || change.oldPath === undefined || !snapshotKind(change.oldPath)) {
      return;
    }
    if (kind === 'image' || oldText === undefined) {
      const same =
        change.oldBytes &&
        change.newBytes &&
        change.oldBytes.length === change.newBytes.length &&
        change.oldBytes.every((b, i) => b === change.newBytes?.[i]);
      if (!same) {
        ctx.report({ messageId: 'image', data: { path, how: change.status === 'deleted' ? 'deleted' : 'replaced' } });
      }
      return;
    }
    const before = entries(oldText);
    if (change.status === 'deleted' || newText === undefined) {
      ctx.report({
        messageId: 'deleted',
        data: { path, count: plural(before?.size ?? 0, 'recorded snapshot') },
        side: 'removed',
        snippet: oldText.split('\n')[0],
      });
      return;
    }
    if (oldText.replace(/\r\n?/g, '\n') === newText.replace(/\r\n?/g, '\n')) {
      return;
    }
    const after = entries(newText);
    if (!before || !after) {
      ctx.report({ messageId: 'changedFile', data: { path }, line: ctx.lineChanges().added.values().next().value ?? 1 });
      return;
    }
    const changed = [...before.values()].flatMap((e) => {
      const now = after.get(e.name);
      return now && now.body !== e.body ? [now] : [];
    });
    // A renamed test keeps its recorded output under a new name.
    const addedBodies = new Set([...after.values()].filter((e) => !before.has(e.name)).map((e) => e.body));
    const removed = [...before.values()].filter((e) => !after.has(e.name) && !addedBodies.has(e.body));
    if (changed.length > 0) {
      ctx.report({
        messageId: 'rewritten',
        data: { path, changed: plural(changed.length, 'recorded snapshot'), names: names(changed) },
        line: changed[0].line,
        endLine: Math.max(changed[0].line, ...ctx.lineChanges().added),
      });
    }
    if (removed.length > 0) {
      const anchor = ctx.lineChanges().removed[0]?.anchor ?? 1;
      ctx.report({
        messageId: 'removed',
        data: { path, removed: plural(removed.length, 'recorded snapshot'), names: names(removed) },
        line: anchor,
        side: 'removed',
        snippet: `exports[\`${removed[0].name}\`]`,
      });
    }
  },
});
