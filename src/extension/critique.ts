/**
 * Critique Changes, Critique This Flag, Set/Clear API Key. Nothing is sent without one of these
 * commands; in an untrusted workspace only after a confirmation that names the endpoint. The run
 * itself is src/node's (OpenAI-compatible) or the Language Model API provider's; this file picks
 * the provider, shows progress with a cancel that reaches the request, and hands the critiques to
 * the session (sidebar, diagnostics) and to the review ledger's critiques file.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnswerCache, CritiqueProvider } from '../core/critique/engine';
import type { CritiqueReport } from '../core/critique/run';
import { critiqueFlags, critiqueSummary, runningSummary } from '../core/view/critique';
import { config } from './config';
import { engine } from './lazy';
import { describeError, notifiable, type Log } from './log';
import { lmProvider, pickChatModel } from './lm';
import type { Session } from './session';

/** Keys are kept per endpoint origin: a key for one endpoint is never sent to another. */
export function apiKeySecret(baseUrl: string): string {
  try {
    return `airlock.apiKey:${new URL(baseUrl).origin}`;
  } catch {
    return 'airlock.apiKey:invalid';
  }
}

/** Loopback endpoints (Ollama, LM Studio, vLLM on this machine) work without a key. */
export function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

export async function setApiKey(secrets: vscode.SecretStorage, log: Log): Promise<boolean> {
  const endpoint = config.critiqueBaseUrl();
  const key = await vscode.window.showInputBox({
    title: vscode.l10n.t('Airlock: API key for {0}', endpoint),
    prompt: vscode.l10n.t('Stored in VS Code’s secret storage, never in settings or the workspace.'),
    password: true,
    ignoreFocusOut: true,
  });
  // Empty, like Escape, stores nothing (no validation message up front that would hold back Enter).
  if (!key || key.trim() === '') {
    return false;
  }
  await secrets.store(apiKeySecret(endpoint), key.trim());
  log.info('critique', `API key stored for ${new URL(endpoint).origin}`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: API key stored in VS Code’s secret storage.'));
  return true;
}

export async function clearApiKey(secrets: vscode.SecretStorage, log: Log): Promise<void> {
  const endpoint = config.critiqueBaseUrl();
  await secrets.delete(apiKeySecret(endpoint));
  log.info('critique', `API key cleared for ${new URL(endpoint).origin}`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: API key removed from VS Code’s secret storage.'));
}

export interface CritiqueDeps {
  session: Session;
  secrets: vscode.SecretStorage;
  log: Log;
  /** The extension's global storage: the answer cache lives there, never in the workspace. */
  storage: vscode.Uri;
  /** Runs Review Changes first when there is no review. */
  review: () => Thenable<unknown>;
  /** Records the run in the review ledger's critiques file (trusted git repositories); returns what it wrote. */
  record?: (root: string, report: CritiqueReport) => Promise<string | undefined>;
}

async function provider(deps: CritiqueDeps): Promise<CritiqueProvider | undefined> {
  if (config.critiqueProvider() === 'vscode-lm') {
    const family = config.critiqueLmFamily();
    let model: vscode.LanguageModelChat | undefined;
    try {
      model = await pickChatModel(family);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Airlock: could not list language models: {0}', describeError(error)));
      return undefined;
    }
    if (!model) {
      void vscode.window.showErrorMessage(
        family
          ? vscode.l10n.t('Airlock: no language model of family "{0}" is available in VS Code.', family)
          : vscode.l10n.t(
              'Airlock: no language model is available in VS Code. Install and sign in to a chat model provider, or set airlock.critique.provider to "openai".',
            ),
      );
      return undefined;
    }
    return lmProvider(model);
  }
  const baseURL = config.critiqueBaseUrl();
  if (new URL(baseURL).protocol === 'http:' && !isLoopback(baseURL)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Airlock: {0} is plain http on another machine; the code and the key would travel unencrypted. Use https. Nothing was sent.',
        baseURL,
      ),
    );
    return undefined;
  }
  let apiKey = await deps.secrets.get(apiKeySecret(baseURL));
  if (!apiKey && !isLoopback(baseURL)) {
    const set = vscode.l10n.t('Set API Key');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Airlock: no API key for {0}. Nothing was sent.', baseURL), set);
    if (answer !== set || !(await setApiKey(deps.secrets, deps.log))) {
      return undefined;
    }
    apiKey = await deps.secrets.get(apiKeySecret(baseURL));
  }
  return engine().openAIProvider({
    apiKey: apiKey || 'no-key',
    baseURL,
    model: config.critiqueModel(),
    timeoutMs: config.critiqueTimeoutMs(),
    stream: config.critiqueStream(),
    keyHint: 'run "Airlock: Set API Key"',
  });
}

