/** The sidebar's view model and message protocol (src/core/view). */
import * as assert from 'node:assert/strict';
import type { Finding } from '../../src/core/model/finding';
import { RULES, allRuleMetas } from '../../src/core/rules/index';
import { liveFindings } from '../../src/core/view/live';
import {
  atLeast,
  DIAGNOSTIC_LEVEL,
  diagnosticLevel,
  diagnosticMessage,
  gateStates,
  groupFindings,
  progressLine,
  resultsState,
  statusState,
  statusText,
} from '../../src/core/view/model';
import { parseWebviewMessage } from '../../src/core/view/protocol';
import { ruleMarkdown } from '../../src/core/view/rule-docs';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'ts/eval',
    category: 'dynamic-code',
    severity: 'high',
    message: 'eval runs a string as code.',
    path: 'src/a.ts',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    snippet: 'eval(x)',
    fingerprint: 'f',
    source: 'static',
    ...over,
  };
}

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', 'a\u202Eb\u2066c\u2069', '"; alert(1); "'];

describe('view model', () => {
  const findings = [
    finding({ path: 'src/b.ts', line: 9 }),
    finding({ path: 'src/a.ts', line: 7, category: 'network', ruleId: 'ts/network-request', severity: 'medium' }),
    finding({ path: 'src/a.ts', line: 3, severity: 'low' }),
    finding({ path: 'src/a.ts', line: 5 }),
  ];

  it('groups by file, then category in display order, then severity and line', () => {
    const groups = groupFindings(findings);
    assert.deepEqual(
      groups.map((g) => [g.path, g.count, g.categories.map((c) => [c.category, c.cards.map((k) => `${k.severity}@${k.line}#${k.index}`)])]),
      [
        [
          'src/a.ts',
          3,
          [
            ['network', ['medium@7#1']],
            ['dynamic-code', ['high@5#3', 'low@3#2']],
          ],
        ],
        ['src/b.ts', 1, [['dynamic-code', ['high@9#0']]]],
      ],
    );
    assert.ok(groups.flatMap((g) => g.categories.flatMap((c) => c.cards)).every((c) => c.state === 'open'));
  });

  it('filters by category and severity, keeping indexes into the unfiltered list', () => {
    const byCategory = groupFindings(findings, { categories: ['network'], severities: [] });
    assert.deepEqual(
      byCategory.flatMap((g) => g.categories.flatMap((c) => c.cards.map((k) => k.index))),
      [1],
    );
    const bySeverity = groupFindings(findings, { categories: [], severities: ['high'] });
    assert.deepEqual(
      bySeverity.flatMap((g) => g.categories.flatMap((c) => c.cards.map((k) => k.index))),
      [3, 0],
    );
  });

  it('builds the progress line and counts', () => {
    assert.equal(progressLine(1, 1), '1 flag');
    assert.equal(progressLine(4, 1), '4 flags (1 shown)');
    const state = resultsState({ mode: 'review', title: 'Review', findings, notAnalyzed: 0 }, { categories: ['network'], severities: [] });
    assert.equal(state.progress, '4 flags (1 shown)');
    assert.deepEqual(state.available.categories, [
      { category: 'network', count: 1 },
      { category: 'dynamic-code', count: 3 },
    ]);
    assert.deepEqual(state.available.severities, [
      { severity: 'high', count: 2 },
      { severity: 'medium', count: 1 },
      { severity: 'low', count: 1 },
    ]);
  });

  it('has designed empty states', () => {
    assert.equal(
      resultsState({ mode: 'review', title: 'R', findings: [], notAnalyzed: 0 }, { categories: [], severities: [] }).detail,
      'No flags on the changed lines.',
    );
    const notGit = statusState('not-git', 'Not a git repository', 'use Audit Workspace');
    assert.equal(notGit.status, 'not-git');
    assert.equal(notGit.groups.length, 0);
  });

  it('applies the minimum severity', () => {
    assert.deepEqual(
      atLeast(findings, 'medium').map((f) => f.severity),
      ['high', 'medium', 'high'],
    );
  });

  it('keeps hostile file names, messages and code as plain text in the state', () => {
    const hostile = HOSTILE.map((text, i) => finding({ path: `${text}/f${i}.ts`, message: text, snippet: text, ruleId: 'ts/eval' }));
    const state = resultsState({ mode: 'audit', title: HOSTILE[0], findings: hostile, notAnalyzed: 0 }, { categories: [], severities: [] });
    const cards = state.groups.flatMap((g) => g.categories.flatMap((c) => c.cards));
    for (const text of HOSTILE) {
      const card = cards.find((c) => c.message === text);
      assert.ok(card, text);
      assert.equal(card.snippet, text);
      assert.ok(card.path.startsWith(text));
    }
    // The message to the webview is JSON: it survives a round trip byte for byte.
    assert.deepEqual(JSON.parse(JSON.stringify({ type: 'state', state })).state, state);
  });

  it('maps severities and messages for diagnostics in one table', () => {
    assert.deepEqual(DIAGNOSTIC_LEVEL, { high: 'error', medium: 'warning', low: 'information', info: 'hint' });
    assert.equal(diagnosticMessage(finding({})), 'eval runs a string as code. [dynamic-code, high]');
    assert.equal(statusText(3), 'Airlock: 3 open');
  });
});

