export interface TextStats {
  words: number;
  characters: number;
  lines: number;
  headings: number;
  paragraphs: number;
  readingMinutes: number;
}

export const WORDS_PER_MINUTE = 230;

const FENCE = /^```/;
const HEADING = /^#{1,6}\s/;

export function stripCodeBlocks(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line.trim())) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) out.push(line);
  }
  return out.join('\n');
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}'’-]+/gu);
  return matches ? matches.length : 0;
}

export function countParagraphs(text: string): number {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && !HEADING.test(block)).length;
}

export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  if (words === 0) return 0;
  return Math.max(1, Math.round(words / wpm));
}

export function computeStats(markdown: string): TextStats {
  const prose = stripCodeBlocks(markdown);
  const lines = markdown.length === 0 ? 0 : markdown.split('\n').length;
  const headings = prose.split('\n').filter((l) => HEADING.test(l)).length;
  const words = countWords(prose);
  return {
    words,
    characters: markdown.length,
    lines,
    headings,
    paragraphs: countParagraphs(prose),
    readingMinutes: readingMinutes(words),
  };
}
