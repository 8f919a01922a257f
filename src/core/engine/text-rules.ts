/** Runs the rules that read a file as plain text (every text file, whatever its language). */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { LineIndex } from '../text/lines';
import { snippetOf } from '../text/lines';
import { isTestPath } from '../model/language';
import { internalErrorFinding, type EngineFinding } from './analyze';
import { formatMessage, type RuleMeta, type TextRule } from './rule';

/** At most this many findings of one rule in one file: a generated or hostile file must not flood a report. */
const MAX_PER_RULE = 50;

export function runTextRules(
  path: string,
  text: string,
  lines: LineIndex,
  rules: readonly TextRule[],
  language: string | undefined,
  program?: TSESTree.Program,
): EngineFinding[] {
  const findings: EngineFinding[] = [];
  const isTestFile = isTestPath(path);
  for (const rule of rules) {
    const seen = new Set<string>();
    let count = 0;
    try {
      rule.check({
        path,
        text,
        lines,
        isTestFile,
        language,
        program,
        report(descriptor) {
          const template = rule.meta.messages[descriptor.messageId];
          if (template === undefined) {
            throw new Error(`unknown messageId "${descriptor.messageId}"`);
          }
          const message = formatMessage(template, descriptor.data);
          const start = Math.max(0, Math.min(descriptor.start, text.length));
          const end = Math.max(start, Math.min(descriptor.end, text.length));
          const key = `${start}\u0000${end}\u0000${message}`;
          if (seen.has(key) || ++count > MAX_PER_RULE) {
            return;
          }
          seen.add(key);
          const range = lines.range(start, end);
          findings.push({
            ruleId: rule.meta.id,
            category: descriptor.category ?? rule.meta.category,
            severity: descriptor.severity ?? rule.meta.severity,
            message,
            path,
            ...range,
            snippet: snippetOf(lines, range.line, range.endLine),
            fingerprint: '',
            source: 'static',
            // The whole lines around the match: moving an approved character to another line is a new flag.
            code: `${descriptor.messageId}:${text.slice(text.lastIndexOf('\n', start - 1) + 1, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end))}`,
            messageId: descriptor.messageId,
          });
        },
      });
    } catch (error) {
      findings.push(internalErrorFinding(path, rule.meta as RuleMeta<unknown>, error));
    }
  }
  return findings;
}
