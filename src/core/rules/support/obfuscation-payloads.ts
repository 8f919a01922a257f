/**
 * Recognizing encoded payloads in string and number literals, for ts/encoded-payload: decode
 * base64 / hex / byte lists by hand (never executing anything) and say what the bytes are.
 */
import { preview, printableShare } from './unicode-chars';

export type PayloadKind = 'code' | 'text' | 'compressed' | 'executable' | 'media' | 'binary';

export interface Payload {
  kind: PayloadKind;
  /** `base64`, `hex`, `escapes`, `bytes`, `char codes`. */
  encoding: string;
  /** What the bytes are, for the message: `JavaScript-like text`, `gzip data`. */
  what: string;
  /** A printable rendering of the start of the decoded content. */
  sample: string;
  length: number;
}

export const BASE64_MIN = 200;
export const HEX_MIN = 128;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const HEX = /^(?:0x)?[0-9a-fA-F]+$/;
const SKIP_PREFIX = /^(?:data:(?:image|font|audio|video)\/|data:application\/(?:x-)?font|sha(?:1|256|384|512)-|-----BEGIN )/;
const CODE_WORDS =
  /\b(?:require|import|eval|Function|exec|execSync|spawn|child_process|fetch|XMLHttpRequest|process\.env|document\.cookie|powershell|bash|curl|wget|socket|atob|WebSocket|setTimeout|module\.exports|subprocess|os\.system)\b|=>|\bfunction\s*\(|\bvar\s+\w+\s*=/;

const MAGIC: [string, PayloadKind, string][] = [
  ['\x1f\x8b', 'compressed', 'gzip data'],
  ['\x78\x9c', 'compressed', 'zlib data'],
  ['\x78\xda', 'compressed', 'zlib data'],
  ['\x78\x01', 'compressed', 'zlib data'],
  ['PK\x03\x04', 'compressed', 'a zip archive'],
  ['BZh', 'compressed', 'bzip2 data'],
  ['\xfd7zXZ', 'compressed', 'xz data'],
  ['MZ', 'executable', 'a Windows executable'],
  ['\x7fELF', 'executable', 'an ELF executable'],
  ['\x00asm', 'compressed', 'a WebAssembly module'],
  ['\xcf\xfa\xed\xfe', 'executable', 'a Mach-O executable'],
  ['\x89PNG', 'media', 'a PNG image'],
  ['\xff\xd8\xff', 'media', 'a JPEG image'],
  ['GIF8', 'media', 'a GIF image'],
  ['RIFF', 'media', 'media data'],
  ['wOF', 'media', 'a font'],
  ['\x00\x01\x00\x00', 'media', 'a font'],
  ['OTTO', 'media', 'a font'],
  ['%PDF', 'media', 'a PDF document'],
  ['<svg', 'media', 'an SVG image'],
  ['<?xml', 'media', 'an XML document'],
  ['\x30\x82', 'media', 'a DER certificate or key'],
];

/** What a run of bytes (a Latin-1 string) is. */
export function classifyBytes(bytes: string, encoding: string): Payload {
  const base = { encoding, length: bytes.length };
  for (const [magic, kind, what] of MAGIC) {
    if (bytes.startsWith(magic)) {
      return { ...base, kind, what, sample: '' };
    }
  }
  const head = bytes.length > 4000 ? bytes.slice(0, 4000) : bytes;
  if (printableShare(head) >= 0.9) {
    const text = utf8(head);
    const code = CODE_WORDS.test(text);
    return { ...base, kind: code ? 'code' : 'text', what: code ? 'code' : 'text', sample: preview(text, 60) };
  }
  return { ...base, kind: 'binary', what: 'binary data', sample: '' };
}

function utf8(latin1: string): string {
  try {
    const bytes = new Uint8Array(latin1.length);
    for (let i = 0; i < latin1.length; i++) {
      bytes[i] = latin1.charCodeAt(i);
    }
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return latin1;
  }
}

function decodeBase64(s: string): string | undefined {
  try {
    let clean = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    clean += '='.repeat((4 - (clean.length % 4)) % 4);
    return atob(clean);
  } catch {
    return undefined;
  }
}

function decodeHex(s: string): string {
  const hex = s.startsWith('0x') ? s.slice(2) : s;
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  }
  return out;
}

/** An encoded payload in a string constant, or undefined when the string is ordinary or known data. */
export function payloadOfString(value: string): Payload | undefined {
  if (value.length < HEX_MIN || SKIP_PREFIX.test(value) || value.includes('sourceMappingURL')) {
    return undefined;
  }
  let body = value;
  const dataUrl = /^data:([\w.+/-]*)(?:;[\w=-]+)*;base64,/.exec(value);
  if (dataUrl) {
    body = value.slice(dataUrl[0].length);
  }
  const compact = body.replace(/\s+/g, '');
  if (compact.length >= HEX_MIN && compact.length % 2 === 0 && HEX.test(compact) && /[a-fA-F]/.test(compact) && /\d/.test(compact)) {
    return classifyBytes(decodeHex(compact), 'hex');
  }
  if (
    compact.length >= BASE64_MIN &&
    (BASE64.test(compact) || BASE64URL.test(compact)) &&
    /[a-z]/.test(compact) &&
    /[A-Z]/.test(compact) &&
    /\d/.test(compact) &&
    distinct(compact) >= 20
  ) {
    const bytes = decodeBase64(compact);
    return bytes === undefined ? undefined : classifyBytes(bytes, 'base64');
  }
  return undefined;
}

function distinct(s: string): number {
  const seen = new Set<string>();
  for (let i = 0; i < s.length && seen.size < 64; i++) {
    seen.add(s[i]);
  }
  return seen.size;
}

const ESCAPE = /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}/g;

/**
 * A literal written as escapes of plain printable ASCII (`'\x65\x76\x61\x6c'`): nobody escapes
 * letters that need no escaping unless they do not want them read.
 */
export function escapedAscii(raw: string): number {
  if (raw.length < 40) {
    return 0;
  }
  let ascii = 0;
  let covered = 0;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(raw); m; m = ESCAPE.exec(raw)) {
    const code = parseInt(m[1] ?? m[2] ?? m[3], 16);
    if (code >= 0x20 && code < 0x7f) {
      ascii++;
      covered += m[0].length;
    }
  }
  return ascii >= 10 && covered * 2 >= raw.length ? ascii : 0;
}

/** Whether numbers are all integers 0..255. */
export function asBytes(values: readonly (number | undefined)[]): string | undefined {
  let out = '';
  for (const v of values) {
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > 255) {
      return undefined;
    }
    out += String.fromCharCode(v);
  }
  return out;
}
