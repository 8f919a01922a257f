/**
 * A diff review, given the changed files' contents: analyze each new version, keep what the change
 * touched (flagged lines added or changed, or an alias on the way to them), run the diff rules,
 * and compute the capability delta against each file's base version.
 */
import type { FileChange } from '../diff/change';
import { changePath, MODE_SUBMODULE, MODE_SYMLINK } from '../diff/change';
import { lineChanges, type LineChanges } from '../diff/lines';
import { addLineHashes, analyzeFile, analyzeText, notAnalyzedFinding, type EngineFinding, type Limits } from '../engine/analyze';
import { runDiffRules } from '../engine/diff-rules';
import type { DiffRule, Rule } from '../engine/rule';
import { assignFingerprints } from '../engine/fingerprint';
import { compareFindings, type Category, type NotAnalyzed } from '../model/finding';
import { decodeBytes } from '../text/decode';
import type { LineIndex } from '../text/lines';
import { DeltaBuilder, type CapabilityDelta } from './delta';

export interface ReviewOptions {
  rules: readonly Rule[];
  limits?: Partial<Limits>;
  now?: () => number;
}

export interface ReviewResult {
  findings: EngineFinding[];
  notAnalyzed: NotAnalyzed[];
  capabilityDelta: CapabilityDelta;
  filesReviewed: number;
}

export class Review {
  private readonly findings: EngineFinding[] = [];
  private readonly notAnalyzed: NotAnalyzed[] = [];
  private readonly delta = new DeltaBuilder();
  private readonly diffRules: DiffRule[];
  private files = 0;

  constructor(private readonly options: ReviewOptions) {
    this.diffRules = options.rules.filter((r): r is DiffRule => r.kind === 'diff');
  }

  /** Reviews one changed file; call once per file, in any order, then `result()`. */
  add(change: FileChange): void {
    this.files++;
    const path = changePath(change);
    const oldText = this.baseText(change);
    const hasContent = change.status !== 'deleted' && change.newMode !== MODE_SYMLINK && change.newMode !== MODE_SUBMODULE;
    const kept: EngineFinding[] = [];
    let lines: LineIndex | undefined;
    let newText: string | undefined;
    if (hasContent && change.newBytes !== undefined) {
      const result = analyzeFile(path, change.newBytes, { ...this.options, mode: 'review' });
      lines = result.lines;
      newText = result.text;
      if (result.notAnalyzed) {
        this.notAnalyzed.push(result.notAnalyzed);
      }
      const changes = newText !== undefined ? lineChanges(oldText, newText) : undefined;
      kept.push(...result.findings.filter((f) => f.fileLevel || !changes || touches(f, changes)));
      if (change.partial) {
        // The content was reconstructed only in part (a patch that did not apply).
        kept.push(notAnalyzedFinding(path, change.partial, 'medium'));
        this.notAnalyzed.push({ path, reason: change.partial });
      }
    } else if (hasContent) {
      const reason = change.partial ?? 'the new version could not be read';
      // Size is an ordinary reason (generated files); anything else that stops a read is not.
      kept.push(notAnalyzedFinding(path, reason, reason.startsWith('over the size limit') ? 'medium' : 'high'));
      this.notAnalyzed.push({ path, reason });
    }
    const diffFindings = runDiffRules(change, this.diffRules, lines, { oldText, newText });
    assignFingerprints(diffFindings);
    if (newText !== undefined) {
      addLineHashes(diffFindings, newText);
    }
    const all = [...kept, ...diffFindings];
    for (const finding of all) {
      finding.side ??= 'new';
    }
    this.findings.push(...all);
    this.delta.addFile(path, categoriesOf(all), this.baseCategories(change, oldText));
  }

  result(): ReviewResult {
    return {
      findings: [...this.findings].sort(compareFindings),
      notAnalyzed: [...this.notAnalyzed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      capabilityDelta: this.delta.build(),
      filesReviewed: this.files,
    };
  }

  private baseText(change: FileChange): string | undefined {
    if (change.oldBytes === undefined || change.oldMode === MODE_SYMLINK || change.oldMode === MODE_SUBMODULE) {
      return undefined;
    }
    const decoded = decodeBytes(change.oldBytes);
    return decoded.kind === 'text' ? decoded.text : undefined;
  }

  /** The categories the base version of the file already had (whole file, not just nearby lines). */
  private baseCategories(change: FileChange, oldText: string | undefined): Set<Category> {
    const text = change.status === 'added' ? undefined : oldText;
    if (text === undefined || !change.oldPath) {
      return new Set();
    }
    const result = analyzeText(change.oldPath, text, { ...this.options, mode: 'scan' });
    return new Set(result.findings.filter((f) => !f.ruleId.startsWith('airlock/')).map((f) => f.category));
  }
}

function categoriesOf(findings: readonly EngineFinding[]): Category[] {
  return findings.filter((f) => !f.ruleId.startsWith('airlock/')).map((f) => f.category);
}

/** Whether a finding lies on (or was reached through) a line the change added or modified. */
function touches(finding: EngineFinding, changes: LineChanges): boolean {
  if (finding.side === 'removed') {
    return true;
  }
  const spans = [finding, ...(finding.related ?? [])];
  for (const span of spans) {
    for (let line = span.line; line <= span.endLine; line++) {
      if (changes.added.has(line)) {
        return true;
      }
    }
  }
  return false;
}

/** Reviews a list of changes in one go. */
export function reviewChanges(changes: readonly FileChange[], options: ReviewOptions): ReviewResult {
  const review = new Review(options);
  for (const change of changes) {
    review.add(change);
  }
  return review.result();
}
