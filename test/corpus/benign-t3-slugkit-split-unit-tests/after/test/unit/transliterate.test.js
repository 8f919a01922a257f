import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../src/index.js';

describe('transliterate', () => {
  it('strips combining accents', () => {
    expect(transliterate('Crème brûlée')).toBe('Creme brulee');
  });

  it('expands German umlauts and sharp s', () => {
    expect(transliterate('Straße über Äpfel')).toBe('Strasse ueber aepfel');
  });

  it('maps Nordic and Slavic letters', () => {
    expect(transliterate('Øresund Łódź þing')).toBe('oresund lodz thing');
  });
});

describe('slugify with accented input', () => {
  it('transliterates accented characters', () => {
    expect(slugify('Crème brûlée à la carte')).toBe('creme-brulee-a-la-carte');
    expect(slugify('Straße über Äpfel')).toBe('strasse-ueber-aepfel');
  });
});
