/**
 * Metrics made lenient: an answer accepted when either text contains the other. Shared by the
 * Python and JS/TS rules.
 */

/** Names of functions and files that score, match, grade or check answers. */
export const EVALUATION_NAME =
  /match|correct|score|grad(e|er|ing)|metric|eval|judge|accura|equal|equiv|same|compare|verif|check|reward|pass|assess|rubric/i;

/** Whether containment checks (`[a, b]` for "a is in b") include one in each direction between the same two values. */
export function lenientPair(pairs: readonly (readonly [string, string])[]): boolean {
  return pairs.some(([a, b]) => a !== b && pairs.some(([c, d]) => c === b && d === a));
}

/** Why the lenient-match rules flag what they flag (the same for both languages). */
export const LENIENT_WHY =
  'An agent asked to raise a score can make the metric easier instead of the model better. Containment in both directions ' +
  'accepts "Paris" for "Paris, France" and an answer that lists every option for any reference; an empty prediction is ' +
  'contained in every reference. In a function that scores, matches, grades or checks answers this quietly inflates every ' +
  'number the evaluation reports. Reported in functions and files whose names say they evaluate; tests are not checked.';

export const LENIENT_MESSAGE =
  '`{{expr}}` accepts an answer when either text contains the other: partial and padded answers pass, and an empty one is contained in everything.';
