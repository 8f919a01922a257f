import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import { splitLines } from '../../text/lines';
import { added, modified } from '../support/changes';
import { firstLine } from '../support/config-lines';
import { readJsonConfig, type ConfigValue } from '../support/config-tree';

const LEDGER = '.airlock/ledger.jsonl';
/** The append-only record files: the review ledger and the model critiques the gate reads. */
const APPEND_ONLY = [LEDGER, '.airlock/critiques.jsonl'];
const MAX_FINDINGS = 20;
/** Settings that run a program, pick an interpreter, or are Airlock's own. */
const CODE_SETTING =
  /^(airlock\.|terminal\.integrated\.|task\.|security\.workspace\.trust|git\.path$|python\.(defaultInterpreterPath|pythonPath|venvPath|interpreter)|typescript\.tsdk$|npm\.packageManager$|eslint\.(runtime|nodePath|execArgv)|jest\.(jestCommandLine|shell|nodeEnv)|.*executablePath$|.*\.(serverPath|nodePath|runtimePath|binaryPath|commandPath)$|.*\.server\.path$|.*\.path$)/i;
const VSCODE_OTHER = /(^|\/)\.vscode\/(tasks|launch|extensions)\.json$/;
const VSCODE_SETTINGS = /(^|\/)\.vscode\/settings\.json$/;

function clip(text: string): string {
  const t = text.trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}

/** Appending records is how the ledger grows; editing, deleting or inserting between records is not. */
function checkLedger(ctx: DiffRuleContext): void {
  const changes = ctx.lineChanges();
  const removed = changes.removed.filter((r) => r.text.trim() !== '');
  for (const r of removed.slice(0, MAX_FINDINGS)) {
    ctx.report({
      messageId: 'ledgerEdited',
      data: { record: clip(r.text) },
      severity: 'high',
      line: r.anchor,
      side: 'removed',
      snippet: r.text,
    });
  }
  if (removed.length > 0 || ctx.newText === undefined) {
    return;
  }
  const lines = splitLines(ctx.newText);
  const addedLines = [...changes.added].filter((n) => (lines[n - 1] ?? '').trim() !== '').sort((a, b) => a - b);
  if (addedLines.length === 0) {
    return;
  }
  const firstAdded = addedLines[0];
  const keptAfter = lines.findIndex((text, i) => i + 1 > firstAdded && text.trim() !== '' && !changes.added.has(i + 1));
  if (keptAfter >= 0) {
    ctx.report({ messageId: 'ledgerInserted', data: { record: clip(lines[firstAdded - 1]) }, severity: 'high', line: firstAdded });
  }
}

function settingsOf(text: string | undefined): Map<string, ConfigValue> | undefined {
  const tree = text === undefined ? undefined : readJsonConfig(text);
  return tree?.kind === 'object' ? tree.entries : undefined;
}

function same(a: ConfigValue | undefined, b: ConfigValue | undefined): boolean {
  const strip = (v: ConfigValue | undefined): string =>
    JSON.stringify(v, (k, x: unknown) => (k === 'line' ? undefined : x instanceof Map ? [...x] : x));
  return strip(a) === strip(b);
}

function checkSettings(ctx: DiffRuleContext, path: string): void {
  const before = settingsOf(ctx.oldText) ?? new Map<string, ConfigValue>();
  const after = settingsOf(ctx.newText);
  if (after === undefined) {
    if (ctx.newText !== undefined) {
      ctx.report({ messageId: 'vscode', data: { file: path, keys: '(unreadable JSON)' }, line: 1 });
    }
    return;
  }
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => !same(before.get(k), after.get(k)));
  const risky = changed.filter((k) => CODE_SETTING.test(k));
  for (const key of risky.slice(0, MAX_FINDINGS)) {
    const value = after.get(key);
    const data = { file: path, key };
    if (value === undefined) {
      const old = before.get(key);
      const snippet = old ? (splitLines(ctx.oldText ?? '')[old.line - 1] ?? '') : '';
      ctx.report({ messageId: 'settingRemoved', data, severity: 'high', line: 1, side: 'removed', snippet });
    } else {
      ctx.report({ messageId: 'codeSetting', data, severity: 'high', line: value.line });
    }
  }
  const rest = changed.filter((k) => !CODE_SETTING.test(k));
  if (rest.length > 0 && risky.length === 0) {
    const line = after.get(rest[0])?.line ?? firstChange(ctx);
    ctx.report({ messageId: 'vscode', data: { file: path, keys: rest.slice(0, 5).join(', ') }, line });
  }
}

function firstChange(ctx: DiffRuleContext): number {
  return firstLine(ctx.lineChanges()) ?? 1;
}

/** The last added line (or the first change, when nothing was added): a finding spans the whole edited region. */
function lastChange(ctx: DiffRuleContext): number {
  const added = [...ctx.lineChanges().added];
  return added.length > 0 ? Math.max(...added) : firstChange(ctx);
}

