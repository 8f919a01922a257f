/**
 * Line bookkeeping shared by every analyzer. Lines break at CRLF, LF and lone CR, as in
 * VS Code; columns count UTF-16 code units. Everything outside this module is 1-based.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          i++;
        }
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** 0-based offset of a 1-based line start. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  /** The text of a 1-based line without its terminator. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) {
      return '';
    }
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) {
      end--;
    }
    return this.text.slice(start, end);
  }

  /** 1-based range of a [start, end) offset span. */
  range(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Splits text into lines the same way LineIndex counts them (no terminators). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  return lines;
}

const MAX_SNIPPET_LINES = 6;
const MAX_SNIPPET_LINE_LENGTH = 300;

/** The source lines of a range, bounded so that one finding can never carry a whole file. */
export function snippetOf(lines: LineIndex, line: number, endLine: number): string {
  const last = Math.min(endLine, line + MAX_SNIPPET_LINES - 1);
  const out: string[] = [];
  for (let l = line; l <= last; l++) {
    const text = lines.lineText(l);
    out.push(text.length > MAX_SNIPPET_LINE_LENGTH ? `${text.slice(0, MAX_SNIPPET_LINE_LENGTH)}…` : text);
  }
  if (last < endLine) {
    out.push(`… (${endLine - last} more lines)`);
  }
  return out.join('\n');
}
