/**
 * End-to-end proof in a real VS Code (code-server) driven by Playwright in Debian's Chromium.
 * Run `scripts/e2e-setup.sh` once, then `npm run test:e2e`.
 *
 * 1. Makes a temporary git workspace: a base commit, then an AI-written change adding `eval(input)`.
 * 2. Packages the extension as a VSIX (or takes AIRLOCK_VSIX) and installs it into code-server's
 *    own --extensions-dir.
 * 3. Starts code-server on 127.0.0.1 with --auth none and its own user-data dir, in its own
 *    process group, killed as a whole at the end.
 * 4. Opens the workspace in Chromium, trusts it, runs "Airlock: Review Changes" (base HEAD) from the
 *    command palette and asserts the flag in the Problems panel; screenshots go to test/e2e/artifacts/.
 * 5. The merge gate: the status bar says "merge blocked (1)"; "Airlock: Create Reviewer Key" makes a
 *    key (kept in SecretStorage) and registers it; the flag is resolved through its "Resolve…" code
 *    action (modal confirmation, verdict, note) and the reviewers-file flag through "Resolve Flag…";
 *    the ledger holds both signed records and the status bar says "ready to merge".
 *
 * Environment: AIRLOCK_E2E_DIR (default .e2e), AIRLOCK_VSIX (skip packaging), CHROMIUM (default
 * /usr/bin/chromium), AIRLOCK_E2E_KEEP=1 keeps the temporary folder for debugging.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { completion, hunkIds, startChatServer, type ChatServer } from '../support/chat-server';

const REPO = path.resolve(__dirname, '..', '..');
const E2E_DIR = path.resolve(process.env.AIRLOCK_E2E_DIR ?? path.join(REPO, '.e2e'));
const NODE24 = path.join(E2E_DIR, 'node24', 'node_modules', '.bin', 'node');
const CODE_SERVER = path.join(E2E_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test', 'e2e', 'artifacts');

const STARTUP_TIMEOUT = 90_000;
const STEP_TIMEOUT = 30_000;

const timings: [string, number][] = [];
async function timed<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([label, Date.now() - start]);
    console.log(`e2e: ${label}: ${((Date.now() - start) / 1000).toFixed(1)}s`);
  }
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Airlock E2E', '-c', 'user.email=e2e@airlock.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/**
 * A repository with a base commit and an uncommitted AI-written change that adds `eval(input)` at
 * src/a.js:2:10. `base` adds files to the base commit (a workspace's own settings).
 */
