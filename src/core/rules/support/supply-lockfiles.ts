/**
 * Lockfile readers for diff/lockfile-source: each turns one lockfile format into a map of
 * entries (what was resolved, from where, with which checksum), in one linear pass. Formats:
 * package-lock.json / npm-shrinkwrap.json (v1 nested `dependencies`, v2/v3 `packages`),
 * yarn.lock (v1 and berry), pnpm-lock.yaml, bun.lock (JSONC), poetry.lock and uv.lock.
 */
import { isObject, parseJson, parseJsonc, type Json } from './supply-json';

export interface LockEntry {
  name: string;
  version: string;
  /** Where the code comes from: a URL, a git spec, a path, or '' for the default registry. */
  source: string;
  integrity?: string;
  /** 1-based line, when the reader knows it. */
  line?: number;
  /** JSON key path, for JSON lockfiles (the line is looked up only when needed). */
  path?: string[];
}

export type Lockfile = Map<string, LockEntry>;
export type LockFormat = 'npm' | 'yarn' | 'pnpm' | 'bun' | 'poetry' | 'uv';

export function lockFormat(path: string): LockFormat | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  switch (base) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'npm';
    case 'yarn.lock':
      return 'yarn';
    case 'pnpm-lock.yaml':
      return 'pnpm';
    case 'bun.lock':
      return 'bun';
    case 'poetry.lock':
      return 'poetry';
    case 'uv.lock':
      return 'uv';
    default:
      return undefined;
  }
}

/** The entries of a lockfile, or undefined when it cannot be read. */
export function readLockfile(format: LockFormat, text: string | undefined): Lockfile | undefined {
  if (text === undefined) {
    return undefined;
  }
  switch (format) {
    case 'npm':
      return readNpm(parseJson(text));
    case 'yarn':
      return readYarn(text);
    case 'pnpm':
      return readPnpm(text);
    case 'bun':
      return readBun(parseJsonc(text));
    default:
      return readTomlPackages(text);
  }
}

const str = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function readNpm(lock: Json | undefined): Lockfile | undefined {
  if (!isObject(lock)) {
    return undefined;
  }
  const out: Lockfile = new Map();
  const packages = lock.packages;
  if (isObject(packages)) {
    for (const [key, entry] of Object.entries(packages)) {
      if (key === '' || !isObject(entry) || entry.link === true) {
        continue;
      }
      const name = str(entry.name) ?? key.slice(key.lastIndexOf('node_modules/') + 13);
      out.set(key, {
        name,
        version: str(entry.version) ?? '',
        source: str(entry.resolved) ?? '',
        integrity: str(entry.integrity),
        path: ['packages', key],
      });
    }
    return out;
  }
  const walk = (deps: Json | undefined, path: string[]): void => {
    if (!isObject(deps)) {
      return;
    }
    for (const [name, entry] of Object.entries(deps)) {
      if (!isObject(entry)) {
        continue;
      }
      const here = [...path, name];
      const version = str(entry.version) ?? '';
      // v1 puts git and file specs in `version` and the alias target in `version: "npm:x@1"`.
      const source = str(entry.resolved) ?? (/^[\d.]+[\w.+-]*$/.test(version) ? '' : version);
      out.set(here.join('/'), { name, version, source, integrity: str(entry.integrity), path: here });
      if (here.length < 40) {
        walk(entry.dependencies, [...here, 'dependencies']);
      }
    }
  };
  walk(lock.dependencies, ['dependencies']);
  return out;
}

/** `"@scope/a@^1.0.0", a@npm:^2` -> the package name of the first selector (the alias target for `npm:` aliases). */
function nameOfSelector(header: string): string {
  const first = header
    .split(',')[0]
    .trim()
    .replace(/^["']|["']$/g, '');
  const at = first.indexOf('@', 1);
  const name = at > 0 ? first.slice(0, at) : first;
  const alias = /@npm:(@?[^@]+)@/.exec(first);
  return alias ? alias[1] : name;
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

function readYarn(text: string): Lockfile {
  const out: Lockfile = new Map();
  let current: LockEntry | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' || line[0] === '#') {
      continue;
    }
    if (line[0] !== ' ' && line.endsWith(':')) {
      const header = line.slice(0, -1);
      current = { name: nameOfSelector(header), version: '', source: '', line: i + 1 };
      if (header !== '__metadata') {
        out.set(header, current);
      }
      continue;
    }
    if (!current || !line.startsWith('  ') || line[2] === ' ') {
      continue;
    }
    const m = /^ {2}(\w+):?\s+(.*)$/.exec(line);
    if (!m) {
      continue;
    }
    const value = unquote(m[2]);
    if (m[1] === 'version') {
      current.version = value;
    } else if (m[1] === 'resolved') {
      current.source = value;
    } else if (m[1] === 'resolution') {
      // Berry: `name@npm:1.2.3` is the registry; anything else after the name is the source.
      const rest = value.slice(value.indexOf('@', 1) + 1);
      current.source = /^npm:[\w.+-]+$/.test(rest) ? '' : rest;
    } else if (m[1] === 'integrity' || m[1] === 'checksum') {
      current.integrity = value;
    }
  }
  return out;
}

function readPnpm(text: string): Lockfile {
  const out: Lockfile = new Map();
  const lines = text.split(/\r\n|\n|\r/);
  let inPackages = false;
  let current: LockEntry | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' || line.trimStart().startsWith('#')) {
      continue;
    }
    if (line[0] !== ' ') {
      inPackages = line.startsWith('packages:');
      current = undefined;
      continue;
    }
    if (!inPackages) {
      continue;
    }
    if (/^ {2}\S/.test(line) && line.endsWith(':')) {
      const key = unquote(line.slice(2, -1));
      const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
      const at = bare.indexOf('@', 1);
      const slash = bare.lastIndexOf('/');
      const [name, version] = at > 0 ? [bare.slice(0, at), bare.slice(at + 1)] : [bare.slice(0, slash), bare.slice(slash + 1)];
      current = { name, version, source: '', line: i + 1 };
      out.set(key, current);
      continue;
    }
    const res = current && /^ {4}resolution:\s*\{(.*)\}\s*$/.exec(line);
    if (current && res) {
      const fields = flowMap(res[1]);
      current.integrity = fields.integrity;
      current.source = fields.tarball ?? fields.repo ?? (fields.directory !== undefined ? `file:${fields.directory}` : '');
      if (fields.repo && fields.commit) {
        current.source = `git+${fields.repo}#${fields.commit}`;
      }
    }
  }
  return out;
}

