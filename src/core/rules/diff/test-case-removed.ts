import { defineDiffRule } from '../../engine/rule';
import { modified } from '../support/changes';
import { oldToNew, raisedWhenCodeChanged, testChanges } from '../support/tests-compare';
import { isPythonPath } from '../support/tests-paths';
import { shorten } from '../support/tests-model';

/** Lines of a deleted test quoted in its finding. */
const MAX_SNIPPET_LINES = 12;

const BEFORE = `describe('parse', () => {
  it('parses numbers', () => {
    expect(parse('1')).toBe(1);
  });
  it('rejects garbage', () => {
    expect(() => parse('x')).toThrow(SyntaxError);
  });
});
`;

export default defineDiffRule({
  meta: {
    id: 'diff/test-case-removed',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: 'Test cases deleted, emptied, cut short by a `return`, or stripped of every assertion in a test file that stays.',
    why:
      'The quickest way for an agent to make a failing test pass is to remove it or to leave its name with nothing inside. ' +
      'The test count barely moves and the suite turns green. Renamed tests with the same body, and tests moved within the file, are not flagged.',
    incorrect: [
      { change: modified('test/parse.test.ts', BEFORE, BEFORE.replace(/ {2}it\('rejects garbage'[\s\S]*?\n {2}\}\);\n/, '')) },
      { change: modified('test/parse.test.ts', BEFORE, BEFORE.replace("expect(() => parse('x')).toThrow(SyntaxError);", '')) },
      { change: modified('tests/test_parse.py', 'def test_parse():\n    assert parse("1") == 1\n', 'def test_parse():\n    pass\n') },
    ],
    correct: [
      { change: modified('test/parse.test.ts', BEFORE, BEFORE.replace('parses numbers', 'parses integers')) },
      {
        change: modified(
          'test/parse.test.ts',
          BEFORE,
          BEFORE.replace('});\n', "});\n  it('parses floats', () => {\n    expect(parse('1.5')).toBe(1.5);\n  });\n"),
        ),
      },
    ],
    messages: {
      removed: 'The test `{{name}}` is deleted from `{{path}}`: the check it made no longer runs.',
      emptied: 'The test `{{name}}` is emptied: it still runs and passes, but checks nothing.',
      earlyReturn: 'The test `{{name}}` now starts with `return`: the rest of its body, assertions included, never runs.',
      noAssertions: 'The test `{{name}}` lost all its assertions ({{count}} removed): it still runs and passes, but checks nothing.',
      skipped: 'The test `{{name}}` is now skipped (`{{marker}}`): it no longer runs.',
    },
  },
  check(ctx) {
    const changes = testChanges(ctx);
    if (!changes) {
      return;
    }
    const path = ctx.change.newPath as string;
    const toNew = oldToNew(ctx);
    const severity = raisedWhenCodeChanged(ctx, 'medium');
    const oldLines = changes.removedTests.length > 0 ? (ctx.oldText ?? '').split(/\r\n|\n|\r/) : [];
    for (const old of changes.removedTests) {
      // The deleted test as it was (its first lines): what it checked is the point.
      const body = oldLines.slice(old.line - 1, Math.min(old.endLine, old.line + MAX_SNIPPET_LINES - 1));
      ctx.report({
        messageId: 'removed',
        data: { name: shorten(old.name), path },
        severity,
        line: toNew(old.line),
        side: 'removed',
        snippet: body.length > 0 && body[0].includes(old.snippet.trim()) ? body.join('\n') : old.snippet,
      });
    }
    for (const { old, now, how } of changes.emptied) {
      const data = { name: shorten(now.name), count: old.assertions.length };
      ctx.report({ messageId: how, data, severity: how === 'noAssertions' ? severity : 'high', line: now.line });
    }
    if (isPythonPath(path)) {
      // JS/TS skips are ts/test-focus-skip's (it sees `.skip` and `xit` on the added line).
      const lines = (ctx.newText ?? '').split(/\r\n|\n|\r/);
      for (const { now } of changes.disabled) {
        const line = now.disabledLine ?? now.line;
        ctx.report({ messageId: 'skipped', data: { name: shorten(now.name), marker: shorten(lines[line - 1] ?? '', 60) }, line });
      }
    }
  },
});
