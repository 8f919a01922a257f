import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { splitLines } from '../../text/lines';
import { compareTrees, type Watch } from '../support/config-compare';
import { compareAddopts, compareScripts } from '../support/config-commands';
import { compareEslint, eslintShape } from '../support/config-eslint';
import { readIni, readToml } from '../support/config-ini';
import { configFile, ignoreFileTool, isGenerated, type ConfigFile, type Format } from '../support/config-tools';
import { readJsConfig, readJsonConfig, valueAt, type ConfigValue } from '../support/config-tree';
import { readYaml } from '../support/config-yaml';
import { modified } from '../support/changes';

interface Finding {
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  line: number;
  side: 'new' | 'removed';
}

/** At most this many findings per file: a hostile config must not flood the report. */
const MAX_FINDINGS = 20;

function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) {
    if (out.length >= MAX_FINDINGS) {
      return;
    }
    out.push(item);
  }
}

function read(format: Format, text: string | undefined, path: string): ConfigValue | undefined {
  if (text === undefined) {
    return undefined;
  }
  switch (format) {
    case 'js':
      return readJsConfig(text, path);
    case 'json':
      return readJsonConfig(text);
    case 'rc':
      return readJsonConfig(text) ?? readYaml(text);
    case 'yaml':
      return readYaml(text);
    case 'ini':
      return readIni(text);
    case 'toml':
      return readToml(text);
  }
}

/** The tool's watches with their paths from the top of the file. */
function rooted(root: string[], watches: readonly Watch[]): Watch[] {
  return watches.map((w) => ({ ...w, path: [...root, w.path].join('.') }));
}

function configFindings(file: ConfigFile, before: ConfigValue | undefined, after: ConfigValue | undefined): Finding[] {
  const out: Finding[] = [];
  for (const { root, watches } of file.roots) {
    for (const w of compareTrees(rooted(root, watches), before, after)) {
      const data = { what: w.what, key: w.key, old: w.old, new: w.new, items: w.items };
      out.push({ messageId: w.messageId, data, severity: w.severity, line: w.line, side: w.side });
    }
  }
  if (file.eslint !== undefined) {
    const flat = file.eslint === 'flat';
    const path = flat ? [] : file.eslint;
    const shape = (tree: ConfigValue | undefined) => eslintShape(path.length > 0 ? valueAt(tree, ...path) : tree, flat);
    append(out, compareEslint(shape(before), shape(after), isGenerated));
    if (!flat && path.length > 0) {
      append(
        out,
        compareTrees([{ path: 'eslintIgnore', check: 'added', what: 'ESLint ignore list', routine: isGenerated }], before, after).map(
          (w) => ({
            messageId: w.messageId,
            data: { what: w.what, key: w.key, old: w.old, new: w.new, items: w.items },
            severity: w.severity,
            line: w.line,
            side: w.side,
          }),
        ),
      );
    }
  }
  if (file.scripts) {
    append(out, compareScripts(valueAt(before, 'scripts'), valueAt(after, 'scripts')));
  }
  if (file.addopts) {
    append(out, compareAddopts(valueAt(before, ...file.addopts, 'addopts'), valueAt(after, ...file.addopts, 'addopts')));
  }
  return out;
}

/** Lines added to an ignore file of a checker (`.eslintignore`, `.semgrepignore`, ...). */
function ignoreFileFindings(ctx: DiffRuleContext, tool: string): Finding[] {
  const lines = splitLines(ctx.newText ?? '');
  const added = [...ctx.lineChanges().added]
    .sort((a, b) => a - b)
    .filter((n) => {
      const text = (lines[n - 1] ?? '').trim();
      return text !== '' && !text.startsWith('#') && !isGenerated(text);
    });
  if (added.length === 0) {
    return [];
  }
  const shown = added.slice(0, 5).map((n) => lines[n - 1].trim());
  const items = shown.join(', ') + (added.length > 5 ? ` (+${added.length - 5} more)` : '');
  return [{ messageId: 'ignoreFile', data: { tool, items }, severity: 'medium', line: added[0], side: 'new' }];
}

