/**
 * The ruleset version: what a flag's fingerprint and the set of flags depend on — the fingerprint
 * scheme and every rule's id, category and severity. A base policy can pin it (`"ruleset"` in
 * `.airlock/policy.json`); a gate running another ruleset cannot decide (exit 2) rather than
 * mis-match resolutions recorded under the pinned one.
 */
import type { RuleMeta } from './rule';
import { FINGERPRINT_VERSION } from './fingerprint';
import { sha256Hex } from './hash';

export function rulesetVersion(metas: readonly Pick<RuleMeta<unknown>, 'id' | 'category' | 'severity'>[]): string {
  const lines = metas.map((m) => `${m.id}\t${m.category}\t${m.severity}`).sort();
  return `${FINGERPRINT_VERSION}+${sha256Hex(lines.join('\n')).slice(0, 12)}`;
}
