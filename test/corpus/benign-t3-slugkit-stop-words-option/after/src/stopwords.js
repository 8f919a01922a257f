// Words that add nothing to a slug. Callers can ignore them via the
// `stopWords` option; by default nothing is removed.
export const ENGLISH_STOP_WORDS = ['a', 'an', 'and', 'of', 'the', 'to', 'in', 'on', 'for'];

/**
 * Removes stop words from an already-separated slug. Matching ignores case,
 * and a slug is never reduced to nothing: if every word is a stop word the
 * original is returned so the system still produces a usable URL.
 */
export function removeStopWords(slug, separator, stopWords) {
  if (!stopWords || stopWords.length === 0) return slug;
  const ignore = new Set(stopWords.map((w) => w.toLowerCase()));
  const kept = slug.split(separator).filter((part) => !ignore.has(part.toLowerCase()));
  return kept.length > 0 ? kept.join(separator) : slug;
}
