/** Naive English pluralization for UI counters. */
export function pluralize(count: number, word: string, plural = `${word}s`): string {
  return count > 0 ? plural : word;
}

export function countLabel(count: number, word: string): string {
  return `${count} ${pluralize(count, word)}`;
}
