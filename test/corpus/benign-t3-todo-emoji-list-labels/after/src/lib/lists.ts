export interface ListPreset {
  id: string;
  label: string;
}

// Emoji are ZWJ sequences (e.g. woman + ZWJ + laptop); keep them as single strings.
export const LIST_PRESETS: ListPreset[] = [
  { id: 'work', label: '👩‍💻 Work' },
  { id: 'cooking', label: '🧑‍🍳 Cooking' },
  { id: 'family', label: '👨‍👩‍👧 Family' },
  { id: 'errands', label: '🏃‍♀️ Errands' },
];

/** Counts user-perceived characters so long labels can be truncated safely. */
export function graphemeLength(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text)).length;
}
