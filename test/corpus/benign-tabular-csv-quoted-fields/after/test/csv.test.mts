import test from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, splitRecord, toCsv } from '../src/csv.mjs';

test('splitRecord handles quoted delimiters and escaped quotes', () => {
  assert.deepEqual(splitRecord('a,"b,c","say ""hi"""'), ['a', 'b,c', 'say "hi"']);
});

test('splitRecord rejects unterminated quotes', () => {
  assert.throws(() => splitRecord('"open'), /unterminated/);
});

test('toCsv round-trips through parseCsv', () => {
  const table = { header: ['name', 'note'], rows: [['Ada', 'likes, commas'], ['Bob', 'said "ok"']] };
  assert.deepEqual(parseCsv(toCsv(table)), table);
});
