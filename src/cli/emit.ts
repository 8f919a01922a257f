/** Writing a report: the format and destination asked for, and the exit code it implies. */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { severityRank } from '../core/model/finding';
import { formatJson } from '../core/report/json';
import type { ReportData } from '../core/report/model';
import { formatSarif } from '../core/report/sarif';
import { formatText } from '../core/report/text';
import type { OutputOptions } from './options';

/**
 * Writes the report (findings below --min-severity left out) and returns the exit code: 1 when a
 * reported finding is at or above --fail-on, else 0.
 */
export async function emit(
  data: ReportData,
  out: OutputOptions,
  io: { cwd: string; stdout: { write(text: string): unknown } },
): Promise<number> {
  const minRank = severityRank(out.minSeverity);
  const findings = data.findings.filter((f) => severityRank(f.severity) >= minRank);
  const shown: ReportData = { ...data, findings };
  const text =
    out.format === 'json'
      ? formatJson(shown)
      : out.format === 'sarif'
        ? formatSarif(shown)
        : formatText(shown, { color: out.color, quiet: out.quiet });
  if (out.output) {
    await writeFile(path.resolve(io.cwd, out.output), text);
  } else {
    io.stdout.write(text);
  }
  if (out.failOn === 'none') {
    return 0;
  }
  const failRank = severityRank(out.failOn);
  return findings.some((f) => severityRank(f.severity) >= failRank) ? 1 : 0;
}
