/**
 * An ESLint-style rule tester: each row of a rule's table becomes a mocha test. Strict about the
 * table itself: an invalid row without expected findings, an unknown key, an unknown message id
 * or a duplicate row is an error. All mismatches of a row are reported together.
 */
import * as assert from 'node:assert/strict';
import { analyzeText, type EngineFinding } from '../src/core/engine/analyze';
import type { DiffRule, PyRule, Rule, TextRule, TsRule } from '../src/core/engine/rule';
import { runDiffRules } from '../src/core/engine/diff-rules';
import type { FileChange } from '../src/core/diff/change';
import type { Category, Severity } from '../src/core/model/finding';
import { decodeBytes } from '../src/core/text/decode';
import { LineIndex } from '../src/core/text/lines';

export interface ValidRow {
  code: string;
  filename?: string;
  name?: string;
}

export interface ExpectedFinding {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  message?: string;
  side?: 'new' | 'removed';
  category?: Category;
}

export interface InvalidRow extends ValidRow {
  errors: ExpectedFinding[];
}

const ROW_KEYS = new Set(['code', 'filename', 'name', 'errors']);
const ERROR_KEYS = new Set(['messageId', 'line', 'column', 'endLine', 'endColumn', 'severity', 'message', 'side', 'category']);

/** Runs one JS/TS or text rule on a file, the way a scan would. */
export function runTs(rule: Rule, code: string, filename = rule.kind === 'py' ? 'src/example.py' : 'src/example.ts'): EngineFinding[] {
  const result = analyzeText(filename, code, { rules: [rule], mode: 'scan' });
  return result.findings;
}

export function ruleTester(rule: TsRule | TextRule | PyRule, tests: { valid: (string | ValidRow)[]; invalid: InvalidRow[] }): void {
  const seen = new Set<string>();
  const checkRow = (row: ValidRow | InvalidRow, invalid: boolean): void => {
    for (const key of Object.keys(row)) {
      if (!ROW_KEYS.has(key) || (!invalid && key === 'errors')) {
        throw new Error(`${rule.meta.id}: unknown key "${key}" in test row ${JSON.stringify(row.code)}`);
      }
    }
    const id = `${row.filename ?? ''}\u0000${row.code}`;
    if (seen.has(id)) {
      throw new Error(`${rule.meta.id}: duplicate test row ${JSON.stringify(row.code)}`);
    }
    seen.add(id);
  };

  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of tests.valid) {
        const row = typeof raw === 'string' ? { code: raw } : raw;
        checkRow(row, false);
        it(row.name ?? row.code, () => {
          const findings = runTs(rule, row.code, row.filename);
          const crashes = findings.filter((f) => f.ruleId !== rule.meta.id);
          assert.deepEqual(
            crashes.map((f) => f.message),
            [],
            'the rule must not crash or fail to parse',
          );
          assert.deepEqual(
            findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`),
            [],
            'expected no findings',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const row of tests.invalid) {
        checkRow(row, true);
        if (!Array.isArray(row.errors) || row.errors.length === 0) {
          throw new Error(`${rule.meta.id}: invalid row ${JSON.stringify(row.code)} expects no findings`);
        }
        for (const error of row.errors) {
          for (const key of Object.keys(error)) {
            if (!ERROR_KEYS.has(key)) {
              throw new Error(`${rule.meta.id}: unknown key "${key}" in expected finding of ${JSON.stringify(row.code)}`);
            }
          }
          if (!(error.messageId in rule.meta.messages)) {
            throw new Error(`${rule.meta.id}: unknown messageId "${error.messageId}" in ${JSON.stringify(row.code)}`);
          }
        }
        it(row.name ?? row.code, () => {
          const findings = runTs(rule, row.code, row.filename).sort((a, b) => a.line - b.line || a.column - b.column);
          const problems: string[] = [];
          const crashes = findings.filter((f) => f.ruleId !== rule.meta.id);
          for (const crash of crashes) {
            problems.push(`unexpected ${crash.ruleId}: ${crash.message}`);
          }
          const own = findings.filter((f) => f.ruleId === rule.meta.id);
          if (own.length !== row.errors.length) {
            problems.push(
              `expected ${row.errors.length} finding(s), got ${own.length}: ${JSON.stringify(own.map((f) => `${f.line}:${f.column} ${f.messageId}`))}`,
            );
          }
          row.errors.forEach((expected, i) => {
            const actual = own[i];
            if (!actual) {
              return;
            }
            for (const key of Object.keys(expected) as (keyof ExpectedFinding)[]) {
              if (actual[key] !== expected[key]) {
                problems.push(`finding ${i + 1}: ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(expected[key])}`);
              }
            }
          });
          if (problems.length > 0) {
            assert.fail(`${problems.join('\n')}\n(code: ${row.code})`);
          }
        });
      }
    });
  });
}

export interface DiffRow {
  name: string;
  change: FileChange;
  /** Every path in the change (defaults to this file's paths). */
  changedPaths?: string[];
}

function textOf(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) {
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/** Runs one diff rule on a change the way a review does: both versions decoded, the new one indexed by line. */
export function runDiff(rule: DiffRule, change: FileChange, changedPaths?: readonly string[]): EngineFinding[] {
  const oldText = textOf(change.oldBytes);
  const newText = textOf(change.newBytes);
  const paths = changedPaths ?? [change.oldPath, change.newPath].filter((p): p is string => p !== undefined);
  return runDiffRules(change, [rule], newText !== undefined ? new LineIndex(newText) : undefined, {
    oldText,
    newText,
    changedPaths: [...new Set(paths)].sort(),
  });
}

export interface InvalidDiffRow extends DiffRow {
  errors: ExpectedFinding[];
}

/** The same strictness for rules that look at a whole file change. */
export function diffRuleTester(rule: DiffRule, tests: { valid: DiffRow[]; invalid: InvalidDiffRow[] }): void {
  const names = new Set<string>();
  const check = (row: DiffRow): void => {
    if (names.has(row.name)) {
      throw new Error(`${rule.meta.id}: duplicate test row "${row.name}"`);
    }
    names.add(row.name);
  };
  describe(rule.meta.id, () => {
    for (const row of tests.valid) {
      check(row);
      it(`valid: ${row.name}`, () => {
        assert.deepEqual(
          runDiff(rule, row.change, row.changedPaths).map((f) => f.message),
          [],
        );
      });
    }
    for (const row of tests.invalid) {
      check(row);
      if (row.errors.length === 0) {
        throw new Error(`${rule.meta.id}: invalid row "${row.name}" expects no findings`);
      }
      for (const error of row.errors) {
        if (!(error.messageId in rule.meta.messages)) {
          throw new Error(`${rule.meta.id}: unknown messageId "${error.messageId}" in "${row.name}"`);
        }
      }
      it(`invalid: ${row.name}`, () => {
        const findings = runDiff(rule, row.change, row.changedPaths);
        const problems: string[] = [];
        if (findings.length !== row.errors.length) {
          problems.push(
            `expected ${row.errors.length} finding(s), got ${findings.length}: ${JSON.stringify(findings.map((f) => f.message))}`,
          );
        }
        row.errors.forEach((expected, i) => {
          const actual = findings[i];
          for (const key of Object.keys(expected) as (keyof ExpectedFinding)[]) {
            if (actual && actual[key] !== expected[key]) {
              problems.push(`finding ${i + 1}: ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(expected[key])}`);
            }
          }
        });
        if (problems.length > 0) {
          assert.fail(problems.join('\n'));
        }
      });
    }
  });
}
