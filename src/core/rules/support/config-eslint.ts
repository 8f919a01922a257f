/**
 * ESLint configuration, flat (`eslint.config.*`: an array of objects, possibly through
 * `tseslint.config(...)`) or legacy (`.eslintrc*`, `package.json` `eslintConfig`: rules plus
 * `overrides`), reduced to the same shape: rule levels per file scope, and ignore patterns.
 */
import type { Severity } from '../../model/finding';
import { isSecurityEslintRule } from './config-directives';
import { itemsOf } from './config-compare';
import type { ConfigValue } from './config-tree';

interface RuleSetting {
  scope: string;
  rule: string;
  level: number | undefined;
  raw: string;
  line: number;
  testScope: boolean;
}

interface EslintShape {
  rules: Map<string, RuleSetting>;
  ignores: Map<string, number>;
}

export interface EslintWeakening {
  messageId: 'ruleWeakened' | 'ruleRemoved' | 'eslintIgnored';
  data: Record<string, string>;
  severity: Severity;
  line: number;
  side: 'new' | 'removed';
}

const LEVELS: Record<string, number> = { off: 0, '0': 0, warn: 1, '1': 1, error: 2, '2': 2 };

function levelOf(value: ConfigValue): { level: number | undefined; raw: string } {
  const first = value.kind === 'array' ? value.items[0] : value;
  if (first?.kind === 'scalar') {
    const raw = String(first.value);
    return { level: LEVELS[raw.toLowerCase()], raw };
  }
  return { level: undefined, raw: '(computed)' };
}

const TEST_GLOB = /(^|[/*{,])(__tests__|__mocks__|tests?|spec|e2e|fixtures?)([/*},]|$)|\.(test|spec)\.|(^|\/)test_/;

function addRules(shape: EslintShape, rules: ConfigValue | undefined, files: string[]): void {
  if (rules?.kind !== 'object') {
    return;
  }
  const scope = files.join(', ');
  const testScope = files.length > 0 && files.every((f) => TEST_GLOB.test(f));
  for (const [rule, value] of rules.entries) {
    const { level, raw } = levelOf(value);
    shape.rules.set(`${scope}\u0001${rule}`, { scope, rule, level, raw, line: value.line, testScope });
  }
}

function addIgnores(shape: EslintShape, value: ConfigValue | undefined): void {
  const list = value?.kind === 'array' ? value.items : value ? [value] : [];
  for (const item of list) {
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      shape.ignores.set(item.value, item.line);
    }
  }
}

/** Reads the ESLint settings of a config tree; `flat` for `eslint.config.*`. */
export function eslintShape(tree: ConfigValue | undefined, flat: boolean): EslintShape {
  const shape: EslintShape = { rules: new Map(), ignores: new Map() };
  if (tree === undefined) {
    return shape;
  }
  const entries = tree.kind === 'array' ? tree.items : [tree];
  for (const entry of entries) {
    if (entry.kind !== 'object') {
      continue;
    }
    const files = itemsOf(entry.entries.get('files'));
    addRules(shape, entry.entries.get('rules'), files);
    if (flat) {
      const keys = [...entry.entries.keys()].filter((k) => k !== 'name');
      if (keys.length === 1 && keys[0] === 'ignores') {
        addIgnores(shape, entry.entries.get('ignores'));
      }
      continue;
    }
    addIgnores(shape, entry.entries.get('ignorePatterns'));
    const overrides = entry.entries.get('overrides');
    for (const override of overrides?.kind === 'array' ? overrides.items : []) {
      if (override.kind === 'object') {
        addRules(shape, override.entries.get('rules'), itemsOf(override.entries.get('files')));
      }
    }
  }
  return shape;
}

const LEVEL_NAMES = ['off', 'warn', 'error'];

function ruleSeverity(setting: RuleSetting): Severity {
  const security = isSecurityEslintRule(setting.rule);
  if (setting.testScope) {
    return security ? 'medium' : 'low';
  }
  return security ? 'high' : 'medium';
}

/** Rules switched off or down to warnings, rules that were errors removed, and new ignore patterns. */
export function compareEslint(before: EslintShape, after: EslintShape, isRoutine: (item: string) => boolean): EslintWeakening[] {
  const out: EslintWeakening[] = [];
  for (const [key, setting] of after.rules) {
    const old = before.rules.get(key);
    const weaker =
      setting.level !== undefined && (old?.level !== undefined ? setting.level < old.level : setting.level === 0 && old === undefined);
    if (weaker) {
      const data = {
        rule: setting.rule,
        old: old ? String(old.raw) : '(not set)',
        new: LEVEL_NAMES[setting.level ?? 0] === setting.raw ? setting.raw : `${setting.raw} (${LEVEL_NAMES[setting.level ?? 0]})`,
        scope: setting.scope || 'all files',
      };
      out.push({ messageId: 'ruleWeakened', data, severity: ruleSeverity(setting), line: setting.line, side: 'new' });
    }
  }
  for (const [key, old] of before.rules) {
    if (!after.rules.has(key) && old.level === 2) {
      const data = { rule: old.rule, old: old.raw, new: '(removed)', scope: old.scope || 'all files' };
      out.push({ messageId: 'ruleRemoved', data, severity: 'low', line: old.line, side: 'removed' });
    }
  }
  const added = [...after.ignores].filter(([pattern]) => !before.ignores.has(pattern) && !isRoutine(pattern));
  if (added.length > 0) {
    const items =
      added
        .slice(0, 5)
        .map(([p]) => p)
        .join(', ') + (added.length > 5 ? ` (+${added.length - 5} more)` : '');
    out.push({ messageId: 'eslintIgnored', data: { items }, severity: 'medium', line: added[0][1], side: 'new' });
  }
  return out;
}
