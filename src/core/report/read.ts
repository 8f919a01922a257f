/**
 * Reading Airlock's own scan reports back, JSON or SARIF (told apart by their content), for
 * `airlock merge`. A report is untrusted input: every field is checked, and anything that is not
 * what this Airlock writes — another tool, another Airlock version or ruleset, a review instead of
 * a scan, a missing or mistyped field — is a `ReportInputError` naming the file and the field.
 */
import { FINGERPRINT_VERSION } from '../engine/fingerprint';
import type { RuleMeta } from '../engine/rule';
import { rulesetVersion } from '../engine/ruleset';
import { isCategory, isSeverity, type NotAnalyzed, type RelatedLocation, type Severity } from '../model/finding';
import type { Shard } from '../scan/shard';
import type { ReportFinding } from './model';

export class ReportInputError extends Error {}

/** What this Airlock is: reports from anything else are refused. */
export interface ReaderExpectation {
  toolName: string;
  toolVersion: string;
  /** The ruleset version the JSON report carries (the rules' metadata, as the gate prints it). */
  ruleset: string;
  /** Every rule SARIF lists, built-in ones included. */
  rules: readonly RuleMeta<unknown>[];
}

export interface ScanReport {
  name: string;
  format: 'json' | 'sarif';
  findings: ReportFinding[];
  notAnalyzed: NotAnalyzed[];
  errors: string[];
  filesAnalyzed: number;
  shard?: Shard;
  /** The scan's root (SARIF only). */
  root?: string;
}

