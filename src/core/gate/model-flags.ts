/**
 * Model flags: the recorded critiques and suspicion gaps of a change, as gate flags (which a person
 * must resolve, like any static flag) and as engine findings (which `airlock resolve` and the editor
 * pick by id). Pure: the records, the change's hunks and its new file texts are handed in.
 *
 * A critique can only add flags. Its line is found again by its quote (in its hunk, else anywhere
 * in the file), never taken from what the model wrote; when the quote is gone the flag stays —
 * until a person resolves it — with a notice saying so.
 */
import type { EngineFinding } from '../engine/analyze';
import { GAP_THRESHOLD, anchorQuote } from '../critique/anchor';
import type { Hunk } from '../critique/hunks';
import {
  CRITIQUE_RULE_ID,
  GAP_CATEGORY,
  GAP_RULE_ID,
  GAP_SEVERITY,
  critiqueFlagCodeHash,
  critiqueFlagFingerprint,
  type CritiqueRecord,
  type HunkRecord,
  type ParsedCritiqueRecord,
} from '../critique/record';
import type { Category, Range } from '../model/finding';
import { splitLines } from '../text/lines';
import type { GateFlag } from './gate';

export interface ModelFlagInput {
  /** The critique records the change brought (not the base's: those flags were resolved there). */
  records: readonly ParsedCritiqueRecord[];
  /** Every critique record known, the base's included: a gap is a hunk no critique of the same run explains. */
  known: readonly ParsedCritiqueRecord[];
  /** The change's hunks as they are now. */
  hunks: readonly Hunk[];
  /** The new version of each changed text file. */
  texts: ReadonlyMap<string, string>;
}

export interface ModelFlags {
  flags: GateFlag[];
  findings: EngineFinding[];
  /** Fingerprints of the flags whose code is in the change now (their line has an author to ask git about). */
  placed: Set<string>;
}

const GONE = 'the quoted code is gone (changed or deleted since the critique): the flag stays until a person resolves it';
const HUNK_GONE = 'the hunk is gone (its code or context changed since the critique): the flag stays until a person resolves it';

/** The first to the last changed line of a hunk (its context lines aside). */
function changedRange(hunk: Hunk): Range {
  const changed = hunk.lines.filter((l) => l.added);
  const first = changed[0] ?? hunk.lines[0];
  const last = changed[changed.length - 1] ?? hunk.lines[hunk.lines.length - 1];
  return {
    line: first?.line ?? hunk.startLine,
    column: 1,
    endLine: last?.line ?? hunk.startLine,
    endColumn: (last?.text.length ?? 0) + 1,
  };
}

function wholeFile(path: string, text: string): Hunk {
  const lines = splitLines(text);
  if (lines.length > 0 && lines[lines.length - 1] === '' && /[\r\n]$/.test(text)) {
    lines.pop();
  }
  return {
    id: 'F',
    path,
    startLine: 1,
    endLine: Math.max(1, lines.length),
    lines: lines.map((t, i) => ({ line: i + 1, text: t, added: false })),
    removed: [],
    hash: '',
  };
}

function recordedRange(record: CritiqueRecord | HunkRecord): Range {
  if (record.kind === 'critique' && !('unanchored' in record.anchor)) {
    return { ...record.anchor };
  }
  return { line: record.startLine, column: 1, endLine: record.endLine, endColumn: 1 };
}

function currentHunk(hunks: readonly Hunk[], record: CritiqueRecord | HunkRecord): Hunk | undefined {
  return hunks.find((h) => h.hash === record.hunkHash && h.path === record.path);
}

/** Where a critique's quote is now, and what to tell a person when it cannot be placed. */
function locate(record: CritiqueRecord, input: ModelFlagInput): { range: Range; current: boolean; notice?: string } {
  const hunk = currentHunk(input.hunks, record);
  if ('unanchored' in record.anchor) {
    return {
      range: hunk ? changedRange(hunk) : recordedRange(record),
      current: false,
      notice: `the model's quote was ${record.anchor.unanchored === 'ambiguous' ? 'found more than once' : 'not found'} in the hunk: shown at the hunk`,
    };
  }
  if (hunk) {
    const anchor = anchorQuote(record.quote, hunk);
    if (anchor.ok) {
      return { range: anchor.range, current: true };
    }
  }
  const text = input.texts.get(record.path);
  if (text !== undefined) {
    const anchor = anchorQuote(record.quote, wholeFile(record.path, text));
    if (anchor.ok) {
      return { range: anchor.range, current: true };
    }
    if (anchor.reason === 'ambiguous') {
      return { range: recordedRange(record), current: false };
    }
  }
  return { range: recordedRange(record), current: false, notice: GONE };
}