/** `integrity: sha512-x, tarball: https://...` (a one-line YAML flow mapping). */
function flowMap(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of body.split(/,\s*(?=[\w-]+:\s)/)) {
    const colon = part.indexOf(':');
    if (colon > 0) {
      out[part.slice(0, colon).trim()] = unquote(part.slice(colon + 1));
    }
  }
  return out;
}

function readBun(lock: Json | undefined): Lockfile | undefined {
  if (!isObject(lock) || !isObject(lock.packages)) {
    return undefined;
  }
  const out: Lockfile = new Map();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      continue;
    }
    const id = entry[0];
    const at = id.indexOf('@', 1);
    const name = at > 0 ? id.slice(0, at) : id;
    const spec = at > 0 ? id.slice(at + 1) : '';
    const registry = typeof entry[1] === 'string' ? entry[1] : '';
    const plain = /^[\w.+-]+$/.test(spec);
    const integrity = entry.slice(1).find((e): e is string => typeof e === 'string' && /^sha\d+-/.test(e));
    out.set(key, {
      name,
      version: plain ? spec : '',
      source: plain ? registry : spec.startsWith('workspace:') ? 'workspace:' : spec,
      integrity,
      path: ['packages', key],
    });
  }
  return out;
}

/** poetry.lock and uv.lock: `[[package]]` tables with name, version, source and file hashes. */
function readTomlPackages(text: string): Lockfile {
  const out: Lockfile = new Map();
  const lines = text.split(/\r\n|\n|\r/);
  let current: (LockEntry & { hashes: string[]; sourceType?: string; files: string[] }) | undefined;
  let table = '';
  const finish = (): void => {
    if (current) {
      current.integrity = current.hashes.length > 0 ? current.hashes.sort().join(' ') : undefined;
      if (current.source === '' && current.files.length > 0) {
        current.source = current.files.find((f) => !/^https:\/\/files\.pythonhosted\.org\//.test(f)) ?? '';
      }
      out.set(`${current.name}@${current.version}`, current);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('[')) {
      if (line === '[[package]]') {
        finish();
        current = { name: '', version: '', source: '', line: i + 1, hashes: [], files: [] };
      }
      table = line;
      continue;
    }
    if (!current) {
      continue;
    }
    for (const m of line.matchAll(/\bhash\s*=\s*"([^"]+)"/g)) {
      current.hashes.push(m[1]);
    }
    if (!line.startsWith('source')) {
      for (const m of line.matchAll(/\burl\s*=\s*"([^"]+)"/g)) {
        current.files.push(m[1]);
      }
    }
    const kv = /^([\w-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) {
      continue;
    }
    const [, key, value] = kv;
    if (table === '[[package]]' && (key === 'name' || key === 'version')) {
      current[key] = unquote(value);
    } else if (table === '[[package]]' && key === 'source') {
      // uv: `source = { registry = "https://pypi.org/simple" }`, `{ git = "..." }`, `{ editable = "." }`.
      const m = /\{\s*(\w+)\s*=\s*"([^"]*)"/.exec(value);
      if (m) {
        current.source = m[1] === 'registry' ? registryUrl(m[2]) : m[1] === 'git' ? `git+${m[2]}` : m[1] === 'url' ? m[2] : `file:${m[2]}`;
      }
    } else if (table === '[package.source]' && key === 'type') {
      current.sourceType = unquote(value);
    } else if (table === '[package.source]' && key === 'url') {
      const url = unquote(value);
      const type = current.sourceType;
      current.source = type === 'git' ? `git+${url}` : type === 'directory' || type === 'file' ? `file:${url}` : registryUrl(url);
    }
  }
  finish();
  return out;
}

function registryUrl(url: string): string {
  return /^https:\/\/(pypi\.org|pypi\.python\.org)\//.test(url) ? '' : url;
}
