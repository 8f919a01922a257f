/**
 * Line-based, section-aware readers for INI (`setup.cfg`, `tox.ini`, `pytest.ini`, `.coveragerc`,
 * `mypy.ini`, `.flake8`) and TOML (`pyproject.toml`, `ruff.toml`) into the same tree as JS and
 * JSON configs. Careful rather than complete: tables, arrays of tables, dotted and quoted keys,
 * strings of every kind, multi-line arrays and inline tables; anything else is kept as text.
 * Every loop advances, so the readers are linear in the file's length.
 */
import type { ConfigValue, Scalar } from './config-tree';

type ObjectValue = Extract<ConfigValue, { kind: 'object' }>;

function object(line: number): ObjectValue {
  return { kind: 'object', entries: new Map(), line };
}

/** `[section]` headers and `key = value` / `key: value` lines; indented lines continue a value. Keys are lower-cased. */
export function readIni(text: string): ConfigValue {
  const root = object(1);
  let section: ObjectValue | undefined;
  let last: { entries: Map<string, ConfigValue>; key: string } | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) {
      return;
    }
    if (/^\s/.test(raw) && last) {
      const previous = last.entries.get(last.key);
      if (previous?.kind === 'scalar') {
        previous.value = `${String(previous.value)}\n${trimmed}`;
      }
      return;
    }
    if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
      const name = trimmed.slice(1, -1).trim();
      section = object(line);
      root.entries.set(name, section);
      last = undefined;
      return;
    }
    const eq = raw.indexOf('=');
    const colon = raw.indexOf(':');
    const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (at <= 0 || !section) {
      return;
    }
    const key = raw.slice(0, at).trim().toLowerCase();
    section.entries.set(key, { kind: 'scalar', value: raw.slice(at + 1).trim(), line });
    last = { entries: section.entries, key };
  });
  return root;
}

/** Splits `a.b."c.d"` into its keys. */
function dottedKeys(text: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '.') {
      i++;
    }
    if (i >= text.length) {
      break;
    }
    const q = text[i];
    if (q === '"' || q === "'") {
      const end = text.indexOf(q, i + 1);
      const close = end < 0 ? text.length : end;
      keys.push(text.slice(i + 1, close));
      i = close + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== '.' && text[j] !== ' ' && text[j] !== '\t') {
        j++;
      }
      keys.push(text.slice(i, j));
      i = j;
    }
  }
  return keys;
}

interface Cursor {
  s: string;
  i: number;
  line: number;
}

function skipSpace(c: Cursor): void {
  while (c.i < c.s.length) {
    const ch = c.s[c.i];
    if (ch === '#') {
      while (c.i < c.s.length && c.s[c.i] !== '\n') {
        c.i++;
      }
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      c.line += ch === '\n' ? 1 : 0;
      c.i++;
    } else {
      return;
    }
  }
}

function tomlString(c: Cursor): string {
  const q = c.s[c.i];
  const triple = c.s.startsWith(q.repeat(3), c.i);
  const close = triple ? q.repeat(3) : q;
  let j = c.i + close.length;
  let out = '';
  while (j < c.s.length && !c.s.startsWith(close, j)) {
    if (q === '"' && c.s[j] === '\\' && j + 1 < c.s.length) {
      const e = c.s[j + 1];
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
      j += 2;
      continue;
    }
    out += c.s[j];
    j++;
  }
  c.i = Math.min(c.s.length, j + close.length);
  return triple ? out.replace(/^\r?\n/, '') : out;
}

function tomlValue(c: Cursor, depth: number): ConfigValue {
  skipSpace(c);
  const ch = c.s[c.i];
  const line = c.line;
  if (ch === '"' || ch === "'") {
    return { kind: 'scalar', value: tomlString(c), line };
  }
  if (ch === '[' && depth < 20) {
    c.i++;
    const items: ConfigValue[] = [];
    for (skipSpace(c); c.i < c.s.length && c.s[c.i] !== ']'; skipSpace(c)) {
      const start = c.i;
      items.push(tomlValue(c, depth + 1));
      skipSpace(c);
      if (c.s[c.i] === ',') {
        c.i++;
      } else if (c.i === start) {
        c.i++;
      }
    }
    c.i++;
    return { kind: 'array', items, line };
  }
  if (ch === '{' && depth < 20) {
    c.i++;
    const table = object(line);
    for (skipSpace(c); c.i < c.s.length && c.s[c.i] !== '}'; skipSpace(c)) {
      const eq = c.s.indexOf('=', c.i);
      if (eq < 0) {
        break;
      }
      const keys = dottedKeys(c.s.slice(c.i, eq));
      c.i = eq + 1;
      setPath(table, keys, tomlValue(c, depth + 1));
      skipSpace(c);
      if (c.s[c.i] === ',') {
        c.i++;
      }
    }
    c.i++;
    return table;
  }
  let j = c.i;
  while (j < c.s.length && !/[,\]}#\n\r]/.test(c.s[j])) {
    j++;
  }
  const word = c.s.slice(c.i, j).trim();
  c.i = Math.max(j, c.i + 1);
  return { kind: 'scalar', value: bareScalar(word), line };
}

