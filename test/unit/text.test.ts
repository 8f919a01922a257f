import * as assert from 'node:assert/strict';
import { decodeBytes } from '../../src/core/text/decode';
import { LineIndex, snippetOf, splitLines } from '../../src/core/text/lines';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('LineIndex', () => {
  it('breaks lines at LF, CRLF and lone CR, like the editor', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(
      [1, 2, 3, 4].map((l) => lines.lineText(l)),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(lines.position(5), { line: 3, column: 1 });
    assert.deepEqual(splitLines('a\nb\r\nc\rd'), ['a', 'b', 'c', 'd']);
  });
  it('gives 1-based ranges and bounded snippets', () => {
    const lines = new LineIndex('x\n  eval(s)\n');
    assert.deepEqual(lines.range(4, 11), { line: 2, column: 3, endLine: 2, endColumn: 10 });
    const long = new LineIndex(Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n'));
    assert.match(snippetOf(long, 1, 20), /… \(14 more lines\)$/);
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    assert.deepEqual(decodeBytes(utf8('héllo')), { kind: 'text', text: 'héllo', encoding: 'utf-8', bom: false });
    assert.equal((decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61)) as { text: string }).text, 'a');
  });
  it('decodes UTF-16 with a BOM', () => {
    const d = decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00, 0x62, 0x00));
    assert.deepEqual(d, { kind: 'text', text: 'ab', encoding: 'utf-16le', bom: true });
    assert.equal((decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61)) as { text: string }).text, 'a');
  });
  it('rejects invalid UTF-8 with a reason', () => {
    assert.deepEqual(decodeBytes(bytes(0x61, 0xc3, 0x28)), { kind: 'invalid', reason: 'invalid UTF-8 byte sequence' });
  });
  it('recognizes binary formats, and text with NUL bytes as binary of no known format', () => {
    assert.deepEqual(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), { kind: 'binary', format: 'PNG image' });
    assert.deepEqual(decodeBytes(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)), { kind: 'binary', format: 'ELF executable' });
    assert.deepEqual(decodeBytes(utf8('eval(x)\u0000')), { kind: 'binary', format: undefined });
  });
  it('treats text that merely starts like a magic number as text', () => {
    assert.equal(decodeBytes(utf8('MZ is a text file')).kind, 'text');
    assert.equal(decodeBytes(utf8('PK is fine')).kind, 'text');
  });
});
