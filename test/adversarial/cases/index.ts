import type { EvasionCase } from '../table';
import { CASES as JS_COMPUTED } from './js-computed';
import { CASES as JS_HIDING } from './js-hiding';
import { CASES as JS_INDIRECTION } from './js-indirection';
import { CASES as PY_EVASION } from './py-evasion';
import { CASES as TEXT_UNICODE } from './text-unicode';
import { CASES as FRESH_1129 } from './fresh-1129';

/** Every red-team row, JS/TS first, then Python, then text and Unicode tricks. */
export const EVASION_CASES: readonly EvasionCase[] = [
  ...JS_COMPUTED,
  ...JS_INDIRECTION,
  ...JS_HIDING,
  ...PY_EVASION,
  ...TEXT_UNICODE,
  ...FRESH_1129,
];
