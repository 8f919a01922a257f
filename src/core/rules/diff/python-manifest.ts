import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { added, modified } from '../support/changes';
import { clip, DEFAULT_PYPI_HOSTS, hostOf, pypiLookalike } from '../support/supply-names';
import {
  isDirectRef,
  looksLikeRequirements,
  manifestKind,
  readManifest,
  requirementLine,
  type Fact,
  type FactKind,
} from '../support/supply-python';

const KNOWN_CHANNELS = new Set([
  'defaults',
  'conda-forge',
  'bioconda',
  'pytorch',
  'nvidia',
  'anaconda',
  'main',
  'r',
  'free',
  'msys2',
  'nodefaults',
]);

interface Hit {
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  line: number;
}

function isLocal(value: string): boolean {
  return /^(file:|\.{0,2}\/|~\/)/i.test(value) || value === '.';
}

function judgeDep(fact: Fact, old: Fact | undefined): Hit | undefined {
  const name = fact.key;
  if (isDirectRef(fact.value) || fact.value === '.') {
    if (old?.value === fact.value || /^\.(\[[\w,\s-]*\])?$/.test(fact.value)) {
      return undefined;
    }
    const local = isLocal(fact.value);
    const severity: Severity = local ? 'medium' : 'high';
    return { messageId: local ? 'localRef' : 'directRef', data: { name, ref: clip(fact.value) }, severity, line: fact.line };
  }
  if (old) {
    return undefined;
  }
  const imitates = fact.conda ? undefined : pypiLookalike(name);
  if (imitates) {
    return { messageId: 'lookalike', data: { name, imitates }, severity: 'medium', line: fact.line };
  }
  return { messageId: 'newDependency', data: { name, spec: clip(fact.value || '(any version)') }, severity: 'low', line: fact.line };
}

function judgeIndex(fact: Fact): Hit | undefined {
  const url = fact.value;
  const host = hostOf(url);
  const data = { url: clip(url) };
  if (/^http:\/\//i.test(url)) {
    return { messageId: 'httpIndex', data, severity: 'high', line: fact.line };
  }
  if (fact.kind === 'find-links') {
    return isLocal(url) ? undefined : { messageId: 'findLinks', data, severity: 'high', line: fact.line };
  }
  if (host !== undefined && DEFAULT_PYPI_HOSTS.has(host)) {
    return undefined;
  }
  return { messageId: fact.kind === 'extra-index' ? 'extraIndex' : 'index', data, severity: 'high', line: fact.line };
}

function judge(fact: Fact, old: Fact | undefined, hadFile: boolean): Hit | undefined {
  const data = { value: clip(fact.value), key: fact.key };
  switch (fact.kind) {
    case 'dep':
      return judgeDep(fact, old);
    case 'index':
    case 'extra-index':
    case 'find-links':
      return old ? undefined : judgeIndex(fact);
    case 'trusted-host':
    case 'no-verify':
      return old ? undefined : { messageId: 'trustedHost', data, severity: 'high', line: fact.line };
    case 'dependency-link':
      return old ? undefined : { messageId: 'dependencyLink', data, severity: 'high', line: fact.line };
    case 'build-requires':
    case 'build-backend':
      return hadFile && old?.value !== fact.value ? { messageId: 'buildSystem', data, severity: 'medium', line: fact.line } : undefined;
    case 'backend-path':
      return old?.value === fact.value ? undefined : { messageId: 'backendPath', data, severity: 'high', line: fact.line };
    case 'cmdclass':
      return old?.value === fact.value ? undefined : { messageId: 'cmdclass', data, severity: 'high', line: fact.line };
    case 'build-hook':
      return old?.value === fact.value ? undefined : { messageId: 'buildHook', data, severity: 'medium', line: fact.line };
    case 'channel':
      if (old || KNOWN_CHANNELS.has(fact.value)) {
        return undefined;
      }
      return { messageId: 'channel', data, severity: /^http:/i.test(fact.value) ? 'high' : 'medium', line: fact.line };
    default:
      return undefined;
  }
}

