/**
 * Code kept in data files. A JSON or YAML file can carry a string that a loader later hands to
 * `eval`, `new Function`, `exec` or a template engine: the risky call is then written in a file
 * that code rules never read. Every string value of such a file that names a capability and
 * parses as JavaScript (a program, or a template literal) or Python is analyzed as code, and
 * what the rules find lands on the data file's own line, in the rule's category.
 */
import { extensionOf } from '../model/language';

export interface DataString {
  value: string;
  /** Where the value starts in the file when it is written there character for character. */
  plain?: number;
  /** The value's span in the file (quotes included), for a flag when the code cannot be mapped. */
  start: number;
  end: number;
}

const DATA_EXTENSIONS = new Set(['.json', '.jsonc', '.json5', '.yaml', '.yml']);
/** Data files that are the project's own configuration, read by tools rather than loaded as data. */
const SKIP =
  /(^|\/)(package(-lock)?\.json|npm-shrinkwrap\.json|composer\.lock|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.]*|\.prettierrc[\w.]*|\.babelrc|pnpm-lock\.yaml|yarn\.lock|\.github\/workflows\/[^/]+|\.gitlab-ci\.yml|docker-compose[\w.-]*\.ya?ml|compose\.ya?ml)$/i;
const MAX_DATA_BYTES = 1_000_000;
const MAX_STRINGS = 200;
/** A string worth parsing: it names something a rule could flag and has a call or an import in it. */
const CODE_HINT =
  /\b(require|import|eval|exec|execSync|spawn|Function|system|popen|subprocess|child_process|fetch|socket|urllib|requests|open|readFile|writeFile|unlink|rmtree|__import__|getattr|compile|process\.env|os\.environ)\b[\s\S]*[(.]|\$\{[^}]*\(/;

export function isDataFile(path: string): boolean {
  return DATA_EXTENSIONS.has(extensionOf(path)) && !SKIP.test(path);
}

/** The string values of a JSON or YAML file that look like code, with where they are. */
export function codeLikeStrings(path: string, text: string): DataString[] {
  if (text.length > MAX_DATA_BYTES) {
    return [];
  }
  const all = /\.ya?ml$/i.test(path) ? yamlStrings(text) : jsonStrings(text);
  return all.filter((s) => s.value.length >= 8 && CODE_HINT.test(s.value)).slice(0, MAX_STRINGS);
}

/**
 * Every string literal of a JSON (or JSONC/JSON5-ish) file, found by a linear scan rather than a
 * parser: a file nested 100,000 levels deep costs nothing more than a flat one.
 */
function jsonStrings(text: string): DataString[] {
  const out: DataString[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    let j = i + 1;
    let escaped = false;
    while (j < text.length && text[j] !== ch && text[j] !== '\n') {
      if (text[j] === '\\') {
        escaped = true;
        j++;
      }
      j++;
    }
    if (j >= text.length || text[j] !== ch) {
      i = j;
      continue;
    }
    const raw = text.slice(i + 1, j);
    const value = !escaped ? raw : decodeJsonString(raw);
    if (value !== undefined) {
      out.push({ value, plain: escaped ? undefined : i + 1, start: i, end: j + 1 });
    }
    i = j + 1;
  }
  return out;
}

function decodeJsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')}"`) as string;
  } catch {
    return undefined;
  }
}

/**
 * Scalars of a YAML file, line by line: `key: value`, `- value`, quoted or plain, and block
 * scalars (`key: |` followed by more-indented lines). Enough to find code; not a YAML parser.
 */
function yamlStrings(text: string): DataString[] {
  const out: DataString[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const match = /^(\s*)(?:-\s+)?(?:(?:"[^"]*"|'[^']*'|[^\s#'"][^:#]*?)\s*:(?:\s+|$))?(.*)$/.exec(line);
    if (!match) {
      continue;
    }
    const indent = match[1].length;
    const rest = match[2];
    const restStart = starts[i] + line.length - rest.length;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(rest)) {
      // A block scalar: the following lines indented deeper than the key.
      const body: string[] = [];
      let j = i + 1;
      let bodyIndent = -1;
      for (; j < lines.length; j++) {
        const next = lines[j].replace(/\r$/, '');
        if (next.trim() === '') {
          body.push('');
          continue;
        }
        const nextIndent = /^\s*/.exec(next)?.[0].length ?? 0;
        if (nextIndent <= indent) {
          break;
        }
        bodyIndent = bodyIndent < 0 ? nextIndent : Math.min(bodyIndent, nextIndent);
        body.push(next);
      }
      if (body.length > 0 && bodyIndent > 0) {
        const value = body.map((l) => l.slice(bodyIndent)).join(rest.startsWith('>') ? ' ' : '\n');
        const first = starts[i + 1] + bodyIndent;
        out.push({ value, plain: body.length === 1 ? first : undefined, start: starts[i + 1], end: starts[j - 1] + lines[j - 1].length });
      }
      i = j - 1;
      continue;
    }
    const value = rest.replace(/\s+#.*$/, '').trim();
    if (value === '') {
      continue;
    }
    const quoted = /^(["'])([\s\S]*)\1$/.exec(value);
    const offset = restStart + rest.indexOf(value);
    if (quoted) {
      const inner = quoted[1] === "'" ? quoted[2].replace(/''/g, "'") : quoted[2];
      const plain = inner === quoted[2] && !(quoted[1] === '"' && inner.includes('\\')) ? offset + 1 : undefined;
      out.push({ value: quoted[1] === '"' ? unescapeDouble(inner) : inner, plain, start: offset, end: offset + value.length });
    } else {
      out.push({ value, plain: offset, start: offset, end: offset + value.length });
    }
  }
  return out;
}

function unescapeDouble(s: string): string {
  return s.replace(/\\(["\\/nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