describe('webview messages', () => {
  it('accepts exactly the allow-listed shapes', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', index: 3 }), { type: 'open', index: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'explain', index: 0 }), { type: 'explain', index: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'closeExplain' }), { type: 'closeExplain' });
    assert.deepEqual(parseWebviewMessage({ type: 'filter', categories: ['network'], severities: ['high', 'low'] }), {
      type: 'filter',
      categories: ['network'],
      severities: ['high', 'low'],
    });
    assert.deepEqual(parseWebviewMessage({ type: 'action', action: 'audit' }), { type: 'action', action: 'audit' });
  });

  const rejected: [string, unknown][] = [
    ['not an object', 'open'],
    ['null', null],
    ['an array', [{ type: 'ready' }]],
    ['an unknown type', { type: 'command', command: 'workbench.action.terminal.new' }],
    ['a command id as action', { type: 'action', action: 'workbench.action.terminal.sendSequence' }],
    ['an extra key', { type: 'open', index: 1, command: 'x' }],
    ['a missing key', { type: 'open' }],
    ['a string index', { type: 'open', index: '1' }],
    ['a negative index', { type: 'open', index: -1 }],
    ['a fractional index', { type: 'open', index: 1.5 }],
    ['an unknown category', { type: 'filter', categories: ['<img src=x onerror=alert(1)>'], severities: [] }],
    ['duplicate severities', { type: 'filter', categories: [], severities: ['high', 'high'] }],
    ['a non-array filter', { type: 'filter', categories: 'network', severities: [] }],
    ['a prototype-polluting object', JSON.parse('{"type":"ready","__proto__":{"x":1}}')],
    [
      'a class instance',
      new (class {
        type = 'ready';
      })(),
    ],
  ];
  for (const [name, value] of rejected) {
    it(`rejects ${name}`, () => {
      assert.equal(parseWebviewMessage(value), undefined);
    });
  }
});

describe('live re-analysis', () => {
  const base = 'export function add(a: number, b: number) {\n  return a + b;\n}\n';
  const risky = 'export function add(a: number, b: number) {\n  return eval(`${a} + ${b}`);\n}\n';

  it('flags only lines changed relative to the base', () => {
    const withOld = `eval(old);\n${risky}`;
    const live = liveFindings({ path: 'src/add.ts', text: withOld, baseText: `eval(old);\n${base}`, rules: RULES, previous: [] });
    assert.deepEqual(
      live.map((f) => [f.ruleId, f.line]),
      [['ts/eval', 3]],
    );
  });

  it('drops a flag once the line is fixed, and keeps diff-rule flags from the review', () => {
    const carried = { ...finding({ ruleId: 'diff/test-case-removed', path: 'src/add.ts' }), code: '', messageId: 'removed' };
    const fixed = liveFindings({ path: 'src/add.ts', text: base, baseText: base, rules: RULES, previous: [carried] });
    assert.deepEqual(
      fixed.map((f) => f.ruleId),
      ['diff/test-case-removed'],
    );
  });

  it('treats every line of an added file as changed', () => {
    const live = liveFindings({ path: 'src/new.ts', text: risky, baseText: undefined, rules: RULES, previous: [] });
    assert.ok(live.some((f) => f.ruleId === 'ts/eval' && f.side === 'new'));
  });
});

describe('rule documentation', () => {
  it('renders every rule, fencing examples so they stay text', () => {
    for (const meta of allRuleMetas()) {
      const md = ruleMarkdown(meta);
      assert.ok(md.startsWith(`# ${meta.id}\n`));
      assert.ok(md.includes(meta.why));
    }
    const md = ruleMarkdown({ ...allRuleMetas()[0], incorrect: ['a ``` b'], correct: [] });
    assert.ok(md.includes('````text\na ``` b\n````'));
  });
});

