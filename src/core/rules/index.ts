/** Every rule, sorted by id. A test checks that each file here is registered and named after its id. */
import type { Rule, RuleMeta } from '../engine/rule';
import { BUILTIN_RULES } from '../engine/builtin';
import diffExecutableBit from './diff/executable-bit';
import diffSubmodule from './diff/submodule';
import diffSymlink from './diff/symlink';
import tsEval from './ts/eval';

export const RULES: readonly Rule[] = [diffExecutableBit, diffSubmodule, diffSymlink, tsEval].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

/** Metadata of every rule and of the engine's own findings, for reports and docs. */
export function allRuleMetas(): RuleMeta<unknown>[] {
  return [...BUILTIN_RULES, ...RULES.map((r) => r.meta as RuleMeta<unknown>)].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