function bareScalar(word: string): Scalar {
  if (word === 'true' || word === 'false') {
    return word === 'true';
  }
  const n = Number(word.replace(/_/g, ''));
  return word !== '' && Number.isFinite(n) ? n : word;
}

function setPath(root: ObjectValue, keys: string[], value: ConfigValue): void {
  let current = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      current.entries.set(key, value);
      return;
    }
    let next = current.entries.get(key);
    if (next?.kind === 'array' && next.items.length > 0) {
      next = next.items[next.items.length - 1];
    }
    if (next?.kind !== 'object') {
      next = object(value.line);
      current.entries.set(key, next);
    }
    current = next;
  });
}

interface OpenState {
  depth: number;
  /** Inside a triple-quoted string that started on an earlier line. */
  triple: string;
}

/** Updates the bracket depth and open multi-line string over one more line of a value. */
function scanLine(line: string, state: OpenState): void {
  let i = 0;
  while (i < line.length) {
    if (state.triple) {
      const close = line.indexOf(state.triple, i);
      if (close < 0) {
        return;
      }
      i = close + 3;
      state.triple = '';
      continue;
    }
    const ch = line[i];
    if (ch === '#') {
      return;
    }
    if (ch === '"' || ch === "'") {
      if (line.startsWith(ch.repeat(3), i)) {
        state.triple = ch.repeat(3);
        i += 3;
        continue;
      }
      let j = i + 1;
      while (j < line.length && line[j] !== ch) {
        j += ch === '"' && line[j] === '\\' ? 2 : 1;
      }
      i = j + 1;
      continue;
    }
    if (ch === '[' || ch === '{') {
      state.depth++;
    } else if (ch === ']' || ch === '}') {
      state.depth--;
    }
    i++;
  }
}

const MAX_VALUE_LINES = 5000;

export function readToml(text: string): ConfigValue {
  const root = object(1);
  let table = root;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      continue;
    }
    const header = /^\[(\[?)([^\]]*)\]?\]\s*(#.*)?$/.exec(trimmed);
    if (header) {
      table = tableAt(root, dottedKeys(header[2]), header[1] === '[', i + 1);
      continue;
    }
    const eq = keyEnd(trimmed);
    if (eq <= 0) {
      continue;
    }
    const parts = [trimmed.slice(eq + 1)];
    const state: OpenState = { depth: 0, triple: '' };
    scanLine(parts[0], state);
    let j = i;
    while ((state.depth > 0 || state.triple) && j + 1 < lines.length && j - i < MAX_VALUE_LINES) {
      j++;
      parts.push(lines[j]);
      scanLine(lines[j], state);
    }
    const source = parts.join('\n');
    const value = tomlValue({ s: source, i: 0, line: i + 1 }, 0);
    setPath(table, dottedKeys(trimmed.slice(0, eq)), value);
    i = j;
  }
  return root;
}

/** The `=` that ends a key (outside quoted keys). */
function keyEnd(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      quote = ch === quote ? '' : quote;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '=') {
      return i;
    }
  }
  return -1;
}

function tableAt(root: ObjectValue, keys: string[], arrayOfTables: boolean, line: number): ObjectValue {
  if (!arrayOfTables) {
    const table = resolve(root, keys);
    table.line = line;
    return table;
  }
  const parent = resolve(root, keys.slice(0, -1));
  const name = keys[keys.length - 1] ?? '';
  let list = parent.entries.get(name);
  if (list?.kind !== 'array') {
    list = { kind: 'array', items: [], line };
    parent.entries.set(name, list);
  }
  const item = object(line);
  list.items.push(item);
  return item;
}

function resolve(root: ObjectValue, keys: string[]): ObjectValue {
  let current = root;
  for (const key of keys) {
    let next = current.entries.get(key);
    if (next?.kind === 'array' && next.items.length > 0) {
      next = next.items[next.items.length - 1];
    }
    if (next?.kind !== 'object') {
      next = object(current.line);
      current.entries.set(key, next);
    }
    current = next;
  }
  return current;
}