function byTime(a: ParsedCritiqueRecord, b: ParsedCritiqueRecord): number {
  return Date.parse(a.record.time) - Date.parse(b.record.time) || a.line - b.line;
}

export function modelFlags(input: ModelFlagInput): ModelFlags {
  const out = new Map<string, { flag: GateFlag; finding: EngineFinding }>();
  const placed = new Set<string>();
  const add = (flag: GateFlag, range: Range, messageId: string, current: boolean): void => {
    if (out.has(flag.fingerprint)) {
      return;
    }
    if (current) {
      placed.add(flag.fingerprint);
    }
    out.set(flag.fingerprint, {
      flag,
      finding: {
        ruleId: flag.ruleId,
        // Findings are typed with the static categories; a model flag may also be "correctness".
        category: flag.category as Category,
        severity: flag.severity,
        message: flag.message,
        path: flag.path,
        snippet: flag.snippet,
        fingerprint: flag.fingerprint,
        side: 'new',
        source: 'model',
        ...range,
        line: flag.line,
        code: flag.snippet,
        messageId,
        codeHash: flag.codeHash,
        occurrence: 0,
      },
    });
  };

  const records = [...input.records].sort(byTime);
  for (const { record } of records) {
    if (record.kind !== 'critique') {
      continue;
    }
    const subject = record;
    const where = locate(record, input);
    add(
      {
        fingerprint: critiqueFlagFingerprint(subject),
        ruleId: CRITIQUE_RULE_ID,
        category: record.category,
        severity: record.severity,
        source: 'model',
        path: record.path,
        line: where.range.line,
        message: record.claim,
        snippet: record.quote,
        codeHash: critiqueFlagCodeHash(subject),
        occurrence: 0,
        ...(where.notice ? { notice: where.notice } : {}),
      },
      where.range,
      'critique',
      where.current,
    );
  }

  // A gap: the model rated the hunk likely unsafe or wrong and, in that run, wrote no critique of it.
  const explained = new Set(
    input.known
      .filter((p) => p.record.kind === 'critique')
      .map((p) => `${p.record.path}\u0000${p.record.hunkHash}\u0000${p.record.model}\u0000${p.record.promptVersion}`),
  );
  const suspected = new Map<string, HunkRecord[]>();
  for (const { record } of records) {
    if (record.kind !== 'hunk' || record.unsafeProbability < GAP_THRESHOLD) {
      continue;
    }
    if (explained.has(`${record.path}\u0000${record.hunkHash}\u0000${record.model}\u0000${record.promptVersion}`)) {
      continue;
    }
    const key = `${record.path}\u0000${record.hunkHash}`;
    suspected.set(key, [...(suspected.get(key) ?? []), record]);
  }
  for (const list of suspected.values()) {
    const first = list[0];
    const highest = Math.max(...list.map((r) => r.unsafeProbability));
    const models = [...new Set(list.map((r) => r.model))];
    const subject = { kind: 'gap' as const, path: first.path, hunkHash: first.hunkHash };
    const hunk = currentHunk(input.hunks, first);
    const range = hunk ? changedRange(hunk) : recordedRange(first);
    const snippet = hunk
      ? hunk.lines
          .filter((l) => l.added)
          .map((l) => l.text)
          .join('\n')
      : '';
    add(
      {
        fingerprint: critiqueFlagFingerprint(subject),
        ruleId: GAP_RULE_ID,
        category: GAP_CATEGORY,
        severity: GAP_SEVERITY,
        source: 'model',
        path: first.path,
        line: range.line,
        message:
          `The model (${models.join(', ')}) rates this hunk ${Math.round(highest * 100)}% likely to be unsafe or wrong, ` +
          'and wrote no critique of it: read it closely.',
        snippet,
        codeHash: critiqueFlagCodeHash(subject),
        occurrence: 0,
        ...(hunk ? {} : { notice: HUNK_GONE }),
      },
      range,
      'gap',
      hunk !== undefined,
    );
  }

  const sorted = [...out.values()].sort(
    (a, b) => (a.flag.path < b.flag.path ? -1 : a.flag.path > b.flag.path ? 1 : 0) || a.flag.line - b.flag.line,
  );
  return { flags: sorted.map((x) => x.flag), findings: sorted.map((x) => x.finding), placed };
}