/** Added policy lines are one finding over the edited region; each removed line is its own, on the removed side. */
function checkPolicy(ctx: DiffRuleContext, path: string): void {
  const changes = ctx.lineChanges();
  const removed = changes.removed.filter((r) => r.text.trim() !== '');
  if (changes.added.size > 0 || removed.length === 0) {
    ctx.report({ messageId: 'policy', data: { file: path }, severity: 'high', line: firstChange(ctx), endLine: lastChange(ctx) });
  }
  for (const r of removed.slice(0, MAX_FINDINGS)) {
    ctx.report({
      messageId: 'policyLineRemoved',
      data: { file: path, text: clip(r.text) },
      severity: 'high',
      line: r.anchor,
      side: 'removed',
      snippet: r.text,
    });
  }
}

function checkTasks(ctx: DiffRuleContext, path: string): void {
  const lines = splitLines(ctx.newText ?? '');
  const changes = ctx.lineChanges();
  const autoRun = [...changes.added].sort((a, b) => a - b).find((n) => /"runOn"\s*:\s*"folderOpen"/.test(lines[n - 1] ?? ''));
  if (autoRun !== undefined) {
    ctx.report({ messageId: 'autoRun', data: { file: path }, severity: 'high', line: autoRun });
    return;
  }
  if (changes.added.size > 0 || changes.removed.length > 0) {
    ctx.report({ messageId: 'vscodeFile', data: { file: path }, line: firstChange(ctx) });
  }
}

export default defineDiffRule({
  meta: {
    id: 'diff/review-policy-changed',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: "Changes to Airlock's own policy and ledger, or to editor settings and tasks that run code.",
    why:
      'The reviewed change must not be able to change how it is reviewed. An agent that edits `.airlock/` policy, rewrites ' +
      'the review ledger, points the editor at another interpreter or adds a task that runs on folder open is changing the ' +
      'rules of its own evaluation.',
    incorrect: [
      { change: modified('.airlock/policy.json', '{"failOn":"medium"}\n', '{"failOn":"high"}\n') },
      { change: modified('.airlock/policy.yml', 'review:\n  - "src/auth.ts"\n  - "src/db.ts"\n', 'review:\n  - "src/db.ts"\n') },
      { change: modified(LEDGER, '{"id":1}\n{"id":2}\n', '{"id":1}\n{"id":3}\n') },
      { change: modified('.airlock/critiques.jsonl', '{"id":1}\n{"id":2}\n', '{"id":2}\n') },
      { change: modified('.vscode/settings.json', '{}\n', '{ "airlock.enabled": false }\n') },
      {
        change: added(
          '.vscode/tasks.json',
          '{ "tasks": [{ "label": "x", "command": "node x", "runOptions": { "runOn": "folderOpen" } }] }\n',
        ),
      },
    ],
    correct: [
      { change: modified(LEDGER, '{"id":1}\n', '{"id":1}\n{"id":2}\n') },
      { change: modified('.airlock/critiques.jsonl', '{"id":1}\n', '{"id":1}\n{"id":2}\n') },
      { change: modified('src/settings.json', '{}\n', '{ "airlock.enabled": false }\n') },
    ],
    messages: {
      policy: 'Airlock configuration `{{file}}` changed: the change edits the rules it is reviewed by.',
      policyLineRemoved: 'Airlock configuration `{{file}}` lost `{{text}}`: the change removes a rule it is reviewed by.',
      policyDeleted: 'Airlock configuration `{{file}}` deleted: the change removes rules it is reviewed by.',
      ledgerEdited: 'An existing review-ledger record was changed or deleted: `{{record}}`. The ledger only ever grows by appending.',
      ledgerInserted:
        'A review-ledger record was inserted between existing records: `{{record}}`. The ledger only ever grows by appending.',
      ledgerDeleted: 'The review ledger `{{file}}` was deleted.',
      codeSetting: 'Editor setting `{{key}}` changed in `{{file}}`: it decides what program runs or how Airlock behaves.',
      settingRemoved: 'Editor setting `{{key}}` removed from `{{file}}`: it decided what program runs or how Airlock behaves.',
      vscode: 'Workspace settings changed in `{{file}}` ({{keys}}).',
      vscodeFile: 'Editor configuration `{{file}}` changed: tasks, launch configurations and recommended extensions run code.',
      autoRun: 'A task in `{{file}}` now runs automatically when the folder is opened.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath ?? ctx.change.oldPath;
    if (!path) {
      return;
    }
    const paths = [ctx.change.oldPath, ctx.change.newPath].filter((p): p is string => p !== undefined);
    const record = paths.find((p) => APPEND_ONLY.includes(p));
    if (record) {
      if (ctx.change.newPath !== record) {
        ctx.report({
          messageId: 'ledgerDeleted',
          data: { file: record },
          severity: 'high',
          side: 'removed',
          snippet: clip(ctx.oldText ?? ''),
        });
      } else {
        checkLedger(ctx);
      }
      return;
    }
    const policy = paths.find((p) => p.startsWith('.airlock/'));
    if (policy) {
      const gone = ctx.change.newPath === undefined || !ctx.change.newPath.startsWith('.airlock/');
      if (gone) {
        ctx.report({
          messageId: 'policyDeleted',
          data: { file: policy },
          severity: 'high',
          side: 'removed',
          snippet: clip(ctx.oldText ?? ''),
        });
      } else {
        checkPolicy(ctx, path);
      }
      return;
    }
    if (VSCODE_SETTINGS.test(path)) {
      checkSettings(ctx, path);
    } else if (VSCODE_OTHER.test(path)) {
      checkTasks(ctx, path);
    }
  },
});
