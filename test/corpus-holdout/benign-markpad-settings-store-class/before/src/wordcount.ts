export interface TextStats {
  words: number;
  characters: number;
  lines: number;
  headings: number;
}

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

export function computeStats(markdown: string): TextStats {
  const prose = stripCodeBlocks(markdown);
  const lines = markdown.length === 0 ? 0 : markdown.split('\n').length;
  const headings = prose.split('\n').filter((l) => HEADING.test(l)).length;
  return {
    words: countWords(prose),
    characters: markdown.length,
    lines,
    headings,
  };
}
