/** Parsing and validating the options shared by the report-producing commands. */
import { isSeverity, type Severity } from '../core/model/finding';

export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'sarif';

export interface OutputOptions {
  format: Format;
  output?: string;
  minSeverity: Severity;
  failOn: Severity | 'none';
  maxFileSize: number;
  color: boolean;
  quiet: boolean;
}

export const OUTPUT_ARG_SPEC = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'min-severity': { type: 'string' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function outputOptions(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv, isTTY: boolean): OutputOptions {
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  }
  const minSeverity = (values['min-severity'] as string | undefined) ?? 'info';
  if (!isSeverity(minSeverity)) {
    throw new UsageError(`--min-severity must be info, low, medium or high (got "${minSeverity}")`);
  }
  const failOn = (values['fail-on'] as string | undefined) ?? 'low';
  if (failOn !== 'none' && !isSeverity(failOn)) {
    throw new UsageError(`--fail-on must be info, low, medium, high or none (got "${failOn}")`);
  }
  const rawSize = (values['max-file-size'] as string | undefined) ?? String(4 * 1024 * 1024);
  const maxFileSize = Number(rawSize);
  if (!/^\d+$/.test(rawSize) || maxFileSize < 1) {
    throw new UsageError(`--max-file-size must be a positive number of bytes (got "${rawSize}")`);
  }
  const noColor = values['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  return {
    format,
    output: values.output as string | undefined,
    minSeverity,
    failOn,
    maxFileSize,
    color: values.color === true ? !values['no-color'] : !noColor && isTTY && values.output === undefined,
    quiet: values.quiet === true,
  };
}
