import * as core from '@actions/core';
import type { FileChange, SizeResult } from './size.mjs';

const MAX_ROWS = 15;

export function topFiles(changes: readonly FileChange[], limit = MAX_ROWS): FileChange[] {
  return [...changes]
    .sort((a, b) => b.additions + b.deletions - (a.additions + a.deletions))
    .slice(0, limit);
}

export function renderSummary(prNumber: number, result: SizeResult, changes: readonly FileChange[]): string {
  const lines = [
    `### PR #${prNumber} size: \`${result.label}\``,
    '',
    `${changes.length} file(s), ${result.total} changed line(s).`,
    '',
    '| File | + | - |',
    '| --- | ---: | ---: |',
  ];
  for (const c of topFiles(changes)) {
    lines.push(`| \`${c.filename}\` | ${c.additions} | ${c.deletions} |`);
  }
  if (changes.length > MAX_ROWS) {
    lines.push('', `_…and ${changes.length - MAX_ROWS} more_`);
  }
  return lines.join('\n');
}

export async function writeSummary(prNumber: number, result: SizeResult, changes: readonly FileChange[]): Promise<void> {
  await core.summary.addRaw(renderSummary(prNumber, result, changes)).write();
}
