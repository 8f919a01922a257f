/**
 * How the value reaching a Python code sink was made: the decoders (base64, zlib, codecs, hex,
 * marshal), `chr()` joins, byte lists and string reversal found in the expression and in the
 * local names it is built from; plus long encoded literals (base64, hex) in the source.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { localDefinitions } from './py-dynamic-locals';
import { docstringOf } from '../../python/evaluate';

const DECODERS = [
  'base64.',
  'codecs.decode',
  'codecs.getdecoder',
  'zlib.decompress',
  'gzip.decompress',
  'bz2.decompress',
  'lzma.decompress',
  'binascii.unhexlify',
  'binascii.a2b_',
  'bytes.fromhex',
  'bytearray.fromhex',
  'builtins.bytes.fromhex',
  'builtins.bytearray.fromhex',
  'marshal.loads',
  'builtins.chr',
  'quopri.decodestring',
  'uu.decode',
];

function decoderName(name: string): string | undefined {
  if (name.startsWith('base64.') && !/decode|b\d\d?decode|decodebytes/.test(name)) {
    return undefined;
  }
  return DECODERS.some((d) => name.startsWith(d)) ? name.replace(/^builtins\./, '') : undefined;
}

export interface Encoding {
  /** What decodes the value, outermost first: `zlib.decompress`, `base64.b64decode`, `chr`, `[::-1]`. */
  steps: string[];
  /** String literals the value is built from (so they are not reported again as long literals). */
  literals: PyNode[];
}

/** The decoding steps in an expression, following local names a few assignments back. */
export function encodingOf(ctx: PyRuleContext, node: PyNode): Encoding {
  const steps: string[] = [];
  const literals: PyNode[] = [];
  const stack: { n: PyNode; depth: number }[] = [{ n: node, depth: 0 }];
  const seen = new Set<PyNode>();
  const add = (step: string): void => {
    if (!steps.includes(step)) {
      steps.push(step);
    }
  };
  while (stack.length > 0) {
    const { n, depth } = stack.pop() as { n: PyNode; depth: number };
    if (seen.has(n) || n.type === 'lambda' || n.type === 'function_definition' || n.type === 'class_definition') {
      continue;
    }
    seen.add(n);
    if (n.type === 'string' || n.type === 'concatenated_string') {
      literals.push(n);
    } else if (n.type === 'call') {
      for (const name of ctx.callNames(n)) {
        const step = textCodec(ctx, n, name) ? undefined : (decoderName(name) ?? byteList(ctx, n, name));
        if (step) {
          add(step);
        }
      }
    } else if (n.type === 'identifier') {
      if (ctx.names(n).includes('builtins.chr') && n.parent?.type !== 'call') {
        add('chr');
      }
      if (depth < 4) {
        for (const def of localDefinitions(n, ctx.sourceText) ?? []) {
          if (def.kind === 'value' || def.kind === 'loop') {
            stack.push({ n: def.node, depth: depth + 1 });
          }
        }
      }
    } else if (n.type === 'attribute' && ctx.text(field(n, 'attribute') ?? n) === '__doc__') {
      // `f.__doc__`: the docstring of a function of the file is where the data is written.
      const object = field(n, 'object');
      for (const value of object ? ctx.values(object) : []) {
        const doc = value.kind === 'fn' ? docstringOf(value.node) : undefined;
        if (doc) {
          stack.push({ n: doc, depth });
        }
      }
    } else if (n.type === 'subscript' && ctx.text(field(n, 'subscript') ?? n).replace(/\s+/g, '') === '::-1') {
      add('[::-1]');
    }
    for (const child of namedChildren(n)) {
      stack.push({ n: child, depth });
    }
  }
  return { steps, literals };
}

