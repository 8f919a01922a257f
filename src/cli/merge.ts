/** `airlock merge`: Airlock scan reports (JSON or SARIF) in, one report out, exit code as for a scan. */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { rulesetVersion } from '../core/engine/ruleset';
import { mergeScanReports } from '../core/report/merge';
import { ReportInputError, readScanReport } from '../core/report/read';
import { RULES, allRuleMetas } from '../core/rules/index';
import { scanRoot } from '../node/scan';
import { emit } from './emit';
import { MERGE_HELP } from './help';
import { OUTPUT_ARG_SPEC, outputOptions, UsageError } from './options';
import { TOOL } from './tool';
import type { Io } from './main';

/** Reports larger than this are refused rather than read into memory. */
const MAX_REPORT_BYTES = 1024 * 1024 * 1024;

/** The output options of scan, without the size limit (nothing is analyzed). */
const MERGE_ARG_SPEC = Object.fromEntries(Object.entries(OUTPUT_ARG_SPEC).filter(([name]) => name !== 'max-file-size')) as Omit<
  typeof OUTPUT_ARG_SPEC,
  'max-file-size'
>;

export async function mergeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: MERGE_ARG_SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError('merge needs the reports to merge: airlock merge FILE... [--format sarif|json|text] [-o OUT]');
  }
  const out = outputOptions({ ...values, format: values.format ?? 'sarif' }, io.env, io.stdout.isTTY === true);
  const rules = allRuleMetas();
  const expect = { toolName: TOOL.name, toolVersion: TOOL.version, ruleset: rulesetVersion(RULES.map((r) => r.meta)), rules };
  const reports = [];
  for (const file of positionals) {
    reports.push(readScanReport(await readReport(path.resolve(io.cwd, file), file), file, expect));
  }
  const merged = mergeScanReports(reports);
  return emit(
    {
      command: 'scan',
      tool: TOOL,
      findings: merged.findings,
      notAnalyzed: merged.notAnalyzed,
      errors: merged.errors,
      rules,
      // JSON reports do not say where they were made: SARIF's root, else where a scan from here would say.
      root: merged.root ?? (await scanRoot(io.cwd)).root,
      filesAnalyzed: merged.filesAnalyzed,
      ruleset: expect.ruleset,
    },
    out,
    io,
  );
}

async function readReport(file: string, name: string): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    throw new ReportInputError(`cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (data.length > MAX_REPORT_BYTES) {
    throw new ReportInputError(`${name} is over ${MAX_REPORT_BYTES} bytes: not read`);
  }
  return data.toString('utf8');
}
