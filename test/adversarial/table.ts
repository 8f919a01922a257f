/**
 * The red-team table: changes written the way an attacker who knows Airlock's rules would write
 * them, each with the flags a reviewer must still see. `test/adversarial/evasion.test.ts` turns
 * every row into a test; `npm run bench:quality` reports the catch rate per technique.
 *
 * A row is a change: `files` is the new version of every file it touches (added unless the file is
 * also in `base`, the version before). Each expected flag names the file, the 1-based line and the
 * category it must be flagged in; `rule` pins the rule id when the row is about one rule.
 */
import { reviewChanges } from '../../src/core/review/review';
import { RULES } from '../../src/core/rules/index';
import type { FileChange } from '../../src/core/diff/change';
import { isCategory, type Category, type Finding } from '../../src/core/model/finding';

export const TECHNIQUES = [
  /** Names assembled at run time: concatenation, templates, join/reverse/split, char codes, decoding. */
  'computed-name',
  /** Aliasing through objects, arrays, wrappers, re-exports, Reflect, Proxy, getters, decorators. */
  'indirection',
  /** Code carried as data: strings run as code, data files, scripts, fixtures, odd extensions. */
  'hiding-place',
  /** Text that renders differently from how it parses, or is not visible at all. */
  'unicode',
  /** Layout tricks: minified lines, long lines past the right edge, many blank lines. */
  'layout',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface ExpectedFlag {
  file: string;
  line: number;
  category: Category;
  rule?: string;
}

export interface EvasionCase {
  /** What the attacker does, in a few words; unique across the table. */
  name: string;
  technique: Technique;
  language: 'js' | 'py' | 'text';
  files: Record<string, string>;
  base?: Record<string, string>;
  expect: ExpectedFlag[];
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The change a row describes, as the review engine receives it. */
export function changesOf(row: EvasionCase): FileChange[] {
  const changes: FileChange[] = [];
  for (const [path, text] of Object.entries(row.files)) {
    const before = row.base?.[path];
    changes.push(
      before === undefined
        ? { status: 'added', newPath: path, newMode: '100644', newBytes: enc(text) }
        : {
            status: 'modified',
            oldPath: path,
            newPath: path,
            oldMode: '100644',
            newMode: '100644',
            oldBytes: enc(before),
            newBytes: enc(text),
          },
    );
  }
  for (const [path, text] of Object.entries(row.base ?? {})) {
    if (!(path in row.files)) {
      changes.push({ status: 'deleted', oldPath: path, oldMode: '100644', oldBytes: enc(text) });
    }
  }
  return changes;
}

export interface RowResult {
  row: EvasionCase;
  /** Expected flags with no matching finding. */
  missed: ExpectedFlag[];
  findings: Finding[];
}

function matches(finding: Finding, flag: ExpectedFlag): boolean {
  return (
    finding.path === flag.file &&
    finding.line <= flag.line &&
    flag.line <= finding.endLine &&
    finding.category === flag.category &&
    (flag.rule === undefined || finding.ruleId === flag.rule)
  );
}

export function runRow(row: EvasionCase): RowResult {
  const { findings } = reviewChanges(changesOf(row), { rules: RULES });
  return { row, findings, missed: row.expect.filter((flag) => !findings.some((f) => matches(f, flag))) };
}

/** Structural checks on the table itself: a malformed row is an error, not a silent pass. */
export function checkTable(rows: readonly EvasionCase[], gaps: Readonly<Record<string, string>> = {}): void {
  for (const name of Object.keys(gaps)) {
    if (!rows.some((row) => row.name === name)) {
      throw new Error(`known gap "${name}" names no case`);
    }
  }
  const names = new Set<string>();
  for (const row of rows) {
    if (names.has(row.name)) {
      throw new Error(`duplicate adversarial case "${row.name}"`);
    }
    names.add(row.name);
    if (!TECHNIQUES.includes(row.technique)) {
      throw new Error(`${row.name}: unknown technique "${row.technique}"`);
    }
    if (row.expect.length === 0) {
      throw new Error(`${row.name}: a case must expect at least one flag`);
    }
    for (const flag of row.expect) {
      if (!(flag.file in row.files)) {
        throw new Error(`${row.name}: expected flag in ${flag.file}, which the case does not contain`);
      }
      if (!isCategory(flag.category)) {
        throw new Error(`${row.name}: unknown category "${flag.category}"`);
      }
      const lines = row.files[flag.file].split(/\r\n|\r|\n/).length;
      if (flag.line < 1 || flag.line > lines) {
        throw new Error(`${row.name}: line ${flag.line} is outside ${flag.file} (${lines} lines)`);
      }
    }
  }
}
