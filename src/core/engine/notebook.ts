/**
 * Notebooks: the text rules read every cell, the Python rules read the code cells (of a Python
 * kernel), and each finding is moved back onto the `.ipynb` file's own lines and columns, with
 * the cell and its line in the message.
 */
import type { RelatedLocation, Severity } from '../model/finding';
import { LineIndex, snippetOf } from '../text/lines';
import { cellPosition, fileOffset, NOTEBOOK_TOO_DEEP, readNotebook, type VirtualText } from '../python/notebook';
import type { EngineFinding } from './analyze';
import type { PyRule, TextRule } from './rule';
import { runPyRules, type PyRunLimits } from './py-rules';
import { runTextRules } from './text-rules';

export interface NotebookRun {
  findings: EngineFinding[];
  /** Why the notebook was not (fully) analyzed. */
  limit?: { messageId: 'limit' | 'partial'; reason: string; severity: Severity };
  /** The file could not even be read as a notebook: only the text fallback sees it. */
  unread?: boolean;
}

export function runNotebook(
  path: string,
  json: string,
  fileLines: LineIndex,
  rules: { text: readonly TextRule[]; py: readonly PyRule[] },
  limits: PyRunLimits,
): NotebookRun {
  const notebook = readNotebook(json);
  if ('error' in notebook) {
    const deep = notebook.error === NOTEBOOK_TOO_DEEP;
    return { findings: [], limit: { messageId: 'limit', reason: notebook.error, severity: deep ? 'high' : 'medium' }, unread: deep };
  }
  const findings: EngineFinding[] = [];
  const allLines = new LineIndex(notebook.all.text);
  for (const finding of runTextRules(path, notebook.all.text, allLines, rules.text, 'python')) {
    findings.push(relocate(finding, notebook.all, allLines, fileLines, path));
  }
  if (!notebook.python) {
    return {
      findings,
      limit: { messageId: 'limit', reason: `code cells in ${notebook.language}, a language Airlock does not parse`, severity: 'medium' },
    };
  }
  const codeLines = new LineIndex(notebook.code.text);
  const run = runPyRules(path, notebook.code.text, codeLines, rules.py, limits, notebook.code.magics);
  for (const finding of run.findings) {
    findings.push(finding.fileLevel ? finding : relocate(finding, notebook.code, codeLines, fileLines, path));
  }
  const limit = run.limit && { ...run.limit, messageId: run.limit.messageId === 'syntax' ? ('partial' as const) : ('limit' as const) };
  return { findings, limit };
}

function relocate(
  finding: EngineFinding,
  virtual: VirtualText,
  virtualLines: LineIndex,
  fileLines: LineIndex,
  path: string,
): EngineFinding {
  const place = (line: number, column: number): number => virtualLines.lineStart(line) + column - 1;
  const start = place(finding.line, finding.column);
  const end = place(finding.endLine, finding.endColumn);
  const range = fileLines.range(fileOffset(virtual, start), fileOffset(virtual, Math.max(start, end - 1)) + 1);
  const cell = cellPosition(virtual, start);
  const related: RelatedLocation[] | undefined = finding.related?.map((r) => {
    const rs = place(r.line, r.column);
    const re = place(r.endLine, r.endColumn);
    return { ...r, path, ...fileLines.range(fileOffset(virtual, rs), fileOffset(virtual, Math.max(rs, re - 1)) + 1) };
  });
  const originalLines = new LineIndex(virtual.original);
  return {
    ...finding,
    ...range,
    message: `${finding.message} (cell ${cell.cell}, line ${cell.line})`,
    snippet: snippetOf(originalLines, finding.line, finding.endLine),
    related,
  };
}
