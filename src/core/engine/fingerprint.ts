/**
 * Fingerprints identify a flag across edits: they hash the rule, the file and the flagged code
 * itself (whitespace-normalized), never its line number. Moving the code or reformatting the
 * rest of the file keeps the fingerprint; changing the flagged code changes it; the same snippet
 * twice in one file gets two fingerprints through its occurrence index.
 */
import { sha256Hex } from './hash';

export const FINGERPRINT_VERSION = 'airlock/v1';

export interface Fingerprintable {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  /** The flagged code (or, for findings without code, a stable description of what was flagged). */
  code: string;
  fingerprint: string;
}

export function normalizeCode(code: string): string {
  return code.replace(/\s+/g, ' ').trim();
}

/** Assigns fingerprints in place. Findings must all belong to the same file. */
export function assignFingerprints(findings: Fingerprintable[]): void {
  const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  for (const finding of ordered) {
    const code = normalizeCode(finding.code);
    const key = `${finding.ruleId}\u0000${code}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const digest = sha256Hex(`${FINGERPRINT_VERSION}\u0000${finding.ruleId}\u0000${finding.path}\u0000${code}\u0000${occurrence}`);
    finding.fingerprint = digest.slice(0, 32);
  }
}

/**
 * GitHub code scanning's `primaryLocationLineHash`: a rolling hash over the first 100
 * non-whitespace characters from the start of each line (line endings normalized), with an
 * occurrence counter, as GitHub's upload action computes it. Returns the hash of each wanted line.
 */
export function lineHashes(text: string, wanted: ReadonlySet<number>): Map<number, string> {
  const BLOCK = 100;
  const MOD = 37n;
  const MASK = (1n << 64n) - 1n;
  let firstMod = 1n;
  for (let i = 0; i < BLOCK; i++) {
    firstMod = (firstMod * MOD) & MASK;
  }
  const window = new Array<number>(BLOCK).fill(0);
  const lineAt = new Array<number>(BLOCK).fill(-1);
  const counts = new Map<string, number>();
  const out = new Map<number, string>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const emit = (): void => {
    const value = hash.toString(16);
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (wanted.has(lineAt[index])) {
      out.set(lineAt[index], `${value}:${count}`);
    }
    lineAt[index] = -1;
  };
  const update = (current: number): void => {
    const begin = window[index];
    window[index] = current;
    hash = (MOD * hash + BigInt(current) - firstMod * BigInt(begin)) & MASK;
    index = (index + 1) % BLOCK;
  };
  const process = (input: number): void => {
    let current = input;
    if (current === 32 || current === 9 || (prevCR && current === 10)) {
      prevCR = false;
      return;
    }
    if (current === 13) {
      current = 10;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineAt[index] !== -1) {
      emit();
    }
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineAt[index] = lineNumber;
    }
    if (current === 10) {
      lineStart = true;
    }
    update(current);
  };
  for (let i = 0; i < text.length; i++) {
    process(text.charCodeAt(i));
  }
  process(65535);
  for (let i = 0; i < BLOCK; i++) {
    if (lineAt[index] !== -1) {
      emit();
    }
    update(0);
  }
  return out;
}