/** In an untrusted workspace, code leaves the machine only after the person agrees, knowing where to. */
async function confirmUntrusted(endpoint: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) {
    return true;
  }
  const send = vscode.l10n.t('Send');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('This workspace is not trusted. Send its changed code to {0} for critiques?', endpoint),
    { modal: true, detail: vscode.l10n.t('The code is sent as data; nothing in it is run.') },
    send,
  );
  return answer === send;
}

/**
 * Critique Changes (`only` undefined) or Critique This Flag (the hunk holding `only`). The static
 * flags are untouched whatever happens; faults end in a message and the critiques received so far.
 */
let running = false;

export async function critiqueChanges(deps: CritiqueDeps, only?: { path: string; line: number }): Promise<void> {
  if (running) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Airlock: a critique is already running; cancel it from its notification first.'),
    );
    return;
  }
  running = true;
  try {
    await critiqueOnce(deps, only);
  } finally {
    running = false;
  }
}

async function critiqueOnce(deps: CritiqueDeps, only?: { path: string; line: number }): Promise<void> {
  let results = deps.session.results;
  if (!results || results.mode !== 'review') {
    await deps.review();
    results = deps.session.results;
    if (!results || results.mode !== 'review') {
      return;
    }
  }
  const request = results.review?.request;
  if (!request) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: this review has no git base, so there is no change to critique.'));
    return;
  }
  const chosen = await provider(deps);
  if (!chosen || !(await confirmUntrusted(chosen.endpoint))) {
    return;
  }
  const root = results.root;
  const generation = deps.session.generation;
  const previous = deps.session.critiqueRun;
  const current = (): boolean => deps.session.generation === generation;
  const controller = new AbortController();
  const timeout = config.critiqueTimeoutMs();
  let report: CritiqueReport;
  try {
    report = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Airlock: critiquing with {0}', chosen.model),
        cancellable: true,
      },
      async (progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        // The change as it is now (the same base as the review), and its static flags for the warnings.
        const { reviewGit, RULES, DEFAULT_LIMITS, critiqueChange } = engine();
        const outcome = await reviewGit({
          cwd: root,
          base: request.base,
          staged: request.staged,
          rules: RULES,
          limits: DEFAULT_LIMITS,
        });
        let reported = 0;
        return critiqueChange({
          changes: outcome.changes ?? [],
          findings: outcome.findings,
          provider: chosen,
          model: chosen.model,
          endpoint: chosen.endpoint,
          deadlineMs: timeout * 4,
          cache: cacheIn(deps.storage),
          signal: controller.signal,
          budgetTokens: config.critiqueBudget(),
          only,
          onProgress: ({ done, total, usage }) => {
            const summary = runningSummary(done, total, chosen.model, chosen.endpoint, usage);
            progress.report({
              message: `${summary.text} · ${usage.promptTokens + usage.completionTokens} tokens`,
              increment: ((done - reported) / Math.max(1, total)) * 100,
            });
            reported = done;
            if (current()) {
              deps.session.setCritiques(summary);
            } else {
              controller.abort(); // the review this run was for is gone
            }
          },
        });
      },
    );
  } catch (error) {
    deps.log.error('critique', 'the critique run failed', error);
    if (current()) {
      deps.session.setCritiques(previous); // the earlier run's critiques stay
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('Airlock: the critique failed: {0}', describeError(error)));
    return;
  }
  if (!current()) {
    deps.log.warn('critique', 'the review changed while critiquing; the critiques were not shown');
    return;
  }
  const flags = critiqueFlags(report);
  const summary = critiqueSummary(report, flags);
  // A flag critique adds to what is there (the earlier run's notes kept); a full run replaces it.
  const kept = only ? deps.session.allCritiques().filter((f) => !flags.some((n) => n.fingerprint === f.fingerprint)) : [];
  const shown = only && previous ? { ...summary, notes: [...previous.notes, ...summary.notes] } : summary;
  deps.session.setCritiques(shown, [...kept, ...flags]);
  deps.log.info('critique', `${summary.text}; ${summary.cost}`);
  for (const note of summary.notes) {
    deps.log.warn('critique', note);
  }
  if (deps.record && vscode.workspace.isTrusted && report.hunks.some((h) => h.critiqued)) {
    try {
      const written = await deps.record(root, report);
      if (written) {
        deps.log.info('critique', written);
      }
    } catch (error) {
      deps.log.error('critique', 'could not record the critiques in the review ledger', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Airlock: the critiques could not be recorded: {0}', describeError(error)));
    }
  }
  if (report.errors.length > 0) {
    const show = vscode.l10n.t('Show Output');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Airlock: {0}. {1}', summary.text, notifiable(report.errors[0])), show)
      .then((answer) => answer === show && deps.log.show());
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: {0} ({1}).', summary.text, summary.cost));
  }
}

function cacheIn(storage: vscode.Uri): AnswerCache {
  return engine().folderCache(path.join(storage.fsPath, 'critiques'));
}
