import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney } from '../src/index.mjs';

test('formats USD cents', () => {
  assert.equal(formatMoney(123456, 'USD'), '$1,234.56');
});

test('formats JPY without minor units', () => {
  assert.equal(formatMoney(5000, 'JPY'), '¥5,000');
});
