import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import type { Category, Severity } from '../../model/finding';
import { splitLines } from '../../text/lines';
import { firstLine } from '../support/config-lines';
import { added, deleted, modified } from '../support/changes';

/** At most this many findings per file. */
const MAX_FINDINGS = 20;

const CI_PATH =
  /^(\.github\/workflows\/[^/]+\.ya?ml|\.github\/actions\/.+|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|\.azure-pipelines\/.+\.ya?ml|(.*\/)?Jenkinsfile(\.[\w-]+)?|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+)$/;

export function isCiPath(path: string): boolean {
  return CI_PATH.test(path);
}

interface Signal {
  pattern: RegExp;
  messageId: string;
  /** What the line does when it is not switching a check off: widening access, or trusting outside code. */
  category?: Category;
  severity?: Severity;
}

/** Added lines that switch a check off, widen what a run may do, or leak secrets. */
const ADDED_SIGNALS: readonly Signal[] = [
  { pattern: /^\s*(-\s+)?if\s*:\s*(\$\{\{\s*)?(false|0|'false'|"false")\s*(\}\})?\s*(#.*)?$/, messageId: 'disabledStep' },
  {
    pattern:
      /^\s*(-\s+)?(continue-on-error|continueOnError|allow_failure|soft_fail)\s*:\s*(true|yes|\$\{\{(?!\s*(false|0)\s*\}\})[^}]*\}\})\s*(#.*)?$/,
    messageId: 'ignoresFailure',
  },
  { pattern: /^\s*(-\s+)?allow_failures\s*:/, messageId: 'ignoresFailure' },
  { pattern: /\|\|\s*(true|exit(\s+0)?|:)\s*(["'#;)]|$)|;\s*(exit\s+0|true)\s*(["'#]|$)/, messageId: 'swallowed' },
  { pattern: /(^|[\s;:&|'"-])set\s+(\+e|\+o\s+errexit)\b/, messageId: 'errexitOff' },
  { pattern: /\bpull_request_target\b/, messageId: 'prTarget', category: 'insecure-config' },
  {
    pattern:
      /^\s*permissions\s*:\s*write-all\b|^\s*(actions|checks|contents|deployments|id-token|issues|discussions|packages|pages|pull-requests|repository-projects|security-events|statuses|attestations)\s*:\s*write\s*(#.*)?$/,
    messageId: 'permissions',
    category: 'insecure-config',
  },
  {
    pattern: /\b(echo|printf|cat|tee|curl|wget)\b.*\$\{\{\s*secrets\.|\$\{\{\s*toJSON\(\s*secrets\s*\)/i,
    messageId: 'secretEcho',
    category: 'secrets',
  },
  // A secret mapped into the step's environment, printed to the log, or encoded first so the log's masking misses it.
  {
    pattern:
      /\b(echo|printf)\b(?![^\n]*::add-mask::)[^\n|>]*\$\{?\w*(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|CREDENTIALS?)\w*\}?[^\n|>]*(\|\s*(base64|xxd|od|rev|tr|sed|curl|nc|wget)\b|$)/i,
    messageId: 'secretEcho',
    category: 'secrets',
  },
  { pattern: /ACTIONS_ALLOW_UNSECURE_COMMANDS\s*:\s*['"]?true/i, messageId: 'unsecureCommands', category: 'insecure-config' },
  // A download piped into an interpreter: whatever the server returns runs with the workflow's secrets.
  {
    pattern: /\b(curl|wget)\b[^|#\n]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(curl|wget)\b[^|#\n]*\|\s*(sudo\s+)?python[0-9.]*\b/,
    messageId: 'pipeToShell',
    category: 'supply-chain',
  },
  // A third-party action taken from a moving branch: whoever pushes to it changes what runs here.
  {
    pattern:
      /^\s*(-\s+)?uses\s*:\s*['"]?(?!actions\/|github\/|\.\/|docker:\/\/)[\w.-]+\/[\w./-]+@(master|main|latest|dev|develop|trunk|HEAD|nightly|canary)['"]?\s*(#.*)?$/,
    messageId: 'unpinnedAction',
    category: 'supply-chain',
    severity: 'medium',
  },
];

/** The pull request's own code checked out in a workflow that runs with the base repository's secrets. */
const PR_HEAD_CHECKOUT = /\$\{\{\s*github\.event\.pull_request\.head\.(sha|ref)\s*\}\}|\$\{\{\s*github\.head_ref\s*\}\}|refs\/pull\/\$\{\{/;

/** Commands that run the project's checks. */
const CHECK_COMMAND =
  /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(test|lint|typecheck|check|coverage|audit)\b|\b(jest|vitest|mocha|pytest|tox|nox|eslint|tsc|mypy|ruff|flake8|pylint|bandit|semgrep|codeql|airlock|go\s+(test|vet)|cargo\s+(test|clippy)|make\s+(test|lint|check))\b|github\/codeql-action|actions\/dependency-review-action/;
/**
 * Test-runner options that run fewer tests or let an empty run pass: path and name filters,
 * deselection, only-changed modes, pytest's `-k "not ..."` and `-m "not ..."`, mocha's `--invert`.
 */
const NARROWING =
  /--(testPathIgnorePatterns?|modulePathIgnorePatterns|passWithNoTests|testNamePattern|onlyChanged|lastCommit|changedSince|findRelatedTests|deselect|ignore(-glob)?|exclude|skip|invert|testPathPattern|no-coverage|coverage=false)(?=[\s='"]|$)|(^|\s)-[km]\s+['"]?not\b/;
/** A check command whose failure is turned into an echo: `npm test || echo "tests failed"`. */
const ECHO_FALLBACK = /\|\|\s*(echo|printf)\b/;
/** A path filter entry that covers source code or tests (ignoring it skips CI for code changes). */
const SOURCE_GLOB =
  /(^|\/|\*)(src|lib|app|apps|packages|server|client|pkg|cmd|internal|core|test|tests|spec|__tests__)(\/|\*|$)|\.\{?(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|php|cs)\b|^\*\*?(\/\*\*?)?$/;

/** The start of a step in a YAML list (`- name:`, `- run:`, `- uses:`, `- script:`). */
const STEP_START = /^\s*-\s+(name|run|uses|script|task|bash|checkout)\s*:/;

function describe(ctx: DiffRuleContext, path: string, fallback: 'edited' | 'added'): void {
  const lines = splitLines(ctx.newText ?? '');
  const changes = ctx.lineChanges();
  let specific = 0;
  const report = (messageId: string, line: number, text: string, category?: Category, severity: Severity = 'high'): void => {
    if (++specific > MAX_FINDINGS) {
      return;
    }
    ctx.report({ messageId, data: { file: path, line: clip(text) }, severity, line, category });
  };
  const prTargetWorkflow = /\bpull_request_target\b/.test(ctx.newText ?? '');
  const oldText = ctx.oldText ?? '';
  const filters = pathFilters(lines);
  for (const n of [...changes.added].sort((a, b) => a - b)) {
    const text = lines[n - 1] ?? '';
    const filter = filters.get(n);
    if (filter && isFilterSignal(filter, n, changes.added)) {
      const ignores = filter.key === 'paths-ignore';
      const entrySource = filter.entry !== undefined && SOURCE_GLOB.test(filter.entry);
      const source = ignores ? (filter.keyLine === n ? filter.coversSource : entrySource) : !filter.coversSource;
      const messageId = filter.key === 'paths-ignore' ? 'pathsIgnore' : 'pathsOnly';
      if (++specific <= MAX_FINDINGS) {
        ctx.report({ messageId, data: { file: path, line: clip(text) }, severity: source ? 'high' : 'medium', line: n });
      }
      continue;
    }
    if (CHECK_COMMAND.test(text) && ECHO_FALLBACK.test(text)) {
      report('swallowed', n, text);
      continue;
    }
    const narrowing = CHECK_COMMAND.test(text) ? NARROWING.exec(text) : null;
    if (narrowing && !oldText.includes(narrowing[0].trim())) {
      report('testsNarrowed', n, text);
      continue;
    }
    const signal = ADDED_SIGNALS.find((s) => s.pattern.test(text));
    if (signal && !(signal.messageId === 'prTarget' && /\bpull_request_target\b/.test(oldText))) {
      report(signal.messageId, n, text, signal.category, signal.severity);
    } else if (prTargetWorkflow && /^\s*(-\s+)?(ref|repository)\s*:/.test(text) && PR_HEAD_CHECKOUT.test(text)) {
      report('prHeadCheckout', n, text, 'insecure-config');
    }
  }
  const newText = ctx.newText ?? '';
  const oldSteps = countMatches(oldText, STEP_START);
  const newSteps = countMatches(newText, STEP_START);
  const remaining = checkNames(newText);
  for (const removed of changes.removed) {
    const check = CHECK_COMMAND.exec(removed.text);
    const command = check ? check[0] : undefined;
    if (specific >= MAX_FINDINGS) {
      break;
    }
    if (command !== undefined && !remaining.has(checkName(command))) {
      specific++;
      ctx.report({
        messageId: 'checkRemoved',
        data: { file: path, line: clip(removed.text), command },
        severity: 'high',
        line: removed.anchor,
        side: 'removed',
        snippet: removed.text,
      });
    } else if (newSteps < oldSteps && STEP_START.test(removed.text)) {
      specific++;
      ctx.report({
        messageId: 'stepRemoved',
        data: { file: path, line: clip(removed.text) },
        severity: 'high',
        line: removed.anchor,
        side: 'removed',
        snippet: removed.text,
      });
    }
  }
  if (specific === 0) {
    const first = firstLine(changes);
    if (first !== undefined) {
      ctx.report({ messageId: fallback, data: { file: path }, line: first });
    }
  }
}

interface PathFilter {
  key: 'paths' | 'paths-ignore';
  keyLine: number;
  /** The glob on this line, if the line is an entry of the filter. */
  entry?: string;
  /** Whether any entry of the filter covers source code. */
  coversSource: boolean;
}

const unquote = (s: string): string => s.trim().replace(/^['"]|['"]$/g, '');

/**
 * Lines (1-based) of `paths:` / `paths-ignore:` filters under the top-level `on:` trigger block,
 * with the glob of each entry line. A flow list on the key line counts as entries of that line.
 */
function pathFilters(lines: readonly string[]): Map<number, PathFilter> {
  const out = new Map<number, PathFilter>();
  let inOn = false;
  let current: PathFilter | undefined;
  let keyIndent = 0;
  let members: number[] = [];
  const close = (): void => {
    if (current) {
      for (const n of members) {
        out.get(n)!.coversSource = current.coversSource;
      }
    }
    current = undefined;
    members = [];
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    const text = raw.replace(/\s+#.*$/, '');
    if (text.trim() === '' || text.trim().startsWith('#')) {
      return;
    }
    const indent = text.length - text.trimStart().length;
    if (indent === 0) {
      close();
      inOn = /^(on|'on'|"on"|true)\s*:/.test(text);
      return;
    }
    if (current && indent > keyIndent && /^\s*-\s*/.test(text)) {
      const entry = unquote(text.replace(/^\s*-\s*/, ''));
      current.coversSource ||= SOURCE_GLOB.test(entry);
      out.set(n, { ...current, entry });
      members.push(n);
      return;
    }
    close();
    const key = /^\s*(paths-ignore|paths)\s*:\s*(.*)$/.exec(text);
    if (inOn && key) {
      keyIndent = indent;
      const flow = key[2].startsWith('[')
        ? key[2]
            .replace(/^\[|\]$/g, '')
            .split(',')
            .map(unquote)
        : [];
      current = { key: key[1] as PathFilter['key'], keyLine: n, coversSource: flow.some((g) => SOURCE_GLOB.test(g)) };
      out.set(n, { ...current, entry: flow.find((g) => SOURCE_GLOB.test(g)) ?? flow[0] });
      members.push(n);
    }
  });
  close();
  return out;
}

/**
 * Which added filter lines to report: an added key line (the whole filter is new), and added
 * `paths-ignore` entries of an older filter or ones that exclude source code.
 */
function isFilterSignal(filter: PathFilter, line: number, added: ReadonlySet<number>): boolean {
  if (filter.keyLine === line) {
    return true;
  }
  return filter.key === 'paths-ignore' && (!added.has(filter.keyLine) || SOURCE_GLOB.test(filter.entry ?? ''));
}

/** `npm run test` and `npm test` are the same check: the last word names it. */
function checkName(command: string): string {
  return (
    command
      .trim()
      .split(/[\s/]+/)
      .pop() ?? command
  );
}

function checkNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of splitLines(text)) {
    const global = new RegExp(CHECK_COMMAND.source, 'g');
    for (let m = global.exec(line); m !== null; m = global.exec(line)) {
      names.add(checkName(m[0]));
    }
  }
  return names;
}

function countMatches(text: string, pattern: RegExp): number {
  return splitLines(text).filter((l) => pattern.test(l)).length;
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}

export default defineDiffRule({
  meta: {
    id: 'diff/ci-workflow-changed',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: 'A CI definition edited: checks removed or skipped, failures ignored, permissions or triggers widened.',
    why:
      'CI is where the project checks every change. An agent that cannot make a check pass can delete the step, add ' +
      '`if: false` or `continue-on-error: true`, or widen what the workflow may do with the repository and its secrets. Any ' +
      'edit to CI deserves a human look; these forms are the ones that switch checks off.',
    incorrect: [
      {
        change: modified(
          '.github/workflows/ci.yml',
          'jobs:\n  test:\n    steps:\n      - run: npm ci\n      - run: npm test\n',
          'jobs:\n  test:\n    steps:\n      - run: npm ci\n',
        ),
      },
      {
        change: modified(
          '.github/workflows/ci.yml',
          'jobs:\n  test:\n    steps:\n      - run: npm test\n',
          'jobs:\n  test:\n    steps:\n      - run: npm test\n        continue-on-error: true\n',
        ),
      },
      { change: added('.gitlab-ci.yml', 'test:\n  script: npm test\n') },
      { change: deleted('.github/workflows/lint.yml', 'jobs:\n  lint:\n    steps:\n      - run: npx eslint .\n') },
    ],
    correct: [
      { change: modified('src/ci.yml', 'a: 1\n', 'a: 2\n') },
      { change: modified('.github/ISSUE_TEMPLATE/bug.yml', 'name: Bug\n', 'name: Bug report\n') },
    ],
    messages: {
      edited: 'CI definition `{{file}}` changed: what the project checks on every change is defined here; review the edit.',
      added: "New CI definition `{{file}}`: it runs with the repository's CI permissions and secrets.",
      deletedFile: 'CI definition `{{file}}` deleted: the checks it ran no longer run.',
      disabledStep: 'A CI step or job is switched off in `{{file}}`: `{{line}}`.',
      ignoresFailure: 'A CI step or job may now fail without failing the run in `{{file}}`: `{{line}}`.',
      testsNarrowed: 'A CI test command now runs fewer tests or passes with none in `{{file}}`: `{{line}}`.',
      swallowed: 'A CI command now ignores its own failure in `{{file}}`: `{{line}}`.',
      errexitOff:
        'A CI script turns off stop-on-error (`set +e`) in `{{file}}`: a failing test or lint command no longer fails the run: `{{line}}`.',
      pathsIgnore: 'The workflow trigger in `{{file}}` now ignores these paths, so changes to them no longer run CI: `{{line}}`.',
      pathsOnly: 'The workflow trigger in `{{file}}` now runs only for the listed paths; changes elsewhere no longer run CI: `{{line}}`.',
      prTarget: '`pull_request_target` added in `{{file}}`: workflows from forks run with write access and secrets.',
      permissions: 'CI permissions raised in `{{file}}`: `{{line}}`.',
      secretEcho: 'A CI secret is printed or sent out in `{{file}}`: `{{line}}`.',
      unsecureCommands: 'Unsafe workflow commands re-enabled in `{{file}}`: `{{line}}`.',
      pipeToShell:
        "A CI step pipes a download straight into a shell in `{{file}}`: whatever the server returns runs with the workflow's secrets: `{{line}}`.",
      unpinnedAction:
        'A third-party action is taken from a moving branch in `{{file}}`: whoever pushes to it decides what runs here (pin a commit SHA): `{{line}}`.',
      prHeadCheckout:
        "A `pull_request_target` workflow in `{{file}}` checks out the pull request's own code: a fork's code then runs with write access and secrets: `{{line}}`.",
      checkRemoved: 'A check (`{{command}}`) was removed from CI in `{{file}}`: `{{line}}`.',
      stepRemoved: 'A CI step was removed from `{{file}}`: `{{line}}`.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath ?? ctx.change.oldPath;
    if (!path) {
      return;
    }
    const wasCi = ctx.change.oldPath !== undefined && isCiPath(ctx.change.oldPath);
    if (wasCi && (ctx.change.status === 'deleted' || !ctx.change.newPath || !isCiPath(ctx.change.newPath))) {
      ctx.report({
        messageId: 'deletedFile',
        data: { file: ctx.change.oldPath ?? path },
        severity: 'high',
        side: 'removed',
        snippet: clip(ctx.oldText ?? ''),
      });
      return;
    }
    if (!isCiPath(path) || ctx.newText === undefined) {
      return;
    }
    describe(ctx, path, ctx.change.status === 'added' || ctx.oldText === undefined ? 'added' : 'edited');
  },
});
