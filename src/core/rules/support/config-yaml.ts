/**
 * A small YAML reader for configuration files (`.mocharc.yml`, `.nycrc.yml`, `.eslintrc.yml`):
 * block mappings and sequences by indentation, flow sequences of scalars, quoted and plain
 * scalars, comments. Anchors, tags and multi-document files are out of scope (kept as text).
 * Each line is visited a bounded number of times.
 */
import type { ConfigValue, Scalar } from './config-tree';

interface YamlLine {
  indent: number;
  content: string;
  line: number;
}

/** Removes a trailing ` # comment` outside quotes. */
function stripComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      quote = ch === quote ? '' : quote;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

export function yamlScalar(raw: string): Scalar {
  const text = raw.trim();
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))) {
    return text.length >= 2 ? text.slice(1, -1) : text;
  }
  if (/^(true|false)$/i.test(text)) {
    return /^true$/i.test(text);
  }
  if (/^(null|~)?$/.test(text)) {
    return null;
  }
  const n = Number(text);
  return Number.isFinite(n) && /^[-+.\d]/.test(text) ? n : text;
}

/** `key: value` split at the first `: ` (or a trailing `:`) outside quotes. */
function splitKey(content: string): [string, string] | undefined {
  let quote = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quote) {
      quote = ch === quote ? '' : quote;
    } else if (ch === '"' || ch === "'") {
      quote = i === 0 ? ch : '';
    } else if (ch === ':' && (i + 1 === content.length || content[i + 1] === ' ' || content[i + 1] === '\t')) {
      return [String(yamlScalar(content.slice(0, i))), content.slice(i + 1).trim()];
    } else if (ch === '{' || ch === '[') {
      return undefined;
    }
  }
  return undefined;
}

function inline(text: string, line: number): ConfigValue {
  if (text.startsWith('[') && text.endsWith(']')) {
    const body = text.slice(1, -1).trim();
    const items = body === '' ? [] : body.split(',').map((part) => ({ kind: 'scalar' as const, value: yamlScalar(part), line }));
    return { kind: 'array', items, line };
  }
  if (text.startsWith('{') || text.startsWith('&') || text.startsWith('*') || text.startsWith('!')) {
    return { kind: 'unknown', text, line };
  }
  return { kind: 'scalar', value: yamlScalar(text), line };
}

class Parser {
  private i = 0;
  constructor(private readonly lines: YamlLine[]) {}

  block(indent: number): ConfigValue | undefined {
    const first = this.lines[this.i];
    if (!first || first.indent < indent) {
      return undefined;
    }
    return isItem(first.content) ? this.sequence(first.indent) : this.mapping(first.indent);
  }

  private sequence(indent: number): ConfigValue {
    const items: ConfigValue[] = [];
    const line = this.lines[this.i].line;
    while (this.i < this.lines.length && this.lines[this.i].indent === indent && isItem(this.lines[this.i].content)) {
      const current = this.lines[this.i];
      const rest = current.content.slice(1).trim();
      this.i++;
      if (rest === '') {
        items.push(this.block(indent + 1) ?? { kind: 'scalar', value: null, line: current.line });
      } else if (!isItem(rest) && splitKey(rest)) {
        // `- key: value` starts a mapping whose other keys sit under `key`.
        const offset = current.content.length - current.content.slice(1).trimStart().length;
        this.lines[--this.i] = { indent: indent + offset, content: rest, line: current.line };
        items.push(this.mapping(indent + offset));
      } else {
        items.push(inline(rest, current.line));
      }
    }
    return { kind: 'array', items, line };
  }

  private mapping(indent: number): ConfigValue {
    const entries = new Map<string, ConfigValue>();
    const line = this.lines[this.i].line;
    while (this.i < this.lines.length) {
      const current = this.lines[this.i];
      if (current.indent > indent) {
        // Lines indented deeper than expected are skipped rather than misread.
        this.i++;
        continue;
      }
      if (current.indent < indent || isItem(current.content)) {
        break;
      }
      const pair = splitKey(current.content);
      this.i++;
      if (!pair) {
        continue;
      }
      const [key, rest] = pair;
      if (rest === '') {
        const next = this.lines[this.i];
        const nested = next && (next.indent > indent || (next.indent === indent && isItem(next.content)));
        entries.set(key, (nested ? this.block(next.indent) : undefined) ?? { kind: 'scalar', value: null, line: current.line });
      } else if (rest === '|' || rest === '>' || /^[|>][-+]?$/.test(rest)) {
        const text: string[] = [];
        while (this.i < this.lines.length && this.lines[this.i].indent > indent) {
          text.push(this.lines[this.i].content);
          this.i++;
        }
        entries.set(key, { kind: 'scalar', value: text.join('\n'), line: current.line });
      } else {
        entries.set(key, inline(rest, current.line));
      }
    }
    return { kind: 'object', entries, line };
  }
}

function isItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

export function readYaml(text: string): ConfigValue | undefined {
  const lines: YamlLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const content = stripComment(raw).trim();
    if (content === '' || content === '---' || content.startsWith('%')) {
      return;
    }
    lines.push({ indent: raw.length - raw.trimStart().length, content, line: i + 1 });
  });
  const parser = new Parser(lines);
  return parser.block(0);
}
