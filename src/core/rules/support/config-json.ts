/**
 * A linear JSON reader with line numbers that also accepts JSONC (comments, trailing commas),
 * as `tsconfig.json` and `.vscode/settings.json` are written. Iterative over whitespace and
 * comments, recursive only over nesting (bounded): a hostile file fails, it never hangs.
 */
import type { ConfigValue, Scalar } from './config-tree';

const MAX_DEPTH = 64;

class Failure extends Error {}

class JsonReader {
  private i = 0;
  private line = 1;

  constructor(private readonly s: string) {}

  read(): ConfigValue {
    const value = this.value(0);
    this.space();
    if (this.i < this.s.length) {
      throw new Failure('trailing text');
    }
    return value;
  }

  private space(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 10) {
        this.line++;
        this.i++;
      } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        this.i++;
      } else if (c === 47 && s[this.i + 1] === '/') {
        while (this.i < s.length && s[this.i] !== '\n') {
          this.i++;
        }
      } else if (c === 47 && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        const stop = end < 0 ? s.length : end + 2;
        for (let j = this.i; j < stop; j++) {
          this.line += s.charCodeAt(j) === 10 ? 1 : 0;
        }
        this.i = stop;
      } else {
        return;
      }
    }
  }

  private value(depth: number): ConfigValue {
    if (depth > MAX_DEPTH) {
      throw new Failure('too deep');
    }
    this.space();
    const line = this.line;
    const c = this.s[this.i];
    if (c === '{') {
      return this.object(depth, line);
    }
    if (c === '[') {
      return this.array(depth, line);
    }
    if (c === '"') {
      return { kind: 'scalar', value: this.string(), line };
    }
    const m = /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 40));
    if (!m) {
      throw new Failure('unexpected token');
    }
    this.i += m[0].length;
    const word = m[0];
    const value: Scalar = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
    return { kind: 'scalar', value, line };
  }

  private string(): string {
    const s = this.s;
    let j = this.i + 1;
    let out = '';
    let start = j;
    while (j < s.length && s[j] !== '"') {
      if (s[j] === '\n') {
        throw new Failure('line break in string');
      }
      if (s[j] === '\\') {
        out += s.slice(start, j);
        const e = s[j + 1];
        if (e === 'u') {
          out += String.fromCharCode(Number.parseInt(s.slice(j + 2, j + 6), 16) || 0);
          j += 6;
        } else {
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : e;
          j += 2;
        }
        start = j;
        continue;
      }
      j++;
    }
    if (j >= s.length) {
      throw new Failure('unterminated string');
    }
    out += s.slice(start, j);
    this.i = j + 1;
    return out;
  }

  private object(depth: number, line: number): ConfigValue {
    this.i++;
    const entries = new Map<string, ConfigValue>();
    for (;;) {
      this.space();
      if (this.s[this.i] === '}') {
        this.i++;
        return { kind: 'object', entries, line };
      }
      if (this.s[this.i] !== '"') {
        throw new Failure('expected a key');
      }
      const key = this.string();
      this.space();
      if (this.s[this.i] !== ':') {
        throw new Failure('expected a colon');
      }
      this.i++;
      const value = this.value(depth + 1);
      if (key !== '__proto__') {
        entries.set(key, value);
      }
      if (!this.separator('}')) {
        throw new Failure('expected a comma');
      }
    }
  }

  private array(depth: number, line: number): ConfigValue {
    this.i++;
    const items: ConfigValue[] = [];
    for (;;) {
      this.space();
      if (this.s[this.i] === ']') {
        this.i++;
        return { kind: 'array', items, line };
      }
      items.push(this.value(depth + 1));
      if (!this.separator(']')) {
        throw new Failure('expected a comma');
      }
    }
  }

  /** A comma (a trailing one is allowed) or the closing bracket, which is left for the caller. */
  private separator(close: string): boolean {
    this.space();
    if (this.s[this.i] === ',') {
      this.i++;
      return true;
    }
    return this.s[this.i] === close;
  }
}

/** Reads JSON or JSONC with line numbers; undefined when it does not parse or is not an object or array. */
export function readJson(text: string): ConfigValue | undefined {
  try {
    const value = new JsonReader(text).read();
    return value.kind === 'object' || value.kind === 'array' ? value : undefined;
  } catch (error) {
    if (error instanceof Failure || error instanceof RangeError) {
      return undefined;
    }
    throw error;
  }
}
