/** Runs the rules that look at a file's change as a whole (modes, symlinks, submodules, removed lines). */
import type { FileChange } from '../diff/change';
import { changePath } from '../diff/change';
import { lineChanges, type LineChanges } from '../diff/lines';
import type { LineIndex } from '../text/lines';
import { snippetOf } from '../text/lines';
import { internalErrorFinding, type EngineFinding } from './analyze';
import { formatMessage, type DiffRule, type RuleMeta } from './rule';
import { sha256Hex } from './hash';

export interface DiffTexts {
  oldText?: string;
  newText?: string;
  /** Every path in the change, when known. */
  changedPaths?: readonly string[];
}

function digestOf(change: FileChange, texts: DiffTexts): string {
  // Both whole versions: where a line was added matters as much as what it says (a CI step moved
  // into the job that holds the secrets is a different change).
  const header = [change.status, change.oldPath, change.newPath, change.oldMode, change.newMode, change.oldCommit, change.newCommit].join(
    '\u0000',
  );
  return sha256Hex(`${header}\u0000${sha256Hex(texts.oldText ?? '')}\u0000${sha256Hex(texts.newText ?? '')}`);
}

export function runDiffRules(
  change: FileChange,
  rules: readonly DiffRule[],
  lines: LineIndex | undefined,
  texts: DiffTexts = {},
): EngineFinding[] {
  const path = changePath(change);
  const findings: EngineFinding[] = [];
  let changes: LineChanges | undefined;
  const lineChangesOnce = (): LineChanges => (changes ??= lineChanges(texts.oldText, texts.newText ?? ''));
  let digest: string | undefined;
  // A flag on a change is about the change itself: its fingerprint covers everything the change
  // did to the file, so a resolution of one edit never carries over to another edit of the file.
  const changeDigest = (): string => (digest ??= digestOf(change, texts));
  for (const rule of rules) {
    try {
      rule.check({
        change,
        oldText: texts.oldText,
        newText: texts.newText,
        changedPaths: texts.changedPaths ?? [path],
        lineChanges: lineChangesOnce,
        report(descriptor) {
          const template = rule.meta.messages[descriptor.messageId];
          if (template === undefined) {
            throw new Error(`unknown messageId "${descriptor.messageId}"`);
          }
          const message = formatMessage(template, descriptor.data);
          const line = Math.max(1, Math.min(descriptor.line ?? 1, lines?.lineCount ?? 1));
          const endLine = Math.max(line, Math.min(descriptor.endLine ?? line, lines?.lineCount ?? 1));
          const lineLength = lines ? lines.lineText(endLine).length : 0;
          findings.push({
            ruleId: rule.meta.id,
            category: descriptor.category ?? rule.meta.category,
            severity: descriptor.severity ?? rule.meta.severity,
            message,
            path,
            line,
            column: 1,
            endLine,
            endColumn: lineLength + 1,
            snippet: descriptor.snippet ?? (lines ? snippetOf(lines, line, endLine) : ''),
            fingerprint: '',
            side: descriptor.side ?? 'new',
            source: 'static',
            code: `${descriptor.messageId}:${message}\n${changeDigest()}`,
            messageId: descriptor.messageId,
            fileLevel: true,
          });
        },
      });
    } catch (error) {
      const finding = internalErrorFinding(path, rule.meta as RuleMeta<unknown>, error);
      finding.side = 'new';
      findings.push(finding);
    }
  }
  return findings;
}