function report(ctx: DiffRuleContext, path: string, findings: Finding[]): void {
  const seen = new Set<string>();
  const oldLines = ctx.oldText === undefined ? [] : splitLines(ctx.oldText);
  for (const f of findings) {
    const key = `${f.messageId}\u0001${JSON.stringify(f.data)}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const data = { ...f.data, file: path };
    if (f.side === 'removed') {
      const removed = ctx.lineChanges().removed.find((r) => r.oldLine === f.line);
      const snippet = (oldLines[f.line - 1] ?? '').trim();
      ctx.report({ messageId: f.messageId, data, severity: f.severity, line: removed?.anchor ?? 1, side: 'removed', snippet });
    } else {
      ctx.report({ messageId: f.messageId, data, severity: f.severity, line: f.line });
    }
  }
}

export default defineDiffRule({
  meta: {
    id: 'diff/test-config-weakened',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: 'A test, coverage, lint or type-check configuration changed so that its checks pass more easily.',
    why:
      'An agent told to make the checks pass can lower the coverage threshold, ignore the failing test path, turn the lint rule ' +
      'off, set `strict: false` or append `|| true` to the test script instead of fixing the code. The change is one line in a ' +
      'config file and the checks go green; a reviewer should see it as what it is.',
    incorrect: [
      {
        change: modified(
          'jest.config.js',
          'module.exports = { coverageThreshold: { global: { lines: 90 } } };\n',
          'module.exports = { coverageThreshold: { global: { lines: 50 } } };\n',
        ),
      },
      { change: modified('tsconfig.json', '{ "compilerOptions": { "strict": true } }\n', '{ "compilerOptions": { "strict": false } }\n') },
      { change: modified('package.json', '{ "scripts": { "test": "jest" } }\n', '{ "scripts": { "test": "jest || true" } }\n') },
      { change: modified('pyproject.toml', '[tool.coverage.report]\nfail_under = 90\n', '[tool.coverage.report]\nfail_under = 60\n') },
    ],
    correct: [
      {
        change: modified(
          'jest.config.js',
          'module.exports = { coverageThreshold: { global: { lines: 80 } } };\n',
          'module.exports = { coverageThreshold: { global: { lines: 90 } } };\n',
        ),
      },
      {
        change: modified(
          'tsconfig.json',
          '{ "compilerOptions": { "strict": false } }\n',
          '{ "compilerOptions": { "strict": true, "skipLibCheck": true } }\n',
        ),
      },
    ],
    messages: {
      lowered: '{{what}} `{{key}}` lowered from {{old}} to {{new}} in `{{file}}`: the bar the change has to clear is lower.',
      unset: '{{what}} `{{key}}` ({{old}}) removed from `{{file}}`: the check it enforced is gone.',
      raised: '{{what}} `{{key}}` raised from {{old}} to {{new}} in `{{file}}`: failures get more chances to pass.',
      added: '{{what}} in `{{file}}` gained {{items}}: those files are no longer checked.',
      removed: '{{what}} in `{{file}}` no longer lists {{items}}: those files are no longer checked.',
      enabled: '{{what}} turned on in `{{file}}` ({{old}} -> {{new}}): the run passes without the checks it used to require.',
      disabled: '{{what}} turned off in `{{file}}` ({{old}} -> {{new}}): a check the project had is no longer enforced.',
      ruleWeakened: 'ESLint rule `{{rule}}` weakened from {{old}} to {{new}} for {{scope}} in `{{file}}`.',
      ruleRemoved: 'ESLint rule `{{rule}}` ({{old}}) removed for {{scope}} in `{{file}}`.',
      eslintIgnored: 'ESLint now ignores {{items}} (`{{file}}`): those files are no longer linted.',
      ignoreFile: '`{{file}}` now makes {{tool}} skip {{items}}.',
      swallowed: 'The `{{script}}` script now ignores its own failure (`{{token}}`): `{{old}}` -> `{{new}}`.',
      noop: 'The `{{script}}` script no longer runs the checks: `{{old}}` -> `{{new}}`.',
      narrowed: 'The `{{script}}` script gained `{{token}}`, which skips tests or lets failures pass: `{{new}}`.',
      scriptRemoved: 'The `{{script}}` script (`{{old}}`) was removed from `{{file}}`.',
      maxWarnings: 'The `{{script}}` script allows more lint warnings: `{{old}}` -> `{{new}}`.',
      addopts: 'pytest `addopts` in `{{file}}` gained `{{token}}`, which skips tests or plugins.',
      failUnder: 'pytest `--cov-fail-under` in `{{file}}` lowered from {{old}} to {{new}}.',
      unparsable: '`{{file}}` no longer parses as {{format}}: the tools may fall back to defaults, and this review cannot compare it.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath ?? ctx.change.oldPath;
    if (!path || ctx.change.status === 'added') {
      return;
    }
    const tool = ignoreFileTool(path);
    if (tool) {
      report(ctx, path, ignoreFileFindings(ctx, tool));
      return;
    }
    const oldFile = configFile(ctx.change.oldPath ?? path);
    const file = configFile(path) ?? oldFile;
    if (!file || !oldFile || ctx.oldText === undefined) {
      return;
    }
    const before = read(oldFile.format, ctx.oldText, ctx.change.oldPath ?? path);
    const after = read(file.format, ctx.newText, path);
    if (before === undefined) {
      return;
    }
    if (after === undefined && ctx.newText !== undefined) {
      ctx.report({ messageId: 'unparsable', data: { file: path, format: file.format.toUpperCase() }, severity: 'low' });
      return;
    }
    report(ctx, path, configFindings(file, before, after));
  },
});