function makeWorkspace(dir: string, base: Record<string, string> = {}): void {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'src', 'a.js'), 'export function run(input) {\n  return input.length;\n}\n');
  writeFileSync(path.join(dir, 'README.md'), '# demo\n');
  for (const [file, text] of Object.entries(base)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  writeFileSync(path.join(dir, 'src', 'a.js'), 'export function run(input) {\n  return eval(input);\n}\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

async function packageVsix(out: string): Promise<string> {
  if (process.env.AIRLOCK_VSIX) {
    return path.resolve(process.env.AIRLOCK_VSIX);
  }
  await run('npm', ['run', 'build'], { cwd: REPO });
  const vsce = path.join(REPO, 'node_modules', '.bin', 'vsce');
  await run(vsce, ['package', '--no-dependencies', '--out', out], { cwd: REPO });
  return out;
}

/** Polls code-server's health endpoint until it answers: the one place with retries. */
async function waitForServer(url: string, server: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`code-server exited with ${server.exitCode}:\n${readFileSync(log, 'utf8')}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return;
      }
      lastError = new Error(`healthz ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer within ${STARTUP_TIMEOUT / 1000}s (${String(lastError)}):\n${readFileSync(log, 'utf8')}`);
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), sig);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
  if (!(await Promise.race([exited.then(() => true), timer]))) {
    signal('SIGKILL');
  }
  // Helpers that outlived the main process are in the same group.
  signal('SIGKILL');
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input:visible');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await row.click();
}

const statusItem = (page: Page, text: string) => page.locator('.statusbar-item', { hasText: text }).first();

async function pickRow(page: Page, text: string): Promise<void> {
  const row = page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await row.click();
}

async function typeInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget:visible .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await input.fill(text);
  await input.press('Enter');
}

/** Types into the input box once it shows `title` (a box reused for the next question must not get the text early). */
async function answerInput(page: Page, title: string, text: string): Promise<void> {
  await page
    .locator('.quick-input-widget:visible .quick-input-title', { hasText: title })
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  const input = page.locator('.quick-input-widget:visible .quick-input-box input');
  // The box opens with a default (git's user.email): the title and the default arrive together.
  await input.fill(text);
  await page.waitForFunction(
    (expected) => (document.querySelector('.quick-input-widget .quick-input-box input') as HTMLInputElement | null)?.value === expected,
    text,
    { timeout: STEP_TIMEOUT },
  );
  await input.press('Enter');
}

async function confirmModal(page: Page, button: string): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await dialog.locator('.monaco-button', { hasText: button }).first().click();
  await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

interface LedgerLine {
  ruleId: string;
  path: string;
  verdict?: string;
  note: string;
  reviewer: { name: string; email: string; keyId: string };
  signature: string;
}

function ledgerLines(workspace: string): LedgerLine[] {
  const file = path.join(workspace, '.airlock', 'ledger.jsonl');
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as LedgerLine)
    : [];
}

/** The extension's output channel files under the user-data logs (for a failure report). */
function airlockLogs(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|[\\/])[^\\/]*Airlock[^\\/]*\.log$/.test(file))
    .map((file) => path.join(dir, file));
}

/** Step 5: the merge gate in the editor, from a blocked status bar to "ready to merge". */
async function resolveThroughTheUi(page: Page, workspace: string): Promise<void> {
  await timed('gate: blocked', () => statusItem(page, 'Airlock: merge blocked (1)').waitFor({ state: 'visible', timeout: STEP_TIMEOUT }));

  await timed('gate: create reviewer key', async () => {
    await runCommand(page, 'Airlock: Create Reviewer Key');
    await answerInput(page, 'reviewer name', 'E2E Reviewer');
    await answerInput(page, 'reviewer email', 'e2e@airlock.invalid');
    const register = page.locator('.notifications-toasts .monaco-button', { hasText: 'Register in This Repository' }).first();
    await register.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await register.click();
    // Registering is itself a change to review: the reviewers file becomes a second flag.
    await statusItem(page, 'Airlock: merge blocked (2)').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  });
  const reviewers = JSON.parse(readFileSync(path.join(workspace, '.airlock', 'reviewers.json'), 'utf8')) as {
    reviewers: { email: string; keyId: string }[];
  };
  if (reviewers.reviewers.length !== 1 || reviewers.reviewers[0].email !== 'e2e@airlock.invalid') {
    throw new Error(`unexpected reviewers file: ${JSON.stringify(reviewers)}`);
  }

  await timed('gate: resolve through the code action', async () => {
    // Put the cursor on the flag in the open editor (Go to Line), then ask for its code actions.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await typeInput(page, ':2:12');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    const action = page
      .locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: 'Airlock: Resolve…' })
      .first();
    // Ctrl+. can land while focus is still returning to the editor; ask again until the menu opens.
    const deadline = Date.now() + STEP_TIMEOUT;
    for (;;) {
      await page.keyboard.press('Control+.');
      const shown = await action
        .waitFor({ state: 'visible', timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) {
        break;
      }
      if (Date.now() > deadline) {
        throw new Error('the code action menu with "Airlock: Resolve…" did not open');
      }
      await page.keyboard.press('Escape');
      await page
        .locator('.editor-instance .view-lines')
        .first()
        .click({ position: { x: 5, y: 5 } })
        .catch(() => undefined);
      await page.keyboard.press('Control+G');
      await typeInput(page, ':2:12');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    }
    await action.click();
    await confirmModal(page, 'I Have Read This Code');
    await pickRow(page, 'accepted-risk');
    await typeInput(page, 'e2e: the input is a trusted build-time constant');
    await statusItem(page, 'Airlock: merge blocked (1)').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    // The flag stays in the Problems panel, quiet and marked resolved.
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: '(resolved: accepted-risk by E2E Reviewer)' })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  });

  await timed('gate: resolve the reviewers file from the palette', async () => {
    await runCommand(page, 'Airlock: Resolve Flag…');
    await pickRow(page, '.airlock/reviewers.json');
    await confirmModal(page, 'I Have Read This Code');
    await pickRow(page, 'fixed');
    await typeInput(page, 'first reviewer registration');
    await statusItem(page, 'Airlock: ready to merge').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  });

  const lines = ledgerLines(workspace);
  const summary = lines.map((l) => `${l.ruleId} ${l.path} ${l.verdict} ${l.reviewer.email} signed=${l.signature.length > 0}`);
  console.log(`e2e: ledger:\n${summary.map((t) => `  | ${t}`).join('\n')}`);
  const expected = [
    `ts/eval src/a.js accepted-risk e2e@airlock.invalid signed=true`,
    `diff/review-policy-changed .airlock/reviewers.json fixed e2e@airlock.invalid signed=true`,
  ];
  if (JSON.stringify(summary) !== JSON.stringify(expected)) {
    throw new Error(`ledger records:\n  ${summary.join('\n  ')}\nexpected:\n  ${expected.join('\n  ')}`);
  }
  if (lines.some((l) => l.reviewer.keyId !== reviewers.reviewers[0].keyId)) {
    throw new Error('a record is not signed with the registered key');
  }
  const shot = path.join(ARTIFACTS, 'gate-ready.png');
  await page.screenshot({ path: shot });
  console.log(`e2e: merge gate resolved through the UI: 2 signed records, status bar "ready to merge" (${shot})`);
}

const CRITIQUE_CLAIM = 'E2E critique: eval runs the caller input as code.';

/** The text of hunk `id` in a request's data block. */
function hunkText(content: string, id: string): string {
  const start = content.indexOf(`@@ hunk ${id} `);
  const next = content.indexOf('\n@@ hunk ', start + 1);
  return start < 0 ? '' : content.slice(start, next < 0 ? undefined : next);
}

/** The model: a critique quoting `eval(input)` for the hunk that holds it; the other hunks look fine. */
function startE2eModel(): Promise<ChatServer> {
  return startChatServer((request, res) =>
    completion(
      JSON.stringify({
        hunks: hunkIds(request).map((hunk) => {
          const risky = hunkText(request.body.messages[1].content, hunk).includes('eval(input)');
          return {
            hunk,
            unsafeProbability: risky ? 0.95 : 0.05,
            critiques: risky
              ? [
                  {
                    quote: 'eval(input)',
                    category: 'dynamic-code',
                    severity: 'high',
                    claim: CRITIQUE_CLAIM,
                    reasoning: 'Whatever the caller passes runs with the program’s rights.',
                    check: 'Who calls run(), and with what?',
                  },
                ]
              : [],
          };
        }),
      }),
      res,
      request,
    ),
  );
}

/** The Airlock sidebar's webview frame (VS Code nests it in two iframes), once it shows `text`. */
async function sidebarFrame(page: Page, text: string): Promise<Frame> {
  const deadline = Date.now() + STEP_TIMEOUT;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame
        .locator('#app')
        .textContent({ timeout: 200 })
        .catch(() => null);
      if (found?.includes(text)) {
        return frame;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Airlock sidebar did not show "${text}"`);
}

/** A screenshot of the sidebar alone (the part of the workbench that holds it). */
async function sidebarScreenshot(page: Page, file: string): Promise<void> {
  await page.locator('.part.sidebar').first().screenshot({ path: file });
  console.log(`e2e: sidebar screenshot ${file}`);
}

/** Step 7: Audit Workspace in the trusted window: the whole folder, in the sidebar and the Problems panel. */
async function auditThroughTheUi(page: Page): Promise<void> {
  await timed('audit workspace', async () => {
    await runCommand(page, 'Airlock: Audit Workspace');
    const frame = await sidebarFrame(page, 'Audit of workspace');
    const text = (await frame.locator('#app').textContent()) ?? '';
    if (!text.includes('ts/eval') || !text.includes('src/a.js')) {
      throw new Error(`the audit's sidebar lacks the eval flag: ${text.slice(0, 400)}`);
    }
    await page.locator('.markers-panel .monaco-list-row', { hasText: '`eval` runs a string as code.' }).first().waitFor({
      state: 'visible',
      timeout: STEP_TIMEOUT,
    });
  });
  console.log('e2e: Audit Workspace lists src/a.js ts/eval in the sidebar and the Problems panel');
}

/**
 * Step 8: a second, untrusted folder (Restricted Mode). Static analysis still works (Audit
 * Workspace); reviewing, which runs git, and critiquing, which sends code away, do not happen.
 */
async function restrictedModeThroughTheUi(
  browser: Browser,
  url: string,
  folder: string,
  model: ChatServer,
  evil: ChatServer,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await timed('restricted: workbench load', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT });
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT });
    });
    await timed('restricted: audit workspace', async () => {
      await runCommand(page, 'Airlock: Audit Workspace');
      await page.locator('[id="status.problems"]').click();
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: '`eval` runs a string as code.' })
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      // The folder's own settings ask for `minSeverity: high` and exclude `**`: Restricted Mode
      // ignores both, so a medium finding in another file is listed too.
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: 'sends a network request to' })
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    });
    const before = model.requests.length;
    await timed('restricted: critique refused', async () => {
      await runCommand(page, 'Airlock: Critique Changes');
      // Critique needs a review, and a review runs git: Restricted Mode explains instead of running.
      await page
        .locator('.notifications-toasts', { hasText: 'needs a trusted workspace' })
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    });
    if (model.requests.length !== before || evil.requests.length !== 0) {
      throw new Error('a critique request was sent from an untrusted workspace');
    }
    const shot = path.join(ARTIFACTS, 'restricted-audit.png');
    await page.screenshot({ path: shot });
    console.log(
      `e2e: Restricted Mode: the folder's weakening settings (minSeverity high, exclude **, another endpoint) are ignored: the audit flags src/a.js and src/b.js, nothing was sent anywhere (${shot})`,
    );
  } finally {
    await context.close();
  }
}