describe('view model: the merge gate', () => {
  it('names the gate’s verdict in the status bar, and falls back to open flags without it', () => {
    const view = (status: 'blocked' | 'ready' | 'error', blocking: number) => ({ status, text: '', blocking, resolved: 0, total: 3 });
    assert.equal(statusText(3, view('blocked', 2)), 'Airlock: merge blocked (2)');
    assert.equal(statusText(3, view('ready', 0)), 'Airlock: ready to merge');
    assert.equal(statusText(3, view('error', 0)), 'Airlock: gate error');
    assert.equal(statusText(3), 'Airlock: 3 open');
    assert.equal(statusText(undefined), 'Airlock');
  });

  it('reports a gate that cannot decide as an error, not as ready', () => {
    const states = gateStates({
      blocked: true,
      flags: [],
      setAside: [],
      errors: ['two records at the same time'],
      signaturesRequired: true,
    });
    assert.equal(states.view.status, 'error');
    assert.match(states.view.text, /cannot decide: two records/);
  });
});

describe('view model: diagnostics of judged flags', () => {
  const base = { message: 'Runs a command.', category: 'process' as const, severity: 'high' as const };
  const judged = (state: 'resolved' | 'stale' | 'unresolved') =>
    ({
      state,
      reason: 'the flagged code changed',
      resolution: {
        action: 'resolve',
        verdict: 'accepted-risk',
        note: '',
        reviewer: { name: 'Rita', email: 'r@example.com', keyId: 'k' },
        time: 't',
        ledgerLine: 1,
      },
    }) as unknown as Parameters<typeof diagnosticMessage>[1];

  it('keeps a resolved flag listed, as information, with a message that names the verdict and the reviewer', () => {
    assert.equal(diagnosticMessage(base, judged('resolved')), 'Runs a command. [process, high] (resolved: accepted-risk by Rita)');
    assert.equal(diagnosticLevel(base, judged('resolved')), 'information');
    assert.equal(diagnosticLevel(base, judged('stale')), 'error');
    assert.equal(diagnosticMessage(base, judged('stale')), 'Runs a command. [process, high] (stale: the flagged code changed)');
    assert.equal(diagnosticMessage(base, judged('unresolved')), 'Runs a command. [process, high]');
  });
});

describe('view model: the state filter', () => {
  it('counts flags per state and shows only the chosen states', () => {
    const findings = [1, 2, 3].map((line) => finding({ line, endLine: line, fingerprint: String(line).repeat(32) }));
    const flag = (f: Finding, state: 'resolved' | 'stale' | 'unresolved') => ({
      ...f,
      codeHash: '0'.repeat(64),
      occurrence: 0,
      state,
      reason: state,
      blocking: state !== 'resolved',
    });
    const gate = gateStates({
      blocked: true,
      errors: [],
      setAside: [],
      signaturesRequired: true,
      flags: [flag(findings[0], 'resolved'), flag(findings[1], 'stale'), flag(findings[2], 'unresolved')],
    });
    const all = resultsState({ mode: 'review', title: 'R', findings, notAnalyzed: 0 }, { categories: [], severities: [] }, undefined, gate);
    assert.deepEqual(all.available.states, [
      { state: 'unresolved', count: 1 },
      { state: 'stale', count: 1 },
      { state: 'resolved', count: 1 },
    ]);
    const open = resultsState(
      { mode: 'review', title: 'R', findings, notAnalyzed: 0 },
      { categories: [], severities: [], states: ['unresolved', 'stale'] },
      undefined,
      gate,
    );
    assert.deepEqual(
      open.groups.flatMap((g) => g.categories.flatMap((c) => c.cards.map((k) => [k.line, k.state]))),
      [
        [2, 'stale'],
        [3, 'unresolved'],
      ],
    );
    assert.equal(open.progress, '1 of 3 resolved (2 shown)');
    assert.deepEqual(parseWebviewMessage({ type: 'filter', categories: [], severities: [], states: ['stale'] }), {
      type: 'filter',
      categories: [],
      severities: [],
      states: ['stale'],
    });
    assert.equal(parseWebviewMessage({ type: 'filter', categories: [], severities: [], states: ['approved-by-model'] }), undefined);
  });
});
