/**
 * Command lines inside configs: `package.json` scripts that run the checks and pytest's `addopts`.
 * Reports what a change added that makes a check pass without checking: `|| true`, a script
 * replaced by `echo`, `--passWithNoTests`, deselected tests, a higher `--max-warnings`.
 */
import type { Severity } from '../../model/finding';
import type { ConfigValue } from './config-tree';
import { itemsOf } from './config-compare';

export interface CommandFinding {
  messageId: 'swallowed' | 'noop' | 'narrowed' | 'scriptRemoved' | 'maxWarnings' | 'addopts' | 'failUnder';
  data: Record<string, string>;
  severity: Severity;
  line: number;
  side: 'new' | 'removed';
}

/** Splits a command line at whitespace outside quotes. Linear. */
export function tokenize(command: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote = '';
  let started = false;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) {
        quote = '';
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) {
        out.push(current);
      }
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) {
    out.push(current);
  }
  return out;
}

/** Options with their values: `-k expr`, `--deselect=x`, `--ignore x`. */
function options(tokens: string[], withValue: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const name = t.split('=')[0];
    if (withValue.has(name) && !t.includes('=') && i + 1 < tokens.length) {
      out.push(`${t} ${tokens[++i]}`);
    } else {
      out.push(t);
    }
  }
  return out;
}

const CHECK_SCRIPT =
  /^(test|tests|lint|check|checks|typecheck|type-check|types|tsc|coverage|cov|ci|verify|validate|pretest|posttest|precommit|pre-commit|prepush|pre-push|e2e|unit|spec)([:-].*)?$/i;