const SETUP_LISTS = /\b(install_requires|setup_requires|tests_require|extras_require)\s*=\s*/g;

/** The offset just past the bracket that closes the one at `open`, skipping strings and comments; -1 if unclosed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 200_000; i++) {
    const c = text[i];
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) {
        return -1;
      }
      i = end;
    } else if (c === '[' || c === '{' || c === '(') {
      depth++;
    } else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) {
        return i + 1;
      }
    }
  }
  return -1;
}

/**
 * The requirements a `setup.py` lists in `install_requires`, `extras_require` (values, not the
 * extra names), `setup_requires` and `tests_require`, written inline or in a module-level list
 * they name. Read as text: the file is never run.
 */
export function readSetupPy(text: string): Fact[] {
  const facts: Fact[] = [];
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  const spans: [number, number][] = [];
  SETUP_LISTS.lastIndex = 0;
  for (let m = SETUP_LISTS.exec(text); m && spans.length < 50; m = SETUP_LISTS.exec(text)) {
    let at = m.index + m[0].length;
    const name = /^[A-Za-z_]\w*/.exec(text.slice(at, at + 100));
    if (name && !/^(None|True|False)$/.test(name[0])) {
      // `install_requires=REQUIREMENTS`: the list assigned to that name at the top level.
      const def = new RegExp(`^${name[0]}\\s*(?::[^=\\n]*)?=\\s*(?=[\\[({])`, 'm').exec(text);
      if (!def) {
        continue;
      }
      at = def.index + def[0].length;
    }
    if (!/[[{(]/.test(text[at] ?? '')) {
      continue;
    }
    const end = closing(text, at);
    if (end > at) {
      spans.push([at, end]);
    }
  }
  const seen = new Set<number>();
  for (const [start, end] of spans) {
    const body = text.slice(start, end);
    const literal = /(?:^|[^\w])[rRuU]?(["'])([^"'\n]*)\1(\s*:)?/g;
    for (let m = literal.exec(body); m; m = literal.exec(body)) {
      const offset = start + m.index;
      if (m[3] !== undefined || seen.has(offset)) {
        continue;
      }
      seen.add(offset);
      facts.push(...requirementLine(m[2], lineAt(offset + m[0].indexOf(m[1]))).filter((f) => f.kind === 'dep'));
    }
  }
  return facts;
}

const identity = (kind: FactKind, key: string): string => `${kind}\u0000${key}`;

/** Facts by identity; a dependency named twice (listed, then given a source) keeps its direct reference. */
function factMap(facts: Fact[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const fact of facts) {
    const id = identity(fact.kind, fact.key);
    const known = out.get(id);
    if (!known || (fact.kind === 'dep' && isDirectRef(fact.value) && !isDirectRef(known.value))) {
      out.set(id, fact);
    }
  }
  return out;
}

function check(ctx: DiffRuleContext): void {
  const path = ctx.change.newPath;
  const setupPy = path !== undefined && /(^|\/)setup\.py$/.test(path);
  // A requirements file under another name (`deps/ml.txt`, included with `-r`) is read as one too.
  const kind = path
    ? (manifestKind(path) ?? (ctx.newText !== undefined && looksLikeRequirements(path, ctx.newText) ? 'requirements' : undefined))
    : undefined;
  if ((!kind && !setupPy) || ctx.newText === undefined) {
    return;
  }
  const read = (text: string): Fact[] => (kind ? readManifest(kind, text) : readSetupPy(text));
  const hadFile = ctx.oldText !== undefined;
  const before = factMap(hadFile ? read(ctx.oldText as string) : []);
  const hits: Hit[] = [];
  for (const [id, fact] of factMap(read(ctx.newText))) {
    const hit = judge(fact, before.get(id), hadFile);
    if (hit) {
      hits.push(hit);
    }
  }
  const fresh = hits.filter((h) => h.messageId === 'newDependency');
  if (!hadFile && fresh.length > 1) {
    const names = fresh.map((h) => h.data.name);
    const list = clip(names.slice(0, 8).join(', ') + (names.length > 8 ? `, … (${names.length} in all)` : ''), 200);
    ctx.report({ messageId: 'newManifest', data: { count: fresh.length, list }, severity: 'low', line: fresh[0].line });
  }
  for (const hit of hits) {
    if (hadFile || fresh.length <= 1 || hit.messageId !== 'newDependency') {
      ctx.report(hit);
    }
  }
}

export default defineDiffRule({
  meta: {
    id: 'diff/python-manifest',
    category: 'supply-chain',
    severity: 'high',
    summary:
      'Python manifests (requirements, pyproject.toml, setup.cfg, setup.py requirement lists, Pipfile, environment.yml): new or look-alike packages, git/URL/path requirements, extra indexes, trusted hosts, build-backend changes.',
    why:
      'pip installs whatever the requirement names, from wherever the index says, and runs its build code. An added `--extra-index-url` ' +
      'lets a public package shadow an internal one; a `git+https://` requirement installs unpinned, unreviewed code; an in-tree ' +
      'build backend or a custom cmdclass runs the project’s own code at install time.',
    incorrect: [
      {
        change: modified(
          'requirements.txt',
          'requests==2.31.0\n',
          'requests==2.31.0\n--extra-index-url https://pypi.internal.example/simple\n',
        ),
      },
      { change: modified('requirements.txt', 'flask\n', 'flask\nreqeusts==2.31.0\n') },
      {
        change: modified(
          'pyproject.toml',
          '[project]\ndependencies = []\n',
          '[project]\ndependencies = [\n  "helper @ git+https://github.com/x/helper.git",\n]\n',
        ),
      },
    ],
    correct: [
      { change: modified('requirements.txt', 'requests==2.31.0\n', 'requests==2.32.0\n') },
      { change: added('requirements-dev.txt', '-e .\n') },
      { change: modified('environment.yml', 'channels:\n  - defaults\n', 'channels:\n  - conda-forge\n  - defaults\n') },
    ],
    messages: {
      newDependency: 'New Python dependency `{{name}}` (`{{spec}}`): its code and its build scripts now run in this project.',
      newManifest: 'New manifest with {{count}} Python dependencies ({{list}}).',
      lookalike: 'New dependency `{{name}}` is one typo away from the popular package `{{imitates}}`: a classic typosquat. Check the name.',
      directRef: '`{{name}}` is installed straight from `{{ref}}` (git/URL), bypassing the package index and its version pinning.',
      localRef: '`{{name}}` is installed from the local path `{{ref}}`.',
      index: 'Installs now use the package index `{{url}}`: that server decides what code is installed.',
      extraIndex:
        'Adds `{{url}}` as an extra package index: pip takes the highest version from any index, so a package there can shadow the real one.',
      httpIndex: 'Packages are fetched over plain http from `{{url}}`: anyone on the network path can replace them.',
      findLinks: 'Adds `{{url}}` as a place pip looks for package files.',
      trustedHost: '`{{value}}` turns off TLS verification for a package host.',
      dependencyLink: '`dependency_links` adds `{{value}}`: packages downloaded from there at install time.',
      buildSystem: 'The build system changes (`{{key}}` = `{{value}}`): this code runs whenever the package is built or installed.',
      backendPath: '`backend-path = {{value}}`: the build backend is the project’s own code, run at install time.',
      cmdclass: 'setuptools `cmdclass` overrides the `{{key}}` command with `{{value}}`: custom code runs at install time.',
      buildHook: 'A custom build hook (`{{key}}` = `{{value}}`) runs project code whenever the package is built.',
      channel: 'Adds the conda channel `{{value}}`: packages may now come from there.',
    },
  },
  check,
});
