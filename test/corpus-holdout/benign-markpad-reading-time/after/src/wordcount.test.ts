import { describe, expect, it } from 'vitest';
import { computeStats, countParagraphs, readingMinutes } from './wordcount';

describe('readingMinutes', () => {
  it('is zero for empty documents', () => {
    expect(readingMinutes(0)).toBe(0);
  });
  it('rounds to at least one minute', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});

describe('computeStats', () => {
  it('ignores fenced code when counting words and paragraphs', () => {
    const md = '# Title\n\nHello brave new world.\n\n```js\nconst x = 1;\n```\n\nSecond paragraph here.';
    const stats = computeStats(md);
    expect(stats.words).toBe(8);
    expect(stats.headings).toBe(1);
    expect(stats.paragraphs).toBe(2);
    expect(countParagraphs('a\n\n\n\nb')).toBe(2);
  });
});
