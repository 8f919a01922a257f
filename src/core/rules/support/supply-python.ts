/**
 * Python dependency manifests read as text, for diff/python-manifest: requirements files,
 * pyproject.toml (PEP 621, Poetry, uv, PDM, setuptools, hatch), setup.cfg, Pipfile and conda
 * environment files. Each becomes a list of facts (a dependency, an index, a build backend, ...)
 * with the line it is written on; the rule compares the facts of both versions. No TOML or YAML
 * parser: line-based reading of the handful of keys that matter.
 */

export type FactKind =
  | 'dep'
  | 'index'
  | 'extra-index'
  | 'find-links'
  | 'trusted-host'
  | 'build-requires'
  | 'build-backend'
  | 'backend-path'
  | 'cmdclass'
  | 'build-hook'
  | 'channel'
  | 'no-verify'
  | 'dependency-link';

export interface Fact {
  kind: FactKind;
  /** Identity within its kind (a normalized package name, a URL, a key). */
  key: string;
  /** What it is set to (a requirement spec, a URL). */
  value: string;
  line: number;
  /** A conda (not pip) dependency: no typosquat check against PyPI names. */
  conda?: boolean;
}

export type ManifestKind = 'requirements' | 'pyproject' | 'setup.cfg' | 'pipfile' | 'conda';

export function manifestKind(path: string): ManifestKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/^[\w.-]*(requirements|constraints)[\w.-]*\.(txt|in)$/.test(base) || /(^|\/)requirements\/[\w.-]+\.(txt|in)$/i.test(path)) {
    return 'requirements';
  }
  if (base === 'pyproject.toml') {
    return 'pyproject';
  }
  if (base === 'setup.cfg') {
    return 'setup.cfg';
  }
  if (base === 'pipfile') {
    return 'pipfile';
  }
  return /^(environment|conda)[\w.-]*\.ya?ml$/.test(base) ? 'conda' : undefined;
}

const PIP_OPTION =
  /^\s*(--index-url|--extra-index-url|-i\s|--trusted-host|--find-links|-f\s|--requirement|-r\s|--constraint|-c\s|--pre\b|--no-binary|--only-binary|--hash)/;
const REQUIREMENT_OR_OPTION =
  /^\s*(#.*|-\S.*|[A-Za-z0-9][\w.-]*(\[[\w.,\s-]*\])?\s*(([<>=!~]=?|===)\s*[\w.*+!-]+\s*,?\s*)*(;.*)?(\s+#.*)?|(git\+|https?:\/\/|file:).*|\S+\s*@\s*\S+.*)?$/;

/**
 * Whether a text file is a pip requirements file whatever its name (`deps/ml.txt` included by
 * `-r`): every line is a requirement, an option or a comment, and at least one is a pip option.
 */
export function looksLikeRequirements(path: string, text: string): boolean {
  if (!/\.(txt|in)$/i.test(path) || text.length > 512 * 1024) {
    return false;
  }
  const lines = text.split(/\r\n|\n|\r/);
  return lines.some((l) => PIP_OPTION.test(l)) && lines.every((l) => REQUIREMENT_OR_OPTION.test(l));
}

export function readManifest(kind: ManifestKind, text: string): Fact[] {
  const lines = text.split(/\r\n|\n|\r/);
  switch (kind) {
    case 'requirements':
      return lines.flatMap((line, i) => requirementLine(line, i + 1));
    case 'setup.cfg':
      return readSetupCfg(lines);
    case 'conda':
      return readConda(lines);
    default:
      return readToml(lines);
  }
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const OPTION = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable)(?:\s*=\s*|\s+)(\S+)/;

/** One line of a requirements file (or a pip entry of a conda file). */
export function requirementLine(raw: string, line: number, conda = false): Fact[] {
  const text = stripComment(raw).trim();
  if (
    text === '' ||
    /^(-r|-c|--requirement|--constraint|--hash|--pre|--no-binary|--only-binary|--prefer-binary|--require-hashes)\b/.test(text)
  ) {
    return [];
  }
  const option = OPTION.exec(text);
  if (option) {
    const [, flag, value] = option;
    switch (flag) {
      case '-i':
      case '--index-url':
        return [{ kind: 'index', key: value, value, line }];
      case '--extra-index-url':
        return [{ kind: 'extra-index', key: value, value, line }];
      case '-f':
      case '--find-links':
        return [{ kind: 'find-links', key: value, value, line }];
      case '--trusted-host':
        return [{ kind: 'trusted-host', key: value, value, line }];
      default:
        return [{ kind: 'dep', key: nameFromRef(value), value, line }];
    }
  }
  if (text.startsWith('-')) {
    return [];
  }
  const at = /^([A-Za-z0-9][\w.-]*)(\[[^\]]*\])?\s*@\s*(\S+)/.exec(text);
  if (at) {
    return [{ kind: 'dep', key: normalizeName(at[1]), value: at[3], line, conda }];
  }
  if (isDirectRef(text)) {
    return [{ kind: 'dep', key: nameFromRef(text), value: text.split(/\s+/)[0], line, conda }];
  }
  const name = /^([A-Za-z0-9][\w.-]*)/.exec(text);
  return name ? [{ kind: 'dep', key: normalizeName(name[1]), value: text.slice(name[1].length).trim(), line, conda }] : [];
}

