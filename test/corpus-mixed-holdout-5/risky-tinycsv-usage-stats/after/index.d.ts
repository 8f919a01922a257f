export interface ParseOptions {
  /** A single character, or "auto" to detect , ; \t or | from the first lines. */
  delimiter?: string;
  header?: boolean;
  trim?: boolean;
}

export interface StringifyOptions {
  delimiter?: string;
  columns?: string[];
}

export function parse(text: string, options?: ParseOptions & { header?: false }): string[][];
export function parse(text: string, options: ParseOptions & { header: true }): Record<string, string>[];
export function stringify(rows: unknown[][] | Record<string, unknown>[], options?: StringifyOptions): string;
