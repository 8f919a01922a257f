/**
 * Jupyter notebooks: the cells' sources as one virtual text per kind (code cells for the Python
 * rules, every cell for the text rules), with a map from each virtual offset back to the
 * character in the `.ipynb` JSON it came from, escapes included, so findings land on the right
 * line and column of the file itself.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';

export interface VirtualText {
  /** The text the rules read (code cells: IPython `!`/`%` lines turned into comments of the same length). */
  text: string;
  /** The cells as written, same length as `text`, for snippets. */
  original: string;
  /** Per source string: where it starts in `text`, and the file offset of each of its characters. */
  segments: { start: number; fileOffsets: number[] }[];
  /** Where each cell starts in `text`, with its 1-based number among all cells. */
  cells: { start: number; number: number }[];
  /** IPython lines in code cells (`!cmd`, `%magic`, every line of a `%%cell` magic), as written. */
  magics: NotebookMagic[];
}

export interface NotebookMagic {
  /** Offsets in the virtual text. */
  start: number;
  end: number;
  /** The line as written (`!pip install x`). */
  text: string;
  /** The cell magic this line belongs to (`%%bash`), if any. */
  cellMagic?: string;
}

export interface Notebook {
  /** Whether the kernel language is Python (or unspecified). */
  python: boolean;
  language: string;
  code: VirtualText;
  all: VirtualText;
}

export const NOTEBOOK_TOO_DEEP = 'nesting too deep for the JSON parser';

export function readNotebook(json: string): Notebook | { error: string } {
  const errors: ParseError[] = [];
  let root: JsonNode | undefined;
  try {
    root = parseTree(json, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (error) {
    // The JSON parser recurses once per level: a notebook nested 100,000 deep is reported, not a crash.
    if (error instanceof RangeError) {
      return { error: NOTEBOOK_TOO_DEEP };
    }
    throw error;
  }
  if (!root || errors.length > 0 || root.type !== 'object') {
    return { error: `not valid notebook JSON${errors[0] ? ` (at offset ${errors[0].offset})` : ''}` };
  }
  const cells = property(root, 'cells');
  if (!cells || cells.type !== 'array') {
    return { error: 'a notebook without a "cells" list' };
  }
  const language = kernelLanguage(root);
  const code = builder();
  const all = builder();
  (cells.children ?? []).forEach((cell, index) => {
    const type = property(cell, 'cell_type')?.value;
    const source = property(cell, 'source');
    const parts = !source ? [] : source.type === 'string' ? [source] : (source.children ?? []).filter((c) => c.type === 'string');
    all.cell(index + 1, parts, json, false);
    if (type === 'code') {
      code.cell(index + 1, parts, json, true);
    }
  });
  return { python: /^(python|ipython|)$/i.test(language), language, code: code.done(), all: all.done() };
}

function kernelLanguage(root: JsonNode): string {
  const metadata = property(root, 'metadata');
  const info = metadata ? property(metadata, 'language_info') : undefined;
  const spec = metadata ? property(metadata, 'kernelspec') : undefined;
  const name = (info && property(info, 'name')?.value) ?? (spec && property(spec, 'language')?.value) ?? '';
  return typeof name === 'string' ? name : '';
}

function property(node: JsonNode, name: string): JsonNode | undefined {
  if (node.type !== 'object') {
    return undefined;
  }
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key?.value === name) {
      return value;
    }
  }
  return undefined;
}

function builder(): { cell(number: number, parts: JsonNode[], json: string, code: boolean): void; done(): VirtualText } {
  let text = '';
  let original = '';
  const segments: VirtualText['segments'] = [];
  const cells: VirtualText['cells'] = [];
  const magics: NotebookMagic[] = [];
  return {
    cell(number, parts, json, code) {
      if (text.length > 0 && !text.endsWith('\n')) {
        text += '\n';
        original += '\n';
      }
      cells.push({ start: text.length, number });
      let cellText = '';
      for (const part of parts) {
        const decoded = decodeJsonString(json, part.offset, part.length);
        segments.push({ start: text.length + cellText.length, fileOffsets: decoded.fileOffsets });
        cellText += decoded.value;
      }
      original += cellText;
      text += code ? commentMagics(cellText, text.length, magics) : cellText;
    },
    done: () => ({ text, original, segments, cells, magics }),
  };
}

/** IPython lines (`!pip install x`, `%time`, `%%bash`) are not Python: the same text as a comment, recorded in `magics`. */
function commentMagics(cell: string, base: number, magics: NotebookMagic[]): string {
  const cellMagic = /^\s*(%%\S*)/.exec(cell)?.[1];
  let offset = base;
  return cell
    .split('\n')
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      const replaced = cellMagic ? line.replace(/^(\s*)\S/, '$1#') : line.replace(/^(\s*)[!%]/, '$1#');
      if (replaced !== line) {
        magics.push({ start, end: start + line.length, text: line.replace(/\r$/, ''), cellMagic });
      }
      return replaced;
    })
    .join('\n');
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A JSON string literal's value, with the file offset of each character (and one past the end). */
export function decodeJsonString(json: string, offset: number, length: number): { value: string; fileOffsets: number[] } {
  let value = '';
  const fileOffsets: number[] = [];
  const end = offset + length - 1;
  let i = offset + 1;
  while (i < end) {
    const c = json[i];
    fileOffsets.push(i);
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const next = json[i + 1];
    if (next === 'u') {
      value += String.fromCharCode(parseInt(json.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      value += ESCAPES[next] ?? next;
      i += 2;
    }
  }
  fileOffsets.push(end);
  return { value, fileOffsets };
}

/** The file offset of a virtual offset. */
export function fileOffset(virtual: VirtualText, offset: number): number {
  const segments = virtual.segments;
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0) {
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const segment = segments[lo];
  const index = Math.max(0, Math.min(offset - segment.start, segment.fileOffsets.length - 1));
  return segment.fileOffsets[index];
}

/** The cell (1-based number among all cells) and line within it of a virtual offset. */
export function cellPosition(virtual: VirtualText, offset: number): { cell: number; line: number } {
  let found = virtual.cells[0] ?? { start: 0, number: 1 };
  for (const cell of virtual.cells) {
    if (cell.start <= offset) {
      found = cell;
    } else {
      break;
    }
  }
  let line = 1;
  for (let i = found.start; i < offset; i++) {
    if (virtual.text.charCodeAt(i) === 10) {
      line++;
    }
  }
  return { cell: found.number, line };
}