function stripComment(line: string): string {
  if (line.trimStart().startsWith('#')) {
    return '';
  }
  const hash = line.indexOf(' #');
  return hash >= 0 ? line.slice(0, hash) : line;
}

/** A requirement that names a URL, a VCS repository or a local path instead of a version. */
export function isDirectRef(spec: string): boolean {
  return /^(git\+|hg\+|svn\+|bzr\+|https?:|file:|\.{0,2}\/|~\/)/i.test(spec.trim());
}

function nameFromRef(ref: string): string {
  const egg = /[#&]egg=([\w.-]+)/.exec(ref);
  if (egg) {
    return normalizeName(egg[1]);
  }
  const last = ref.replace(/[#?].*$/, '').replace(/\/+$/, '');
  return normalizeName(last.slice(last.lastIndexOf('/') + 1).replace(/\.git$|\.(tar\.gz|zip|whl)$/, '') || ref);
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/** The quoted strings on a line, with no regex backtracking. */
function quotedStrings(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const q = line[i];
    if (q === '#') {
      break;
    }
    if (q === '"' || q === "'") {
      const end = line.indexOf(q, i + 1);
      if (end < 0) {
        break;
      }
      out.push(line.slice(i + 1, end));
      i = end + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Reads `key = value`, following multi-line arrays; calls `visit(table, key, value, strings, line)`. */
function walkToml(
  lines: string[],
  visit: (table: string, key: string, value: string, items: { text: string; line: number }[], line: number) => void,
): void {
  let table = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('[')) {
      table = line.replace(/^\[+|\]+.*$/g, '').trim();
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || line.startsWith('#')) {
      continue;
    }
    const key = unquote(line.slice(0, eq));
    const value = line.slice(eq + 1).trim();
    const items: { text: string; line: number }[] = [];
    if (value.startsWith('[')) {
      let j = i;
      let depth = 0;
      for (;;) {
        const current = j === i ? value : lines[j];
        quotedStrings(current).forEach((text) => items.push({ text, line: j + 1 }));
        depth += bracketBalance(current);
        if (depth <= 0 || j + 1 >= lines.length) {
          break;
        }
        j++;
      }
      visit(table, key, value, items, i + 1);
      i = j;
      continue;
    }
    visit(
      table,
      key,
      value,
      quotedStrings(value).map((text) => ({ text, line: i + 1 })),
      i + 1,
    );
  }
}

function bracketBalance(line: string): number {
  let depth = 0;
  let quote = '';
  for (const c of line) {
    if (quote) {
      quote = c === quote ? '' : quote;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      break;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      depth--;
    }
  }
  return depth;
}

const DEP_ARRAY_TABLES = /^(project\.optional-dependencies|dependency-groups|tool\.uv\.dev-dependencies)$/;
const DEP_TABLES =
  /^(tool\.poetry\.(dev-)?dependencies|tool\.poetry\.group\.[\w-]+\.dependencies|packages|dev-packages|tool\.uv\.sources|tool\.pdm\.dev-dependencies)$/;
const INDEX_TABLES = /^(tool\.poetry\.source|source|tool\.uv\.index|tool\.pdm\.source|tool\.rye\.sources)$/;

function readToml(lines: string[]): Fact[] {
  const facts: Fact[] = [];
  walkToml(lines, (table, key, value, items, line) => {
    if (
      (table === 'project' && key === 'dependencies') ||
      DEP_ARRAY_TABLES.test(table) ||
      (table === 'tool.uv' && key === 'dev-dependencies')
    ) {
      items.forEach((item) => facts.push(...requirementLine(item.text, item.line)));
    } else if (DEP_TABLES.test(table) && key !== 'python') {
      const inline = value.startsWith('{') ? inlineTable(value) : {};
      const ref = inline.git ? `git+${inline.git}` : (inline.url ?? (inline.path ? `./${inline.path.replace(/^\.\//, '')}` : inline.file));
      facts.push({ kind: 'dep', key: normalizeName(key), value: ref ?? unquote(value), line });
    } else if (table === 'build-system' && key === 'requires') {
      facts.push({
        kind: 'build-requires',
        key,
        value: items
          .map((s) => s.text)
          .sort()
          .join(', '),
        line,
      });
    } else if (table === 'build-system' && (key === 'build-backend' || key === 'backend-path')) {
      facts.push({ kind: key, key, value: unquote(value), line });
    } else if (INDEX_TABLES.test(table) && key === 'url') {
      facts.push({ kind: 'index', key: unquote(value), value: unquote(value), line });
    } else if (INDEX_TABLES.test(table) && key === 'verify_ssl' && value === 'false') {
      facts.push({ kind: 'no-verify', key: `${table}.${key}`, value, line });
    } else if ((table === 'tool.uv' || table === 'tool.uv.pip') && /^(index-url|extra-index-url|find-links)$/.test(key)) {
      const urls = items.length > 0 ? items : [{ text: unquote(value), line }];
      const factKind: FactKind = key === 'index-url' ? 'index' : key === 'find-links' ? 'find-links' : 'extra-index';
      urls.forEach((u) => facts.push({ kind: factKind, key: u.text, value: u.text, line: u.line }));
    } else if (table === 'tool.setuptools.cmdclass') {
      facts.push({ kind: 'cmdclass', key, value: unquote(value), line });
    } else if (/^tool\.hatch\.build(\.targets\.[\w-]+)?\.hooks\.custom$/.test(table) || /^tool\.pdm\.build$/.test(table)) {
      facts.push({ kind: 'build-hook', key: `${table}.${key}`, value: unquote(value), line });
    }
  });
  return facts;
}

/** `{ version = "^1", git = "https://..." }` -> its string fields. */
function inlineTable(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = value.replace(/^\{|\}\s*$/g, '');
  for (const part of body.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) {
      out[part.slice(0, eq).trim()] = unquote(part.slice(eq + 1));
    }
  }
  return out;
}

function readSetupCfg(lines: string[]): Fact[] {
  const facts: Fact[] = [];
  let section = '';
  let key = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    if (line.startsWith('[')) {
      section = line.replace(/^\[|\].*$/g, '').trim();
      key = '';
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith(';')) {
      continue;
    }
    const indented = /^\s/.test(raw);
    let value = line;
    if (!indented) {
      const eq = line.search(/[=:]/);
      if (eq <= 0) {
        continue;
      }
      key = line.slice(0, eq).trim();
      value = line.slice(eq + 1).trim();
    }
    const deps = (section === 'options' && /^(install_requires|setup_requires)$/.test(key)) || section === 'options.extras_require';
    if (deps && value) {
      facts.push(...requirementLine(value, i + 1));
    } else if (section === 'options' && key === 'dependency_links' && value) {
      facts.push({ kind: 'dependency-link', key: value, value, line: i + 1 });
    }
  }
  return facts;
}

function readConda(lines: string[]): Fact[] {
  const facts: Fact[] = [];
  let top = '';
  let pipIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.trim().startsWith('#')) {
      continue;
    }
    if (!/^\s/.test(raw)) {
      top = raw.replace(/:.*$/, '').trim();
      pipIndent = -1;
      continue;
    }
    const item = /^(\s*)-\s*(.*)$/.exec(raw);
    if (!item) {
      continue;
    }
    const indent = item[1].length;
    const value = unquote(stripComment(item[2]));
    if (pipIndent >= 0 && indent > pipIndent) {
      facts.push(...requirementLine(value, i + 1));
      continue;
    }
    pipIndent = -1;
    if (top === 'channels') {
      facts.push({ kind: 'channel', key: value, value, line: i + 1 });
    } else if (top === 'dependencies' && value === 'pip:') {
      pipIndent = indent;
    } else if (top === 'dependencies' && value) {
      const name = /^([\w.-]+::)?([A-Za-z0-9][\w.-]*)/.exec(value);
      if (name) {
        facts.push({ kind: 'dep', key: normalizeName(name[2]), value, line: i + 1, conda: true });
      }
    }
  }
  return facts;
}
