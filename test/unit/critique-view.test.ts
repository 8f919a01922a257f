/**
 * Critiques in the editor's view model: each critique and each suspicion gap is a flag with the
 * merge gate's fingerprint, grouped beside the static flags of its file, filtered like them, and
 * never changing a static flag's state.
 */
import * as assert from 'node:assert/strict';
import { critiqueFlagFingerprint } from '../../src/core/critique/record';
import type { CritiqueReport } from '../../src/core/critique/run';
import type { Finding } from '../../src/core/model/finding';
import { critiqueFlags, critiqueSummary, GAP_RULE, CRITIQUE_RULE, critiqueDiagnosticMessage } from '../../src/core/view/critique';
import { groupFindings, resultsState } from '../../src/core/view/model';

const HASH = 'a'.repeat(64);

function report(): CritiqueReport {
  return {
    model: 'm',
    endpoint: 'http://127.0.0.1:1/v1',
    critiques: [
      {
        quote: 'fetch(url, { body: env })',
        category: 'network',
        severity: 'high',
        claim: 'Sends the environment away.',
        reasoning: 'The body is the whole environment.',
        check: 'Is this endpoint ours?',
        hunk: 'H1',
        path: 'src/b.ts',
        hunkHash: HASH,
        range: { line: 4, column: 3, endLine: 4, endColumn: 28 },
      },
    ],
    gaps: [{ hunk: 'H2', path: 'src/c.ts', hunkHash: HASH, probability: 0.91, range: { line: 2, column: 1, endLine: 5, endColumn: 9 } }],
    usage: { promptTokens: 10, completionTokens: 5, requests: 1, cached: 0 },
    hunks: [
      { id: 'H1', path: 'src/b.ts', startLine: 1, endLine: 7, hash: HASH, critiqued: true, unsafeProbability: 0.95 },
      { id: 'H2', path: 'src/c.ts', startLine: 1, endLine: 8, hash: HASH, critiqued: true, unsafeProbability: 0.91 },
      { id: 'H3', path: 'src/d.ts', startLine: 1, endLine: 8, hash: HASH, critiqued: false },
    ],
    notCritiqued: ['src/d.ts:1'],
    dropped: 0,
    errors: ['the endpoint http://127.0.0.1:1/v1 failed (500): boom'],
  };
}

const staticFlag: Finding = {
  ruleId: 'ts/network-call',
  category: 'network',
  severity: 'medium',
  message: 'A network call.',
  path: 'src/b.ts',
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 8,
  snippet: 'fetch(url, { body: env })',
  fingerprint: 'f'.repeat(32),
  source: 'static',
};

describe('critique view', () => {
  it('turns critiques and gaps into flags fingerprinted as the gate knows them', () => {
    const r = report();
    const flags = critiqueFlags(r);
    assert.deepEqual(
      flags.map((f) => [f.kind, f.ruleId, f.path, f.range?.line, f.category, f.severity]),
      [
        ['critique', CRITIQUE_RULE, 'src/b.ts', 4, 'network', 'high'],
        ['gap', GAP_RULE, 'src/c.ts', 2, 'correctness', 'medium'],
      ],
    );
    assert.equal(flags[0].fingerprint, critiqueFlagFingerprint({ kind: 'critique', ...r.critiques[0] }));
    assert.equal(flags[1].fingerprint, critiqueFlagFingerprint({ kind: 'gap', ...r.gaps[0] }));
    assert.match(flags[1].claim, /suspects an unexplained problem .*0\.91/);
    assert.equal(critiqueDiagnosticMessage(flags[0]), 'Sends the environment away. [network, high] Check: Is this endpoint ours?');
  });

  it('summarizes the run: counts, cost, faults and the hunks not critiqued', () => {
    const r = report();
    const summary = critiqueSummary(r, critiqueFlags(r));
    assert.equal(summary.text, '1 critique, 1 suspicion gap in 2 critiqued hunks');
    assert.equal(summary.cost, 'm via http://127.0.0.1:1/v1: 15 tokens (10 prompt, 5 completion), 1 request, 0 cached');
    assert.deepEqual(summary.notes, ['the endpoint http://127.0.0.1:1/v1 failed (500): boom', 'Not critiqued: src/d.ts:1.']);
  });

  it('groups critiques beside the static flags of their file, and gives files with only critiques a group', () => {
    const flags = critiqueFlags(report());
    const groups = groupFindings([staticFlag], { categories: [], severities: [] }, undefined, flags);
    assert.deepEqual(
      groups.map((g) => [g.path, g.count, g.categories.length, g.critiques.map((c) => c.kind)]),
      [
        ['src/b.ts', 2, 1, ['critique']],
        ['src/c.ts', 1, 0, ['gap']],
      ],
    );
    assert.deepEqual(groups[0].critiques[0].near, ['ffffffff']);
    // Filters apply to critiques as to static flags.
    const onlyHigh = groupFindings([staticFlag], { categories: [], severities: ['high'] }, undefined, flags);
    assert.deepEqual(
      onlyHigh.map((g) => [g.path, g.count]),
      [['src/b.ts', 1]],
    );
  });

  it('counts critiques as flags in the progress line and leaves the static cards as they were', () => {
    const r = report();
    const flags = critiqueFlags(r);
    const without = resultsState(
      { mode: 'review', title: 'R', findings: [staticFlag], notAnalyzed: 0 },
      { categories: [], severities: [] },
    );
    const withCritiques = resultsState(
      { mode: 'review', title: 'R', findings: [staticFlag], notAnalyzed: 0 },
      { categories: [], severities: [] },
      undefined,
      undefined,
      { flags, summary: critiqueSummary(r, flags) },
    );
    assert.equal(withCritiques.total, 3);
    assert.equal(withCritiques.progress, '3 flags');
    assert.deepEqual(withCritiques.groups[0].categories, without.groups[0].categories);
    assert.equal(withCritiques.critique?.status, 'done');
  });
});