const CHECK_TOOL = /\b(jest|vitest|mocha|ava|tap|pytest|eslint|tsc|c8|nyc|playwright|cypress|karma|biome|ruff|mypy|flake8|node\s+--test)\b/;
const SWALLOW = /\|\|\s*(true|:|exit\s+0|echo\b)|;\s*exit\s+0\s*$|\bexit\s+0\s*$|\|\|\s*npx\s+true/;
const NOOP = /^\s*(echo\b[^&|;]*|true|:|exit\s+0|node\s+-e\s+["']?["']?)\s*$/;
/** Options of test runners that narrow what runs or what fails. */
const NARROWING = new Set([
  '--testPathIgnorePatterns',
  '--testPathIgnorePattern',
  '--passWithNoTests',
  '--pass-with-no-tests',
  '--exclude',
  '--ignore',
  '--deselect',
  '--grep',
  '--fgrep',
  '--invert',
  '--skip',
  '--no-coverage',
  '--coverage.enabled',
  '--onlyChanged',
  '--changedSince',
  '--lastCommit',
  '--findRelatedTests',
  '--testNamePattern',
  '-k',
  '-t',
  '--allowOnly',
  '--allow-only',
  '--no-error-on-unmatched-pattern',
  '--quiet',
]);
const WITH_VALUE = new Set([
  '-k',
  '-t',
  '--grep',
  '--fgrep',
  '--deselect',
  '--ignore',
  '--exclude',
  '--testPathIgnorePatterns',
  '--testNamePattern',
  '--max-warnings',
  '-m',
  '-p',
  '--cov-fail-under',
  '--ignore-glob',
]);

function maxWarnings(tokens: string[]): number | undefined {
  for (const option of options(tokens, WITH_VALUE)) {
    const m = /^--max-warnings[= ](-?\d+)$/.exec(option);
    if (m) {
      const n = Number(m[1]);
      return n < 0 ? Number.POSITIVE_INFINITY : n;
    }
  }
  return undefined;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

function scriptFindings(name: string, before: string, after: string, line: number): CommandFinding[] {
  const data = { script: name, old: clip(before), new: clip(after), token: '' };
  const at = { line, side: 'new' as const };
  if (NOOP.test(after) && !NOOP.test(before)) {
    return [{ messageId: 'noop', data, severity: 'high', ...at }];
  }
  const out: CommandFinding[] = [];
  const swallowed = SWALLOW.exec(after);
  if (swallowed && !SWALLOW.test(before)) {
    out.push({ messageId: 'swallowed', data: { ...data, token: swallowed[0].trim() }, severity: 'high', ...at });
  }
  const oldTokens = tokenize(before);
  const newTokens = tokenize(after);
  const had = new Set(oldTokens.map((t) => t.split('=')[0]));
  for (const token of new Set(newTokens.map((t) => t.split('=')[0]))) {
    if (NARROWING.has(token) && !had.has(token)) {
      out.push({ messageId: 'narrowed', data: { ...data, token }, severity: 'medium', ...at });
    }
  }
  const oldMax = maxWarnings(oldTokens);
  const newMax = maxWarnings(newTokens);
  if (oldMax !== undefined && (newMax === undefined || newMax > oldMax)) {
    out.push({ messageId: 'maxWarnings', data, severity: 'medium', ...at });
  }
  return out;
}

/** Weakened check scripts of a `package.json` (`scripts` objects of both versions). */
export function compareScripts(oldScripts: ConfigValue | undefined, newScripts: ConfigValue | undefined): CommandFinding[] {
  if (oldScripts?.kind !== 'object') {
    return [];
  }
  const after = newScripts?.kind === 'object' ? newScripts.entries : new Map<string, ConfigValue>();
  const out: CommandFinding[] = [];
  for (const [name, old] of oldScripts.entries) {
    if (old.kind !== 'scalar' || typeof old.value !== 'string') {
      continue;
    }
    if (!CHECK_SCRIPT.test(name) && !CHECK_TOOL.test(old.value)) {
      continue;
    }
    const current = after.get(name);
    if (current === undefined) {
      if (/^test$/i.test(name) && !NOOP.test(old.value)) {
        out.push({
          messageId: 'scriptRemoved',
          data: { script: name, old: clip(old.value), new: '', token: '' },
          severity: 'medium',
          line: old.line,
          side: 'removed',
        });
      }
      continue;
    }
    if (current.kind === 'scalar' && typeof current.value === 'string' && current.value !== old.value) {
      for (const finding of scriptFindings(name, old.value, current.value, current.line)) {
        out.push(finding);
      }
    }
  }
  return out;
}

function addoptsTokens(value: ConfigValue | undefined): string[] {
  if (value?.kind === 'array') {
    return itemsOf(value).flatMap(tokenize);
  }
  return value?.kind === 'scalar' && typeof value.value === 'string' ? tokenize(value.value) : [];
}

function failUnder(options: string[]): number | undefined {
  const m = options.map((o) => /^--cov-fail-under[= ](\d+(\.\d+)?)$/.exec(o)).find((x) => x !== null);
  return m ? Number(m[1]) : undefined;
}

/** pytest `addopts` gaining options that skip tests, and `--cov-fail-under` lowered. */
export function compareAddopts(oldValue: ConfigValue | undefined, newValue: ConfigValue | undefined): CommandFinding[] {
  const before = options(addoptsTokens(oldValue), WITH_VALUE);
  const after = options(addoptsTokens(newValue), WITH_VALUE);
  const had = new Set(before);
  const out: CommandFinding[] = [];
  const line = newValue?.line ?? 1;
  for (const option of after) {
    if (had.has(option)) {
      continue;
    }
    const name = option.split(/[= ]/)[0];
    let severity: Severity | undefined;
    if (['--deselect', '--ignore', '--ignore-glob', '-k', '--continue-on-collection-errors'].includes(name)) {
      severity = 'medium';
    } else if ((name === '-p' && /\bno:/.test(option)) || (name === '-m' && /\bnot\b/.test(option)) || name === '--no-cov') {
      severity = 'low';
    }
    if (severity && out.length < 20) {
      out.push({ messageId: 'addopts', data: { token: clip(option), old: '', new: '', script: '' }, severity, line, side: 'new' });
    }
  }
  const oldFail = failUnder(before);
  const newFail = failUnder(after);
  if (oldFail !== undefined && (newFail === undefined || newFail < oldFail)) {
    const data = { token: '--cov-fail-under', old: String(oldFail), new: newFail === undefined ? '(unset)' : String(newFail), script: '' };
    out.push({ messageId: 'failUnder', data, severity: 'medium', line, side: 'new' });
  }
  return out;
}
