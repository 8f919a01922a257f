/**
 * JSON helpers for the supply-chain rules: `JSON.parse` that never throws, a JSONC reader
 * (comments and trailing commas, for `bun.lock`), and a one-pass locator that maps each object
 * key path to the line its key is written on. Everything is linear in the text: a 100k-line
 * lockfile is scanned once.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function parseJson(text: string | undefined): Json | undefined {
  if (text === undefined) {
    return undefined;
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
  } catch {
    return undefined;
  }
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: Json | undefined, ...path: string[]): JsonObject | undefined {
  let current = value;
  for (const key of path) {
    if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, key)) {
      return undefined;
    }
    current = current[key];
  }
  return isObject(current) ? current : undefined;
}

/** A JSON-with-comments text (comments and trailing commas removed), parsed. */
export function parseJsonc(text: string | undefined): Json | undefined {
  if (text === undefined) {
    return undefined;
  }
  const direct = parseJson(text);
  if (direct !== undefined) {
    return direct;
  }
  return parseJson(stripJsonc(text));
}

/** Removes comments and trailing commas outside strings; keeps line breaks so offsets stay line-aligned. */
function stripJsonc(text: string): string {
  const out: string[] = [];
  let i = 0;
  let pendingComma = -1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out.push(text.slice(i, end));
      i = end;
      pendingComma = -1;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        i++;
      }
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (c === ',') {
      pendingComma = out.length;
    } else if ((c === '}' || c === ']') && pendingComma >= 0) {
      out[pendingComma] = ' ';
      pendingComma = -1;
    } else if (!/\s/.test(c)) {
      pendingComma = -1;
    }
    out.push(c);
    i++;
  }
  return out.join('');
}

/** Offset just past the string starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i += 2;
    } else if (c === 34) {
      return i + 1;
    } else if (c === 10) {
      return i;
    } else {
      i++;
    }
  }
  return i;
}

const SEP = '\u0000';

export function pathKey(path: readonly string[]): string {
  return path.join(SEP);
}

interface Frame {
  array: boolean;
  index: number;
  /** The key whose value this container is ('' for the root). */
  key: string;
}

/**
 * Maps each object member's key path (`pathKey(['dependencies', 'lodash'])`) to the 1-based
 * line of its key; array items count by index. Tolerates comments; stops quietly at garbage.
 */
export class JsonLocator {
  private readonly lines = new Map<string, number>();

  constructor(text: string) {
    this.scan(text);
  }

  /** The line of the deepest key of `path` that exists (a missing key falls back to its parent). */
  line(...path: string[]): number {
    for (let length = path.length; length > 0; length--) {
      const found = this.lines.get(pathKey(path.slice(0, length)));
      if (found !== undefined) {
        return found;
      }
    }
    return 1;
  }

  private scan(text: string): void {
    const stack: Frame[] = [];
    const path: string[] = [];
    let line = 1;
    let pendingKey: string | undefined;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        i++;
        continue;
      }
      if (c === 34) {
        const end = stringEnd(text, i);
        const top = stack[stack.length - 1];
        let j = end;
        while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) {
          j++;
        }
        if (top && !top.array && text[j] === ':') {
          let key: string;
          try {
            key = JSON.parse(text.slice(i, end)) as string;
          } catch {
            key = text.slice(i + 1, end - 1);
          }
          pendingKey = key;
          this.lines.set(pathKey([...path, key]), line);
        }
        i = end;
        continue;
      }
      if (c === 47 && text.charCodeAt(i + 1) === 47) {
        while (i < text.length && text.charCodeAt(i) !== 10) {
          i++;
        }
        continue;
      }
      if (c === 123 || c === 91) {
        const top = stack[stack.length - 1];
        const key = top ? (top.array ? String(top.index) : (pendingKey ?? '')) : '';
        if (top) {
          path.push(key);
          if (top.array) {
            this.lines.set(pathKey(path), line);
          }
        }
        stack.push({ array: c === 91, index: 0, key });
        pendingKey = undefined;
      } else if (c === 125 || c === 93) {
        stack.pop();
        if (stack.length > 0) {
          path.pop();
        }
      } else if (c === 44) {
        const top = stack[stack.length - 1];
        if (top?.array) {
          top.index++;
        }
        pendingKey = undefined;
      }
      i++;
    }
  }
}
