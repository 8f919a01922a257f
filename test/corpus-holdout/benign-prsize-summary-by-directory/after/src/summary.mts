import * as core from '@actions/core';
import type { FileChange, SizeResult } from './size.mjs';

const MAX_ROWS = 15;

export function topFiles(changes: readonly FileChange[], limit = MAX_ROWS): FileChange[] {
  return [...changes]
    .sort((a, b) => b.additions + b.deletions - (a.additions + a.deletions))
    .slice(0, limit);
}

export interface DirectoryTotal {
  directory: string;
  files: number;
  lines: number;
}

export function byDirectory(changes: readonly FileChange[]): DirectoryTotal[] {
  const totals = new Map<string, DirectoryTotal>();
  for (const c of changes) {
    const slash = c.filename.indexOf('/');
    const directory = slash === -1 ? '(root)' : c.filename.slice(0, slash);
    const entry = totals.get(directory) ?? { directory, files: 0, lines: 0 };
    entry.files += 1;
    entry.lines += c.additions + c.deletions;
    totals.set(directory, entry);
  }
  return [...totals.values()].sort((a, b) => b.lines - a.lines || a.directory.localeCompare(b.directory));
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
  const dirs = byDirectory(changes);
  if (dirs.length > 1) {
    lines.push('', '#### By directory', '', '| Directory | Files | Lines |', '| --- | ---: | ---: |');
    for (const d of dirs) {
      lines.push(`| \`${d.directory}\` | ${d.files} | ${d.lines} |`);
    }
  }
  return lines.join('\n');
}

export async function writeSummary(prNumber: number, result: SizeResult, changes: readonly FileChange[]): Promise<void> {
  await core.summary.addRaw(renderSummary(prNumber, result, changes)).write();
}
