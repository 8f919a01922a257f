/**
 * Compares two versions of a configuration tree against a table of watched settings: a number
 * lowered, a flag switched off, entries added to an ignore list, entries removed from an
 * include list. Only changes that make the checks weaker are returned; raising a threshold or
 * adding a stricter option is not.
 */
import type { Severity } from '../../model/finding';
import { render, type ConfigValue } from './config-tree';

export type Check =
  /** A number that is a minimum (coverage threshold): lowered or removed. */
  | 'lowered'
  /** A number that is a tolerance (retries): raised or newly set. */
  | 'raised'
  /** A list of exclusions: entries added. */
  | 'added'
  /** A list of inclusions: entries removed (the list still present). */
  | 'removed'
  /** A switch that weakens when on (`passWithNoTests`, `ignore_errors`). */
  | 'enabled'
  /** A switch that weakens when off (`strict`, `check-coverage`); removing it when it was on counts. */
  | 'disabled';

export interface Watch {
  /** Dotted path of keys under the tool's root; `*` matches any one key. */
  path: string;
  check: Check;
  what: string;
  severity?: Severity;
  /** Entries that raise the severity to high (security lint codes). */
  security?: (item: string) => boolean;
  /** Entries that are routine and never reported (`node_modules` in an exclude list). */
  routine?: (item: string) => boolean;
}

export interface Leaf {
  path: string[];
  value: ConfigValue;
}

export interface Weakening {
  messageId: 'lowered' | 'unset' | 'raised' | 'added' | 'removed' | 'enabled' | 'disabled';
  what: string;
  /** The key as written, dotted. */
  key: string;
  old: string;
  new: string;
  items: string;
  severity: Severity;
  /** The line in the new file, or in the old one when `side` is removed. */
  line: number;
  side: 'new' | 'removed';
}

const MAX_LEAVES = 20_000;

/** Objects become paths; arrays of objects are indexed (`#0`); scalars, unknowns and other arrays are leaves. */
export function flatten(value: ConfigValue | undefined, prefix: string[] = [], out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value === undefined || out.size >= MAX_LEAVES || prefix.length > 30) {
    return out;
  }
  if (value.kind === 'object') {
    for (const [key, child] of value.entries) {
      flatten(child, [...prefix, key], out);
    }
  } else if (value.kind === 'array' && value.items.length > 0 && value.items.every((item) => item.kind === 'object')) {
    value.items.forEach((item, i) => flatten(item, [...prefix, `#${i}`], out));
  } else {
    out.set(prefix.join('\u0001'), { path: prefix, value });
  }
  return out;
}

function matches(pattern: string[], path: string[]): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((p, i) => p === '*' || p === path[i] || (p.length > 1 && p.endsWith('*') && path[i].startsWith(p.slice(0, -1))))
  );
}

export function numberOf(value: ConfigValue | undefined): number | undefined {
  if (value?.kind !== 'scalar') {
    return undefined;
  }
  if (typeof value.value === 'number') {
    return value.value;
  }
  if (typeof value.value === 'string' && /^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(value.value)) {
    return Number.parseFloat(value.value);
  }
  return undefined;
}

function truth(value: ConfigValue | undefined): boolean | undefined {
  if (value?.kind !== 'scalar') {
    return undefined;
  }
  const v = value.value;
  if (typeof v === 'boolean') {
    return v;
  }
  if (typeof v === 'number') {
    return v !== 0;
  }
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    return /^(true|yes|on|1)$/.test(s) ? true : /^(false|no|off|0)$/.test(s) ? false : undefined;
  }
  return undefined;
}

/** The entries of a list setting: array items, or a string split at commas, spaces and line breaks (INI lists). */
export function itemsOf(value: ConfigValue | undefined): string[] {
  if (value === undefined) {
    return [];
  }
  if (value.kind === 'array') {
    return value.items.map((item) => (item.kind === 'scalar' ? String(item.value) : render(item)));
  }
  if (value.kind === 'scalar' && typeof value.value === 'string') {
    return value.value.split(/[\s,]+/).filter((s) => s.length > 0);
  }
  return value.kind === 'scalar' && value.value !== null ? [String(value.value)] : [];
}

