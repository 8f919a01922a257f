/**
 * Re-analysis of one open document while the person edits it: the in-memory text is analyzed
 * and only findings on lines changed relative to the review base are kept, as in the review
 * itself. Findings of diff rules (about the change as a whole: a deleted test, a manifest edit)
 * are carried over from the review unchanged.
 */
import { lineChanges } from '../diff/lines';
import { analyzeText, type EngineFinding, type Limits } from '../engine/analyze';
import type { Rule } from '../engine/rule';
import type { Finding } from '../model/finding';

export interface LiveRequest {
  /** Review-root-relative path, forward slashes. */
  path: string;
  text: string;
  /** The file's text in the review base; undefined when the change added the file. */
  baseText: string | undefined;
  rules: readonly Rule[];
  limits?: Partial<Limits>;
  /** The review's findings for this file. */
  previous: readonly EngineFinding[];
}

export function isDiffRuleFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith('diff/');
}

function touches(finding: Finding, added: ReadonlySet<number>): boolean {
  for (const span of [finding, ...(finding.related ?? []).filter((r) => r.path === finding.path)]) {
    for (let line = span.line; line <= span.endLine; line++) {
      if (added.has(line)) {
        return true;
      }
    }
  }
  return false;
}

/** The file's findings for its current text. */
export function liveFindings(request: LiveRequest): EngineFinding[] {
  const analysis = analyzeText(request.path, request.text, { rules: request.rules, limits: request.limits, mode: 'review' });
  const changes = lineChanges(request.baseText, request.text);
  const kept: EngineFinding[] = analysis.findings.filter((f) => f.fileLevel || touches(f, changes.added));
  for (const finding of kept) {
    finding.side ??= 'new';
  }
  const carried = request.previous.filter((f) => isDiffRuleFinding(f) && f.path === request.path);
  return [...carried, ...kept];
}