/** Reads one report; `name` is how errors refer to it (its file name). */
export function readScanReport(text: string, name: string, expect: ReaderExpectation): ScanReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportInputError(`${name} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const fields = new Fields(name);
  const top = fields.record(value, 'the report');
  if (top.version === '2.1.0' && Array.isArray(top.runs)) {
    return readSarif(top, fields, expect);
  }
  if (isRecord(top.tool) && Array.isArray(top.findings)) {
    return readJson(top, fields, expect);
  }
  throw new ReportInputError(`${name} is neither an Airlock JSON report nor a SARIF log`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field checks that name the file and the field when they fail. */
class Fields {
  constructor(readonly name: string) {}

  fail(what: string, expected: string): never {
    throw new ReportInputError(`${this.name}: ${what} is missing or not ${expected}`);
  }
  record(value: unknown, what: string): Record<string, unknown> {
    return isRecord(value) ? value : this.fail(what, 'an object');
  }
  list(value: unknown, what: string): unknown[] {
    return Array.isArray(value) ? value : this.fail(what, 'a list');
  }
  text(value: unknown, what: string): string {
    return typeof value === 'string' ? value : this.fail(what, 'text');
  }
  count(value: unknown, what: string): number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : this.fail(what, 'a whole number');
  }
  position(value: unknown, what: string): number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : this.fail(what, 'a positive whole number');
  }
  shard(value: unknown, what: string): Shard | undefined {
    if (value === null || value === undefined) {
      return undefined;
    }
    const s = this.record(value, what);
    const index = this.position(s.index, `${what}.index`);
    const count = this.position(s.count, `${what}.count`);
    return index <= count ? { index, count } : this.fail(what, 'a shard K of N with K <= N');
  }
  /** The rule, category, severity and source every finding has. */
  base(f: Record<string, unknown>, what: string, expect: ReaderExpectation) {
    const ruleId = this.text(f.ruleId, `${what}.ruleId`);
    if (!expect.rules.some((r) => r.id === ruleId)) {
      throw new ReportInputError(`${this.name}: ${what} is from rule "${ruleId}", which this Airlock does not have`);
    }
    const category = this.text(f.category, `${what}.category`);
    const severity = this.text(f.severity, `${what}.severity`);
    if (!isCategory(category)) {
      this.fail(`${what}.category`, 'a known category');
    }
    if (!isSeverity(severity)) {
      this.fail(`${what}.severity`, 'info, low, medium or high');
    }
    const source = f.source;
    if (source !== 'static' && source !== 'model') {
      this.fail(`${what}.source`, 'static or model');
    }
    const side = f.side ?? undefined;
    if (side !== undefined && side !== 'new' && side !== 'removed') {
      this.fail(`${what}.side`, 'new, removed or null');
    }
    return { ruleId, category, severity, source, side } as const;
  }
}

function checkTool(fields: Fields, name: unknown, version: unknown, expect: ReaderExpectation): void {
  if (name !== expect.toolName) {
    throw new ReportInputError(`${fields.name} was not written by ${expect.toolName} (tool "${String(name)}")`);
  }
  if (version !== expect.toolVersion) {
    throw new ReportInputError(
      `${fields.name} was written by ${expect.toolName} ${String(version)}; this is ${expect.toolVersion}: merge reports of the version that wrote them`,
    );
  }
}

function checkScan(fields: Fields, command: unknown): void {
  if (command !== 'scan') {
    throw new ReportInputError(`${fields.name} is a report of "airlock ${String(command)}"; merge combines scan reports only`);
  }
}

function readJson(top: Record<string, unknown>, fields: Fields, expect: ReaderExpectation): ScanReport {
  const tool = fields.record(top.tool, 'tool');
  checkTool(fields, tool.name, tool.version, expect);
  checkScan(fields, top.command);
  if (top.ruleset !== expect.ruleset) {
    throw new ReportInputError(
      `${fields.name} was made with ruleset ${String(top.ruleset ?? '(none)')}; this Airlock runs ${expect.ruleset}`,
    );
  }
  const findings = fields.list(top.findings, 'findings').map((raw, i) => {
    const what = `findings[${i}]`;
    const f = fields.record(raw, what);
    const finding: ReportFinding = {
      ...fields.base(f, what, expect),
      message: fields.text(f.message, `${what}.message`),
      path: fields.text(f.path, `${what}.path`),
      ...range(fields, f, what),
      snippet: fields.text(f.snippet, `${what}.snippet`),
      fingerprint: fields.text(f.fingerprint, `${what}.fingerprint`),
    };
    if (finding.side === undefined) {
      delete finding.side;
    }
    if (f.related !== undefined) {
      finding.related = fields.list(f.related, `${what}.related`).map((r, j) => {
        const rel = fields.record(r, `${what}.related[${j}]`);
        return {
          path: fields.text(rel.path, `${what}.related[${j}].path`),
          ...range(fields, rel, `${what}.related[${j}]`),
          message: fields.text(rel.message, `${what}.related[${j}].message`),
        };
      });
    }
    return finding;
  });
  const notAnalyzed = fields.list(top.notAnalyzed, 'notAnalyzed').map((raw, i) => {
    const n = fields.record(raw, `notAnalyzed[${i}]`);
    return { path: fields.text(n.path, `notAnalyzed[${i}].path`), reason: fields.text(n.reason, `notAnalyzed[${i}].reason`) };
  });
  return {
    name: fields.name,
    format: 'json',
    findings,
    notAnalyzed,
    errors: fields.list(top.errors, 'errors').map((e, i) => fields.text(e, `errors[${i}]`)),
    filesAnalyzed: fields.count(top.filesAnalyzed, 'filesAnalyzed'),
    shard: fields.shard(top.shard, 'shard'),
  };
}

function range(fields: Fields, f: Record<string, unknown>, what: string) {
  return {
    line: fields.position(f.line, `${what}.line`),
    column: fields.position(f.column, `${what}.column`),
    endLine: fields.position(f.endLine, `${what}.endLine`),
    endColumn: fields.position(f.endColumn, `${what}.endColumn`),
  };
}

/** SARIF's `security-severity` back to the severity (the SARIF writer's table, inverted). */
const SEVERITY_OF: Record<string, Severity> = { '8.0': 'high', '5.5': 'medium', '3.0': 'low', '1.0': 'info' };

/** The inverse of the SARIF writer's `encodePath`. */
function decodePath(fields: Fields, uri: string, what: string): string {
  try {
    return uri
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return fields.fail(what, 'a well-formed URI');
  }
}

/** The inverse of the SARIF writer's root URI (`file://` + encoded absolute path + `/`). */
function rootPath(fields: Fields, uri: string): string {
  const decoded = decodePath(fields, uri.slice('file://'.length), '%SRCROOT%.uri');
  return decoded.length > 1 && decoded.endsWith('/') ? decoded.slice(0, -1) : decoded;
}

function readSarif(top: Record<string, unknown>, fields: Fields, expect: ReaderExpectation): ScanReport {
  const runs = fields.list(top.runs, 'runs');
  if (runs.length !== 1) {
    throw new ReportInputError(`${fields.name} has ${runs.length} runs; Airlock writes one`);
  }
  const run = fields.record(runs[0], 'runs[0]');
  const driver = fields.record(fields.record(run.tool, 'runs[0].tool').driver, 'runs[0].tool.driver');
  checkTool(fields, driver.name, driver.version, expect);
  const properties = fields.record(run.properties, 'runs[0].properties');
  checkScan(fields, properties.command);
  checkRules(fields, fields.list(driver.rules, 'runs[0].tool.driver.rules'), expect);
  const uri = (location: unknown, what: string): string => {
    const physical = fields.record(fields.record(location, what).physicalLocation, `${what}.physicalLocation`);
    const artifact = fields.record(physical.artifactLocation, `${what}.physicalLocation.artifactLocation`);
    const at = `${what}.physicalLocation.artifactLocation.uri`;
    return decodePath(fields, fields.text(artifact.uri, at), at);
  };
  const region = (location: unknown, what: string): Record<string, unknown> => {
    const physical = fields.record(fields.record(location, what).physicalLocation, `${what}.physicalLocation`);
    return fields.record(physical.region, `${what}.physicalLocation.region`);
  };
  const sarifRange = (r: Record<string, unknown>, what: string) => ({
    line: fields.position(r.startLine, `${what}.startLine`),
    column: fields.position(r.startColumn, `${what}.startColumn`),
    endLine: fields.position(r.endLine, `${what}.endLine`),
    endColumn: fields.position(r.endColumn, `${what}.endColumn`),
  });
  const findings = fields.list(run.results ?? [], 'runs[0].results').map((raw, i) => {
    const what = `results[${i}]`;
    const r = fields.record(raw, what);
    const props = fields.record(r.properties, `${what}.properties`);
    if (props.state !== undefined) {
      throw new ReportInputError(`${fields.name}: ${what} has a gate state; merge combines scan reports only`);
    }
    const [location] = fields.list(r.locations, `${what}.locations`);
    const where = region(location, `${what}.locations[0]`);
    const fingerprints = fields.record(r.partialFingerprints, `${what}.partialFingerprints`);
    const snippet = where.snippet === undefined ? '' : fields.text(fields.record(where.snippet, `${what} snippet`).text, `${what} snippet`);
    const finding: ReportFinding = {
      ...fields.base({ ...props, ruleId: r.ruleId }, what, expect),
      message: fields.text(fields.record(r.message, `${what}.message`).text, `${what}.message.text`),
      path: uri(location, `${what}.locations[0]`),
      ...sarifRange(where, `${what}.locations[0].physicalLocation.region`),
      snippet,
      fingerprint: fields.text(fingerprints[FINGERPRINT_VERSION], `${what}.partialFingerprints["${FINGERPRINT_VERSION}"]`),
    };
    if (finding.side === undefined) {
      delete finding.side;
    }
    if (fingerprints.primaryLocationLineHash !== undefined) {
      finding.lineHash = fields.text(fingerprints.primaryLocationLineHash, `${what}.partialFingerprints.primaryLocationLineHash`);
    }
    if (r.relatedLocations !== undefined) {
      finding.related = fields.list(r.relatedLocations, `${what}.relatedLocations`).map((l, j): RelatedLocation => {
        const at = `${what}.relatedLocations[${j}]`;
        return {
          path: uri(l, at),
          ...sarifRange(region(l, at), `${at}.physicalLocation.region`),
          message: fields.text(fields.record(fields.record(l, at).message, `${at}.message`).text, `${at}.message.text`),
        };
      });
    }
    return finding;
  });
  const invocations = fields.list(run.invocations, 'runs[0].invocations');
  const notifications = invocations.length > 0 ? (fields.record(invocations[0], 'invocations[0]').toolExecutionNotifications ?? []) : [];
  const notAnalyzed: NotAnalyzed[] = [];
  const errors: string[] = [];
  for (const [i, raw] of fields.list(notifications, 'toolExecutionNotifications').entries()) {
    const what = `toolExecutionNotifications[${i}]`;
    const n = fields.record(raw, what);
    const text = fields.text(fields.record(n.message, `${what}.message`).text, `${what}.message.text`);
    if (n.level === 'error') {
      errors.push(text);
      continue;
    }
    const path = uri(fields.list(n.locations, `${what}.locations`)[0], `${what}.locations[0]`);
    const prefix = `Not analyzed: ${path}: `;
    if (n.level !== 'warning' || !text.startsWith(prefix)) {
      throw new ReportInputError(`${fields.name}: ${what} is not a note Airlock writes in a scan report`);
    }
    // As SARIF words it: a sentence (SARIF output writes it again unchanged; JSON output keeps the full stop).
    notAnalyzed.push({ path, reason: text.slice(prefix.length) });
  }
  const srcroot = fields.record(fields.record(run.originalUriBaseIds, 'runs[0].originalUriBaseIds')['%SRCROOT%'], '%SRCROOT%');
  const root = fields.text(srcroot.uri, '%SRCROOT%.uri');
  if (!root.startsWith('file://')) {
    fields.fail('%SRCROOT%.uri', 'a file:// URI');
  }
  return {
    name: fields.name,
    format: 'sarif',
    findings,
    notAnalyzed,
    errors,
    filesAnalyzed: fields.count(properties.filesAnalyzed, 'runs[0].properties.filesAnalyzed'),
    shard: fields.shard(properties.shard, 'runs[0].properties.shard'),
    root: rootPath(fields, root),
  };
}

/** The log's rules must be this Airlock's: the same ids with the same categories and severities. */
function checkRules(fields: Fields, rules: unknown[], expect: ReaderExpectation): void {
  const theirs = rules.map((raw, i) => {
    const r = fields.record(raw, `rules[${i}]`);
    const props = fields.record(r.properties, `rules[${i}].properties`);
    const severity = SEVERITY_OF[String(props['security-severity'])];
    return { id: fields.text(r.id, `rules[${i}].id`), category: String(props.category), severity: severity ?? 'unknown' };
  });
  const ours = rulesetVersion(expect.rules as RuleMeta<unknown>[]);
  const found = rulesetVersion(theirs as Pick<RuleMeta<unknown>, 'id' | 'category' | 'severity'>[]);
  if (found !== ours) {
    throw new ReportInputError(
      `${fields.name} was made with other rules than this Airlock's (their rules hash to ${found}, these to ${ours}): merge reports of the same ruleset`,
    );
  }
}
