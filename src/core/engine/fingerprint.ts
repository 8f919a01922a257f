/**
 * Fingerprints identify a flag across edits: they hash the rule, the file and the flagged code
 * itself, never its line number. Moving the code or reformatting the rest of the file keeps the
 * fingerprint; changing the flagged code changes it; the same snippet twice in one file gets two
 * fingerprints through its occurrence index.
 *
 * The flagged code is normalized only where whitespace cannot change what it does: line endings
 * and the indentation the whole snippet shares (code moved into or out of a block). Whitespace inside a line — in a string, a template, a shell command — and line breaks
 * are kept: "echo a; rm -rf x" and "echo a\nrm -rf x" are different code.
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
  /** Hash of the whitespace-normalized flagged code: what a ledger record approves. */
  codeHash?: string;
  /** Which occurrence of the same rule on the same code in the file (0 for the first). */
  occurrence?: number;
}

export function normalizeCode(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = rest.length === 0 ? 0 : Math.min(...rest.map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0));
  return (
    lines
      // Only the shared indentation goes: trailing spaces can be inside a string (`rm -rf x \\` + newline).
      .map((line, i) => (i === 0 ? line.trimStart() : line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0))))
      .join('\n')
      .trim()
  );
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
    finding.codeHash = codeHashOf(code);
    finding.occurrence = occurrence;
    finding.fingerprint = fingerprintOf(finding.ruleId, finding.path, finding.codeHash, occurrence);
  }
}

/** The hash of already-normalized flagged code. */
export function codeHashOf(normalizedCode: string): string {
  return sha256Hex(normalizedCode);
}

/**
 * A fingerprint from its parts. The gate recomputes it under a file's former names, so that a
 * resolution survives a rename.
 */
export function fingerprintOf(ruleId: string, path: string, codeHash: string, occurrence: number): string {
  return sha256Hex(`${FINGERPRINT_VERSION}\u0000${ruleId}\u0000${path}\u0000${codeHash}\u0000${occurrence}`).slice(0, 32);
}

/**
 * GitHub code scanning's `primaryLocationLineHash`: a rolling hash (base 37, modulo 2^64) over
 * the 100 non-blank characters that follow the start of each line (tabs and spaces skipped, line
 * endings normalized to LF), with an occurrence counter, as GitHub's upload action computes it.
 * 64-bit arithmetic is done in four 16-bit limbs so no BigInt is needed on this path.
 */
export function lineHashes(text: string, wanted: ReadonlySet<number>): Map<number, string> {
  const BLOCK = 100;
  const firstMod = limbPower(37, BLOCK);
  const window = new Array<number>(BLOCK).fill(0);
  const lineAt = new Array<number>(BLOCK).fill(-1);
  const counts = new Map<string, number>();
  const out = new Map<number, string>();
  const hash = [0, 0, 0, 0];
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const emit = (): void => {
    const value = limbsToHex(hash);
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
    let carry = current;
    for (let i = 0; i < 4; i++) {
      const t = hash[i] * 37 - firstMod[i] * begin + carry;
      const limb = ((t % 65536) + 65536) % 65536;
      carry = (t - limb) / 65536;
      hash[i] = limb;
    }
    index = (index + 1) % BLOCK;
  };
  const step = (input: number): void => {
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
    step(text.charCodeAt(i));
  }
  step(65535);
  for (let i = 0; i < BLOCK; i++) {
    if (lineAt[index] !== -1) {
      emit();
    }
    update(0);
  }
  return out;
}

/** base^exponent modulo 2^64, as four 16-bit limbs (least significant first). */
function limbPower(base: number, exponent: number): number[] {
  const limbs = [1, 0, 0, 0];
  for (let e = 0; e < exponent; e++) {
    let carry = 0;
    for (let i = 0; i < 4; i++) {
      const t = limbs[i] * base + carry;
      limbs[i] = t % 65536;
      carry = Math.floor(t / 65536);
    }
  }
  return limbs;
}

function limbsToHex(limbs: number[]): string {
  let hex = '';
  for (let i = 3; i >= 0; i--) {
    hex += limbs[i].toString(16).padStart(4, '0');
  }
  return hex.replace(/^0+(?=.)/, '');
}