/** Step 6: Critique Changes against the local model server: inline, in the sidebar, in the ledger and the gate. */
async function critiqueThroughTheUi(page: Page, workspace: string, model: ChatServer): Promise<void> {
  await timed('critique: set API key', async () => {
    await runCommand(page, 'Airlock: Set API Key');
    await answerInput(page, 'API key for', 'sk-e2e-secret');
  });
  await timed('critique: critique changes', async () => {
    await runCommand(page, 'Airlock: Critique Changes');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: CRITIQUE_CLAIM })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  });
  if (model.requests.length !== 1 || model.requests[0].headers.authorization !== 'Bearer sk-e2e-secret') {
    throw new Error(
      `the model server saw ${model.requests.length} requests (authorization ${String(model.requests[0]?.headers.authorization)})`,
    );
  }
  const row = (await page.locator('.markers-panel .monaco-list-row', { hasText: CRITIQUE_CLAIM }).first().innerText()).replace(/\s+/g, ' ');
  for (const part of ['Airlock critique', 'model/critique', 'Ln 2, Col 10', '[dynamic-code, high]']) {
    if (!row.includes(part)) {
      throw new Error(`the critique's Problems row lacks "${part}": ${row}`);
    }
  }
  console.log(`e2e: critique in the Problems panel: ${row}`);
  await timed('critique: sidebar card', async () => {
    await runCommand(page, 'Airlock: Focus on Review View');
    const frame = await sidebarFrame(page, CRITIQUE_CLAIM);
    const text = (await frame.locator('#app').textContent()) ?? '';
    for (const part of [
      'this change adds: dynamic-code',
      'ts/eval',
      'src/a.js:2:10',
      'model critique',
      'e2e-model via',
      '1 critique, 0 suspicion gaps in',
      'eval(input)',
    ]) {
      if (!text.includes(part)) {
        throw new Error(`the sidebar lacks "${part}"`);
      }
    }
  });
  await timed('critique: recorded for the gate', async () => {
    // The critique is a flag the merge gate knows: recorded (signed with the reviewer key), it blocks.
    await statusItem(page, 'Airlock: merge blocked (1)').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  });
  const records = readFileSync(path.join(workspace, '.airlock', 'critiques.jsonl'), 'utf8')
    .trim()
    .split('\n');
  if (!records.some((r) => r.includes(CRITIQUE_CLAIM))) {
    throw new Error(`critiques.jsonl holds no record of the critique:\n${records.join('\n')}`);
  }
  const shot = path.join(ARTIFACTS, 'critique.png');
  await page.screenshot({ path: shot });
  await sidebarScreenshot(page, path.join(ARTIFACTS, 'sidebar.png'));
  console.log(`e2e: Critique Changes: inline, in the sidebar, ${records.length} records in critiques.jsonl, merge blocked again (${shot})`);
}

