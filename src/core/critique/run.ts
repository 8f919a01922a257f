/**
 * One critique run as reports show it: the located and unlocated critiques, the suspicion gaps,
 * and what the run cost and could not do. Also the hunks of a whole change and the prompt-injection
 * warnings that go with them.
 */
import type { FileChange } from '../diff/change';
import { changePath } from '../diff/change';
import type { Finding } from '../model/finding';
import { CRITIQUES_PATH, LEDGER_PATH } from '../ledger/record';
import { decodeBytes } from '../text/decode';
import type { AnchoredCritique, SuspicionGap } from './anchor';
import { fileHunks, type Hunk } from './hunks';
import type { PromptWarning } from './prompt';

export interface CritiquedHunk {
  id: string;
  path: string;
  startLine: number;
  endLine: number;
  hash: string;
  critiqued: boolean;
  /** The model's answer to "is anything in this hunk unsafe or wrong?". */
  unsafeProbability?: number;
}

export interface CritiqueReport {
  model: string;
  endpoint: string;
  critiques: AnchoredCritique[];
  gaps: SuspicionGap[];
  usage: { promptTokens: number; completionTokens: number; requests: number; cached: number; estimated?: boolean };
  /** Every hunk of the run, and whether a model answered for it. */
  hunks: CritiquedHunk[];
  /** Hunks that were not critiqued (faults, budget), as "path:line". */
  notCritiqued: string[];
  dropped: number;
  /** Faults, each a sentence. */
  errors: string[];
}

function text(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) {
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/**
 * The review's own signed records: not code, and not the model's business (the gate checks their
 * signatures). The reviewers and policy files are code review cares about, and are critiqued.
 */
export const RECORD_FILES: readonly string[] = [LEDGER_PATH, CRITIQUES_PATH];

/** The hunks of every text file the change added or modified (the review records aside), numbered across the change. */
export function changeHunks(changes: readonly FileChange[]): Hunk[] {
  const hunks: Hunk[] = [];
  for (const change of changes) {
    const newText = text(change.newBytes);
    if (change.status === 'deleted' || newText === undefined || RECORD_FILES.includes(changePath(change))) {
      continue;
    }
    hunks.push(...fileHunks(changePath(change), text(change.oldBytes), newText, hunks.length + 1));
  }
  return hunks;
}

/** A warning for each hunk holding a static prompt-injection flag: the model is told not to follow it. */
export function injectionWarnings(hunks: readonly Hunk[], findings: readonly Finding[]): PromptWarning[] {
  const out: PromptWarning[] = [];
  for (const f of findings) {
    if (f.category !== 'prompt-injection') {
      continue;
    }
    const hunk = hunks.find((h) => h.path === f.path && f.line >= h.startLine && f.line <= h.endLine);
    if (hunk) {
      out.push({ hunk: hunk.id, text: `${f.ruleId} at line ${f.line}: ${f.message}` });
    }
  }
  return out;
}
