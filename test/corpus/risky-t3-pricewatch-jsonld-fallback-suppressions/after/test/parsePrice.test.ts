import { describe, expect, it } from 'vitest';
import { parsePrice } from '../src/scrape.js';

describe('parsePrice', () => {
  it('parses dollar amounts with thousands separators', () => {
    expect(parsePrice('$1,299.00')).toEqual({ price: 1299, currency: 'USD' });
  });

  it('parses euro amounts with a decimal comma', () => {
    expect(parsePrice('€ 24,99')).toEqual({ price: 24.99, currency: 'EUR' });
  });

  it('returns null when no price is present', () => {
    expect(parsePrice('Out of stock')).toBeNull();
  });
});