async function main(): Promise<void> {
  for (const [file, hint] of [
    [NODE24, 'Node 24'],
    [CODE_SERVER, 'code-server'],
    [CHROMIUM, 'chromium'],
  ]) {
    if (!existsSync(file)) {
      throw new Error(`${hint} not found at ${file}: run scripts/e2e-setup.sh first`);
    }
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'airlock-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const serverLog = path.join(tmp, 'code-server.log');
  const model = await startE2eModel();
  // Where a hostile workspace would like critiques to go: it must never receive a request.
  const evil = await startE2eModel();
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.disableAIFeatures': true,
        'git.autoRepositoryDetection': false,
        'window.commandCenter': false,
        // VS Code 1.139 opens some editors (Workspace Trust, Settings) as modal overlays that keep the
        // keyboard: open them as ordinary editors.
        'workbench.editor.useModal': 'off',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // Critiques go to the test's own OpenAI-compatible server (user settings: application scope).
        'airlock.critique.baseUrl': model.url,
        'airlock.critique.model': 'e2e-model',
      },
      null,
      2,
    ),
  );
  // code-server reads and writes its config and data under XDG folders: keep them in tmp.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    // No extension gallery: code-server would otherwise query open-vsx.org, which is unreachable here.
    EXTENSIONS_GALLERY: '{}',
  };

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let failed = false;
  try {
    // The repository's own settings try to redirect critiques (committed, so not part of the change).
    await timed('workspace', () =>
      makeWorkspace(workspace, {
        '.vscode/settings.json': `${JSON.stringify({ 'airlock.critique.baseUrl': evil.url, 'airlock.critique.model': 'evil-model' }, null, 2)}\n`,
      }),
    );
    const vsix = await timed('package VSIX', () => packageVsix(path.join(tmp, 'airlock.vsix')));
    await timed('install VSIX', () =>
      run(NODE24, [CODE_SERVER, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { env }),
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const logFd = openSync(serverLog, 'a');
    server = spawn(
      NODE24,
      [
        CODE_SERVER,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extensions,
        '--disable-telemetry',
        '--disable-update-check',
        '--ignore-last-opened',
        workspace,
      ],
      { env, detached: true, stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    const started = server;
    // Ctrl-C or a CI timeout: take code-server's whole group down before exiting.
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      process.once(sig, () => {
        try {
          process.kill(-(started.pid as number), 'SIGKILL');
        } catch {
          // Already gone.
        }
        process.exit(130);
      });
    }
    await timed('code-server startup', () => waitForServer(url, started, serverLog));

    browser = await timed('chromium launch', () =>
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    );
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    const openedPage = page;

    await timed('workbench load', async () => {
      await openedPage.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await openedPage.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT });
      await openedPage
        .locator('.explorer-folders-view, .explorer-viewlet')
        .first()
        .waitFor({ state: 'attached', timeout: STARTUP_TIMEOUT });
    });

    await timed('trust workspace', async () => {
      // code-server opens the folder in Restricted Mode without the startup trust dialog: trust it
      // from the Workspace Trust editor, as a person would, and wait for the Restricted Mode badge to go.
      await openedPage.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().click();
      const trust = openedPage.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
      await trust.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await trust.click();
      await openedPage.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    });

    await timed('review changes', async () => {
      await runCommand(openedPage, 'Airlock: Review Changes');
      const base = openedPage
        .locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: 'uncommitted changes' })
        .first();
      await base.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await base.click();
    });

    const expected = ['`eval` runs a string as code. [dynamic-code, high]', 'Airlock', 'ts/eval', 'Ln 2, Col 10'];
    const rows = await timed('problems panel', async () => {
      // The status bar's problems counter opens the Problems panel.
      await openedPage.locator('[id="status.problems"]').click();
      const panel = openedPage.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      const flag = panel.locator('.monaco-list-row', { hasText: '`eval` runs a string as code.' });
      await flag.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      return panel.locator('.monaco-list-row').allInnerTexts();
    });
    const text = rows.map((r) => r.replace(/\s+/g, ' ').trim());
    console.log(`e2e: Problems panel rows:\n${text.map((t) => `  | ${t}`).join('\n')}`);
    const flagRows = text.filter((t) => t.includes('Airlock'));
    const problems: string[] = [];
    if (flagRows.length !== 1) {
      problems.push(`expected exactly 1 Airlock row, found ${flagRows.length}`);
    }
    for (const part of expected) {
      if (!flagRows.some((t) => t.includes(part))) {
        problems.push(`no Airlock row contains ${JSON.stringify(part)}`);
      }
    }
    if (!text.some((t) => t.startsWith('a.js'))) {
      problems.push('no file row for a.js');
    }

    await timed('open flagged file', async () => {
      await openedPage.locator('.markers-panel .monaco-list-row', { hasText: '`eval` runs a string as code.' }).first().dblclick();
      await openedPage.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    });
    await timed('hover the squiggle', async () => {
      // The cursor is on the flag (opened from the Problems panel): Show Hover (Ctrl+K Ctrl+I).
      await openedPage.locator('.editor-instance .view-lines').first().focus();
      await openedPage.keyboard.press('Control+K');
      await openedPage.keyboard.press('Control+I');
      const hover = openedPage.locator('.monaco-hover', { hasText: '`eval` runs a string as code.' }).first();
      await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      if (!text.includes('[dynamic-code, high]') || !text.includes('ts/eval')) {
        problems.push(`hover text: ${text}`);
      }
      console.log(`e2e: hover: ${text.slice(0, 160)}`);
      await openedPage.keyboard.press('Escape');
    });
    const shot = path.join(ARTIFACTS, 'review-problems.png');
    await openedPage.screenshot({ path: shot });
    console.log(`e2e: screenshot ${shot}`);

    if (problems.length > 0) {
      throw new Error(`Problems panel assertions failed:\n  ${problems.join('\n  ')}`);
    }
    console.log('e2e: review changes flags src/a.js:2:10 ts/eval in the Problems panel');

    await resolveThroughTheUi(openedPage, workspace);
    await critiqueThroughTheUi(openedPage, workspace, model);
    if (evil.requests.length !== 0) {
      throw new Error(`the workspace redirected critiques: ${evil.requests.length} request(s) reached its endpoint`);
    }
    console.log("e2e: the workspace's critique.baseUrl is ignored: critiques went to the user's endpoint only");
    await auditThroughTheUi(openedPage);
    const untrusted = path.join(tmp, 'untrusted');
    makeWorkspace(untrusted, {
      'src/b.js': 'export function ping() {\n  return fetch("https://status.example.com/ping");\n}\n',
      '.vscode/settings.json': `${JSON.stringify(
        {
          'airlock.minSeverity': 'high',
          'airlock.audit.exclude': ['**'],
          'airlock.audit.include': ['nothing/**'],
          'airlock.critique.baseUrl': evil.url,
        },
        null,
        2,
      )}\n`,
    });
    await restrictedModeThroughTheUi(browser, url, untrusted, model, evil);
  } catch (error) {
    failed = true;
    console.error(`e2e: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (page) {
      const shot = path.join(ARTIFACTS, 'failure.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`e2e: failure screenshot ${shot}`);
    }
    for (const log of airlockLogs(path.join(userData, 'logs'))) {
      console.error(`e2e: Airlock output channel (${log}):\n${readFileSync(log, 'utf8').slice(-6000)}`);
    }
    if (existsSync(serverLog)) {
      console.error(`e2e: code-server log (${serverLog}):\n${readFileSync(serverLog, 'utf8').slice(-4000)}`);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await model.close();
    await evil.close();
    if (server) {
      await killGroup(server);
    }
    if (process.env.AIRLOCK_E2E_KEEP === '1') {
      console.log(`e2e: kept ${tmp}`);
    } else {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  console.log(`e2e: timings ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)}s`).join(', ')}`);
  console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
  process.exitCode = failed ? 1 : 0;
}

void main();
