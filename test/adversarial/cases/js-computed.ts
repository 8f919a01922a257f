import type { EvasionCase } from '../table';

export const CASES: EvasionCase[] = [];