/** The line of a list entry in the new version (the array item's own line when known). */
function itemLine(value: ConfigValue | undefined, item: string): number | undefined {
  if (value?.kind !== 'array') {
    return value?.line;
  }
  return value.items.find((i) => i.kind === 'scalar' && String(i.value) === item)?.line ?? value.line;
}

function compareLeaf(watch: Watch, key: string, oldLeaf: Leaf | undefined, newLeaf: Leaf | undefined): Weakening | undefined {
  const base = { what: watch.what, key, old: render(oldLeaf?.value), new: render(newLeaf?.value), items: '' };
  const severity = watch.severity ?? 'medium';
  const atNew = { severity, line: newLeaf?.value.line ?? 1, side: 'new' as const };
  const atOld = { severity, line: oldLeaf?.value.line ?? 1, side: 'removed' as const };
  switch (watch.check) {
    case 'lowered': {
      const before = numberOf(oldLeaf?.value);
      const after = numberOf(newLeaf?.value);
      if (before === undefined) {
        return undefined;
      }
      if (newLeaf === undefined) {
        return { messageId: 'unset', ...base, ...atOld };
      }
      return after !== undefined && after < before ? { messageId: 'lowered', ...base, ...atNew } : undefined;
    }
    case 'raised': {
      const before = numberOf(oldLeaf?.value) ?? 0;
      const after = numberOf(newLeaf?.value);
      return after !== undefined && after > before ? { messageId: 'raised', ...base, ...atNew } : undefined;
    }
    case 'enabled':
      return truth(newLeaf?.value) === true && truth(oldLeaf?.value) !== true ? { messageId: 'enabled', ...base, ...atNew } : undefined;
    case 'disabled': {
      const before = truth(oldLeaf?.value);
      const after = truth(newLeaf?.value);
      if (after === false && before !== false) {
        return { messageId: 'disabled', ...base, ...atNew };
      }
      return before === true && newLeaf === undefined ? { messageId: 'unset', ...base, ...atOld } : undefined;
    }
    case 'added':
    case 'removed':
      return compareItems(watch, base, oldLeaf, newLeaf);
  }
}

function compareItems(
  watch: Watch,
  base: Pick<Weakening, 'what' | 'key' | 'old' | 'new' | 'items'>,
  oldLeaf: Leaf | undefined,
  newLeaf: Leaf | undefined,
): Weakening | undefined {
  const before = itemsOf(oldLeaf?.value);
  const after = itemsOf(newLeaf?.value);
  if (watch.check === 'removed' && newLeaf === undefined) {
    return undefined;
  }
  const [from, to] = watch.check === 'added' ? [before, after] : [after, before];
  const have = new Set(from);
  const changed = [...new Set(to.filter((item) => !have.has(item) && !watch.routine?.(item)))];
  if (changed.length === 0) {
    return undefined;
  }
  const severity = watch.security && changed.some(watch.security) ? 'high' : (watch.severity ?? 'medium');
  const items = changed.slice(0, 5).map((i) => (i.length > 60 ? `${i.slice(0, 57)}...` : i));
  const shown = `${items.join(', ')}${changed.length > 5 ? ` (+${changed.length - 5} more)` : ''}`;
  const line = watch.check === 'added' ? (itemLine(newLeaf?.value, changed[0]) ?? 1) : (newLeaf?.value.line ?? 1);
  return { messageId: watch.check, ...base, items: shown, severity, line, side: 'new' };
}

/** Every weakening of the watched settings between two trees, both read from the same tool root. */
export function compareTrees(watches: readonly Watch[], oldTree: ConfigValue | undefined, newTree: ConfigValue | undefined): Weakening[] {
  const before = flatten(oldTree);
  const after = flatten(newTree);
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: Weakening[] = [];
  for (const watch of watches) {
    const pattern = watch.path.split('.');
    for (const key of keys) {
      const oldLeaf = before.get(key);
      const newLeaf = after.get(key);
      const path = (newLeaf ?? oldLeaf)?.path ?? [];
      if (!matches(pattern, path)) {
        continue;
      }
      const found = compareLeaf(watch, path.join('.'), oldLeaf, newLeaf);
      if (found) {
        out.push(found);
      }
    }
  }
  return out;
}
