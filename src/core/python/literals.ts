/** Python literals: string prefixes and escapes, numbers. */
import type { PyNode } from './tree';

export interface PyString {
  value: string;
  /** An f-string with interpolations cannot be known statically. */
  constant: boolean;
  bytes: boolean;
}

/** The value of a `string` node (escapes decoded), or of a `concatenated_string`. */
export function stringValue(node: PyNode, source: string): PyString {
  if (node.type === 'concatenated_string') {
    const parts = node.children.filter((c) => c.named).map((c) => stringValue(c, source));
    return {
      value: parts.map((p) => p.value).join(''),
      constant: parts.every((p) => p.constant),
      bytes: parts.some((p) => p.bytes),
    };
  }
  const startToken = node.children.find((c) => c.type === 'string_start');
  const prefix = startToken ? source.slice(startToken.start, startToken.end).replace(/['"]/g, '').toLowerCase() : '';
  const raw = prefix.includes('r');
  let value = '';
  let constant = true;
  for (const child of node.children) {
    if (child.type === 'string_content') {
      // Escape sequences are children of string_content; decode them in place.
      let cursor = child.start;
      for (const escape of child.children) {
        value += source.slice(cursor, escape.start);
        const text = source.slice(escape.start, escape.end);
        value += escape.type === 'escape_sequence' && !raw ? decodeEscape(text) : text;
        cursor = escape.end;
      }
      value += source.slice(cursor, child.end);
    } else if (child.type === 'interpolation') {
      constant = false;
    }
  }
  return { value, constant, bytes: prefix.includes('b') };
}

const SIMPLE: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '\n': '',
};

export function decodeEscape(text: string): string {
  const body = text.slice(1);
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))$/.exec(body);
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3], 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : text;
  }
  if (/^[0-7]{1,3}$/.test(body)) {
    return String.fromCharCode(parseInt(body, 8));
  }
  if (body.startsWith('N{')) {
    return text;
  }
  return SIMPLE[body] ?? text;
}

/** The value of an `integer` or `float` node. */
export function numberValue(text: string): number | undefined {
  const clean = text.replace(/_/g, '').toLowerCase();
  if (/^0x[0-9a-f]+$/.test(clean)) {
    return parseInt(clean.slice(2), 16);
  }
  if (/^0o[0-7]+$/.test(clean)) {
    return parseInt(clean.slice(2), 8);
  }
  if (/^0b[01]+$/.test(clean)) {
    return parseInt(clean.slice(2), 2);
  }
  const n = Number(clean.replace(/[jl]$/, ''));
  return Number.isFinite(n) ? n : undefined;
}