/** `codecs.decode(b, 'utf-8')` only turns bytes into text. */
function textCodec(ctx: PyRuleContext, call: PyNode, name: string): boolean {
  if (name !== 'codecs.decode') {
    return false;
  }
  const args = field(call, 'arguments');
  const encoding = args ? namedChildren(args)[1] : undefined;
  const value = encoding
    ? ctx.strings(encoding.type === 'keyword_argument' ? (field(encoding, 'value') ?? encoding) : encoding)
    : ['utf-8'];
  return value !== undefined && value.every((e) => /^(utf[-_]?(8|16|32)|ascii|latin[-_]?1|iso[-_]?8859[-_]?1|cp1252)$/i.test(e));
}

/** `bytes([112, 114, ...])`: code spelled as a list of byte values. */
function byteList(ctx: PyRuleContext, call: PyNode, name: string): string | undefined {
  if (name !== 'builtins.bytes' && name !== 'builtins.bytearray') {
    return undefined;
  }
  const args = field(call, 'arguments');
  const first = args ? namedChildren(args)[0] : undefined;
  return first && ['list', 'tuple', 'list_comprehension', 'generator_expression'].includes(first.type)
    ? `${name.slice(9)}([...])`
    : undefined;
}

export interface EncodedLiteral {
  kind: 'base64' | 'hex';
  length: number;
  /** What the literal decodes to, when it is readable text. */
  preview?: string;
  /** The decoded text (its first 200 characters), when it is readable. */
  text?: string;
}

const MIN_BASE64 = 200;
const MIN_HEX = 128;
/** Shorter base64 is still an encoded blob when what it hides is a sentence: nothing needs prose encoded. */
const MIN_PROSE_BASE64 = 40;
const BASE64_CHARS = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Readable sentences: printable text of six words or more. */
function isProse(text: string): boolean {
  return /^[\x20-\x7e\n\t]+$/.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 6 && (text.match(/ /g) ?? []).length >= 5;
}

/** A long base64 or hex literal (whitespace and line breaks ignored), or a run of `\xNN` escapes. */
export function encodedLiteral(value: string, raw: string): EncodedLiteral | undefined {
  const escapes = raw.match(/(?:\\x[0-9a-fA-F]{2}){64,}/);
  if (escapes) {
    return { kind: 'hex', length: escapes[0].length };
  }
  const clean = value.replace(/\s+/g, '');
  if (clean.startsWith('data:') || clean.includes('-----BEGIN')) {
    return undefined;
  }
  const hex = clean.replace(/^0x/i, '');
  if (hex.length >= MIN_HEX && /^[0-9a-fA-F]+$/.test(hex) && /[0-9]/.test(hex) && /[a-fA-F]/.test(hex)) {
    return { kind: 'hex', length: hex.length, preview: readable(hexText(hex)) };
  }
  if (
    clean.length >= MIN_BASE64 &&
    BASE64_CHARS.test(clean) &&
    /[A-Z]/.test(clean) &&
    /[a-z]/.test(clean) &&
    /[0-9]/.test(clean) &&
    new Set(clean).size >= 24
  ) {
    const text = base64Text(clean);
    return { kind: 'base64', length: clean.length, preview: readable(text), text: readable(text) ? text : undefined };
  }
  if (clean.length >= MIN_PROSE_BASE64 && clean.length % 4 === 0 && BASE64_CHARS.test(clean)) {
    const text = base64Text(clean);
    if (isProse(text)) {
      return { kind: 'base64', length: clean.length, preview: readable(text), text };
    }
  }
  return undefined;
}

function hexText(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length && out.length < 200; i += 2) {
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  }
  return out;
}

function base64Text(b64: string): string {
  try {
    const std = b64.replace(/-/g, '+').replace(/_/g, '/');
    return atob(std.padEnd(Math.ceil(std.length / 4) * 4, '=')).slice(0, 200);
  } catch {
    return '';
  }
}

/** Decoded text worth showing: mostly printable. */
function readable(text: string): string | undefined {
  if (text.length === 0) {
    return undefined;
  }
  const printable = [...text].filter((c) => /[\x20-\x7e\n\t]/.test(c)).length;
  if (printable / text.length < 0.95) {
    return undefined;
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}
