import { defineDiffRule } from '../../engine/rule';
import { modified } from '../support/changes';
import { oldToNew, raisedWhenCodeChanged, testChanges } from '../support/tests-compare';
import { shorten } from '../support/tests-model';

const BEFORE = `it('creates a user', async () => {
  const user = await createUser({ name: 'ann' });
  expect(user.id).toBeGreaterThan(0);
  expect(user.name).toBe('ann');
});
`;

export default defineDiffRule({
  meta: {
    id: 'diff/assertion-removed',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: 'Assertions removed from a test that stays (`expect`, `assert.*`, `t.is`, `should`, Python `assert`/`self.assert*`).',
    why:
      'Deleting the one assertion that fails keeps the test, its name and its green tick, and removes exactly the check the ' +
      'code did not meet. An assertion moved elsewhere in the file, reformatted, or rewritten into another assertion is not flagged.',
    incorrect: [
      { change: modified('test/user.test.ts', BEFORE, BEFORE.replace("  expect(user.name).toBe('ann');\n", '')) },
      {
        change: modified(
          'tests/test_user.py',
          'def test_user():\n    user = create_user("ann")\n    assert user.id > 0\n    assert user.name == "ann"\n',
          'def test_user():\n    user = create_user("ann")\n    assert user.id > 0\n',
        ),
      },
    ],
    correct: [
      { change: modified('test/user.test.ts', BEFORE, BEFORE.replace("toBe('ann')", 'toBe("ann")')) },
      {
        change: modified(
          'test/user.test.ts',
          BEFORE,
          BEFORE.replace("expect(user.name).toBe('ann');", "expect(user).toMatchObject({ name: 'ann' });"),
        ),
      },
    ],
    messages: {
      removed: 'The assertion `{{assertion}}` is removed from {{where}} and not replaced: the test no longer checks it.',
    },
  },
  check(ctx) {
    const changes = testChanges(ctx);
    if (!changes || changes.removedAssertions.length === 0) {
      return;
    }
    const toNew = oldToNew(ctx);
    const severity = raisedWhenCodeChanged(ctx, 'medium');
    for (const old of changes.removedAssertions) {
      const where = old.owner !== undefined ? `the test \`${shorten(old.owner, 60)}\`` : `\`${ctx.change.newPath}\``;
      ctx.report({
        messageId: 'removed',
        data: { assertion: shorten(old.snippet), where },
        severity,
        line: toNew(old.line),
        side: 'removed',
        snippet: old.snippet,
      });
    }
  },
});
