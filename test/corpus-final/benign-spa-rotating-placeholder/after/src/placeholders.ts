const SUGGESTIONS = [
  'Water the plants',
  'Review the open PRs',
  'Book the dentist',
  'Write release notes',
  'Reply to Sam',
  'Plan next sprint',
];

/** Picks a random suggestion for the input placeholder; purely cosmetic. */
export function randomPlaceholder(previous?: string): string {
  const pool = previous ? SUGGESTIONS.filter((s) => s !== previous) : SUGGESTIONS;
  const pick = pool[Math.floor(Math.random() * pool.length)];
  return `e.g. ${pick}`;
}

export const PLACEHOLDER_INTERVAL_MS = 8000;

export function suggestionCount(): number {
  return SUGGESTIONS.length;
}

export function isSuggestion(text: string): boolean {
  return SUGGESTIONS.includes(text.replace(/^e\.g\. /, ''));
}
