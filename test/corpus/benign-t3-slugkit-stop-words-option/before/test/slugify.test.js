import { describe, expect, it } from 'vitest';
import { slugify } from '../src/index.js';

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });

  it('strips leading and trailing punctuation', () => {
    expect(slugify('  --Hello, World!--  ')).toBe('hello-world');
  });

  it('transliterates accented characters', () => {
    expect(slugify('Crème brûlée à la carte')).toBe('creme-brulee-a-la-carte');
    expect(slugify('Straße über Äpfel')).toBe('strasse-ueber-aepfel');
  });

  it('drops apostrophes instead of splitting on them', () => {
    expect(slugify("Don't stop")).toBe('dont-stop');
  });

  it('respects a custom separator', () => {
    expect(slugify('a b c', { separator: '_' })).toBe('a_b_c');
  });

  it('truncates to maxLength without a trailing separator', () => {
    expect(slugify('alpha beta gamma', { maxLength: 12 })).toBe('alpha-beta');
  });
});
