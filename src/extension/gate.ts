/**
 * The merge gate in the editor: runs the same gate as `airlock gate --worktree` (src/node/gate)
 * after a review, after a resolution and when the ledger or Airlock's config files change; keeps
 * the reviewer key in SecretStorage; resolves flags through a deliberate, modal flow; installs the
 * git hooks; shows "Why blocked?" as a read-only document with exactly the gate's text.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EngineFinding } from '../core/engine/analyze';
import { VERDICTS, type Verdict } from '../core/ledger/record';
import { formatGateText } from '../core/report/gate';
import { safeSource } from '../core/report/text';
import { gateStates, type GateStates } from '../core/view/model';
import type { GateOutcome } from '../node/gate';
import { DEFAULT_HOOKS, ensureUnionMerge, hooksStatus, installHooks } from '../node/hooks';
import { generateReviewerKey, parseKey, serializeKey, type ReviewerKey } from '../node/keys';
import { gitText } from '../node/git';
import { config } from './config';
import { engine } from './lazy';
import { describeError, notifiable, type Log } from './log';
import type { Session } from './session';

const SECRET_KEY = 'airlock.reviewerKey';
export const GATE_DOC_SCHEME = 'airlock-gate';
export const GATE_DOC_URI = vscode.Uri.from({ scheme: GATE_DOC_SCHEME, path: '/Why blocked.txt' });

export class Gate implements vscode.Disposable {
  private outcome: GateOutcome | undefined;
  private error: string | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly docEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly session: Session,
    private readonly log: Log,
    private readonly tool: { name: string; version: string },
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.airlock/{ledger.jsonl,reviewers.json,policy.json}');
    const changed = (): void => this.schedule();
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      this.docEmitter,
    );
  }

  /** The gate document ("Why blocked?"). */
  readonly documents: vscode.TextDocumentContentProvider = {
    onDidChange: this.docEmitter.event,
    provideTextDocumentContent: () => this.text(),
  };

  text(): string {
    if (this.error) {
      return `Airlock gate: cannot decide\n${this.error}\n`;
    }
    if (!this.outcome) {
      return 'Airlock gate: not run yet. Run "Airlock: Review Changes" in a trusted git repository.\n';
    }
    return formatGateText(
      {
        base: this.outcome.base,
        baseLabel: this.outcome.baseLabel,
        result: this.outcome.result,
        reviewersSource: this.outcome.reviewersSource,
        policySource: this.outcome.policySource,
        ruleset: this.outcome.ruleset,
        tool: this.tool,
      },
      false,
    );
  }

  /** Re-runs the gate soon (file events come in bursts). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  /** Runs the gate for the reviewed folder; one run at a time, the latest request wins. */
  async refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const results = this.session.results;
    if (!results || results.mode !== 'review' || !vscode.workspace.isTrusted) {
      this.outcome = undefined;
      this.error = undefined;
      this.session.setGate(undefined);
      return;
    }
    try {
      const base = config.gateBase(vscode.Uri.file(results.root));
      const { runGate, RULES, DEFAULT_LIMITS } = engine();
      this.outcome = await runGate({ cwd: results.root, base, worktree: true, rules: RULES, limits: DEFAULT_LIMITS });
      this.error = undefined;
      const states = gateStates(this.outcome.result);
      this.log.info(
        'gate',
        `${states.view.text} (${states.view.resolved} of ${states.view.total} resolved, base ${this.outcome.baseLabel})`,
      );
      this.session.setGate(states);
    } catch (error) {
      this.outcome = undefined;
      this.error = describeError(error);
      this.log.warn('gate', `the gate could not run: ${this.error}`);
      this.session.setGate(errorStates(this.error));
    }
    this.docEmitter.fire(GATE_DOC_URI);
  }

  /** The gate's run, or why there is none. */
  get current(): { outcome?: GateOutcome; error?: string } {
    return { outcome: this.outcome, error: this.error };
  }

  /**
   * The gate's own copy of a flag the session shows. The session may review against another base
   * (uncommitted changes only, say); the ledger must name the flag as the gate computes it.
   */
  gateFinding(finding: EngineFinding): EngineFinding | undefined {
    const findings = this.outcome?.findings ?? [];
    return (
      findings.find((f) => f.fingerprint === finding.fingerprint) ??
      findings.find((f) => f.ruleId === finding.ruleId && f.path === finding.path && f.line === finding.line && f.column === finding.column)
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

function errorStates(message: string): GateStates {
  return { flags: new Map(), view: { status: 'error', text: `The gate cannot decide: ${message}`, blocking: 0, resolved: 0, total: 0 } };
}

async function gitIdentity(root: string | undefined): Promise<{ name: string; email: string }> {
  if (!root) {
    return { name: '', email: '' };
  }
  const read = async (key: string): Promise<string> => {
    try {
      return (await gitText(root, ['config', '--get', key])).trim();
    } catch {
      return '';
    }
  };
  return { name: await read('user.name'), email: await read('user.email') };
}

export async function loadReviewerKey(secrets: vscode.SecretStorage): Promise<ReviewerKey | undefined> {
  const stored = await secrets.get(SECRET_KEY);
  return stored ? parseKey(stored, 'the reviewer key in VS Code’s secret storage') : undefined;
}

/** "Airlock: Create Reviewer Key": name and email, a new Ed25519 key in SecretStorage, optional registration. */
export async function createReviewerKey(
  secrets: vscode.SecretStorage,
  session: Session,
  log: Log,
  gate: Gate,
): Promise<ReviewerKey | undefined> {
  const existing = await loadReviewerKey(secrets);
  if (existing) {
    const replace = vscode.l10n.t('Replace It');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'You already have reviewer key {0} ({1} <{2}>). Records signed with it stay valid only while it is registered.',
        existing.keyId,
        existing.name,
        existing.email,
      ),
      { modal: true },
      replace,
    );
    if (answer !== replace) {
      return undefined;
    }
  }
  const root = session.results?.root ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const identity = await gitIdentity(root);
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Airlock: reviewer name'),
    value: identity.name,
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A name is required') : undefined),
  });
  if (!name) {
    return undefined;
  }
  const email = await vscode.window.showInputBox({
    title: vscode.l10n.t('Airlock: reviewer email'),
    value: identity.email,
    validateInput: (v) => (/^[^\s@<>]+@[^\s@<>]+$/.test(v.trim()) ? undefined : vscode.l10n.t('An email address is required')),
  });
  if (!email) {
    return undefined;
  }
  const key = generateReviewerKey(name.trim(), email.trim());
  await secrets.store(SECRET_KEY, serializeKey(key));
  log.info('keys', `created reviewer key ${key.keyId} for ${key.name} <${key.email}>`);
  const register = vscode.l10n.t('Register in This Repository');
  const copy = vscode.l10n.t('Copy Public Key');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Airlock: reviewer key {0} created for {1} <{2}>. The private key is in VS Code’s secret storage.',
      key.keyId,
      key.name,
      key.email,
    ),
    ...(root ? [register] : []),
    copy,
  );
  if (answer === register && root) {
    let done: { file: string; added: boolean };
    try {
      done = await engine().registerReviewer(root, key);
    } catch (error) {
      log.error('keys', 'could not register the reviewer key', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Airlock: could not register the key: {0}', describeError(error)));
      return key;
    }
    log.info('keys', `${done.added ? 'registered' : 'already registered'} ${key.keyId} in ${done.file}`);
    // The reviewers file is part of the change now; do not wait for a file watcher to notice.
    await gate.refresh();
    void vscode.window.showInformationMessage(
      done.added
        ? vscode.l10n.t('Airlock: registered in {0}. Commit it; the change to it is a flag that you resolve.', done.file)
        : vscode.l10n.t('Airlock: already registered in {0}.', done.file),
    );
  } else if (answer === copy) {
    await vscode.env.clipboard.writeText(key.publicKey);
  }
  return key;
}

interface VerdictItem extends vscode.QuickPickItem {
  verdict?: Verdict;
  unresolve?: boolean;
}

/**
 * Resolve…: a modal that shows the flagged code, then the verdict, then the note, then a signed
 * record appended to the ledger. Nothing is written unless every step is completed.
 */
export async function resolveFlag(
  finding: EngineFinding,
  deps: { secrets: vscode.SecretStorage; session: Session; gate: Gate; log: Log },
): Promise<boolean> {
  const results = deps.session.results;
  if (!results || results.mode !== 'review') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: resolving works on a review of changes (Airlock: Review Changes).'));
    return false;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: resolving flags needs a trusted workspace.'));
    return false;
  }
  await deps.gate.refresh();
  const { outcome, error } = deps.gate.current;
  if (!outcome) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Airlock: the merge gate could not run, so a resolution could not be checked against it: {0}', error ?? ''),
    );
    return false;
  }
  const target = deps.gate.gateFinding(finding);
  if (!target) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Airlock: this flag is not part of the change the merge gate checks (against {0}), so there is nothing to resolve for the gate.',
        outcome.baseLabel,
      ),
    );
    return false;
  }
  finding = target;
  let key = await loadReviewerKey(deps.secrets);
  if (!key) {
    const create = vscode.l10n.t('Create Reviewer Key');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Airlock: resolutions are signed with your reviewer key, and you have none yet.'),
      create,
    );
    key = answer === create ? await createReviewerKey(deps.secrets, deps.session, deps.log, deps.gate) : undefined;
    if (!key) {
      return false;
    }
  }
  const confirm = vscode.l10n.t('I Have Read This Code');
  const snippet = finding.snippet
    .split('\n')
    .slice(0, 12)
    .map((line) => safeSource(line))
    .join('\n');
  const confirmed = await vscode.window.showWarningMessage(
    vscode.l10n.t('Resolve {0} at {1}:{2}?', finding.ruleId, notifiable(finding.path), finding.line),
    {
      modal: true,
      detail: vscode.l10n.t(
        '{0}\n\nFlagged code:\n{1}\n\nYour resolution is signed as {2} <{3}> (key {4}) and recorded in .airlock/ledger.jsonl. It holds while this code stays the same.',
        finding.message,
        snippet || '(no source line)',
        key.name,
        key.email,
        key.keyId,
      ),
    },
    confirm,
  );
  if (confirmed !== confirm) {
    return false;
  }
  const labels: Record<Verdict, string> = {
    fixed: vscode.l10n.t('Fixed — the risky code is gone or corrected'),
    'accepted-risk': vscode.l10n.t('Accepted risk — intended, and safe enough here'),
    'false-positive': vscode.l10n.t('False positive — the flag is wrong'),
  };
  const items: VerdictItem[] = VERDICTS.map((verdict) => ({ label: verdict, description: labels[verdict], verdict }));
  if (deps.session.gate?.flags.get(finding.fingerprint)?.state === 'resolved') {
    items.push({ label: 'reopen', description: vscode.l10n.t('Unresolve — the flag is open again'), unresolve: true });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Verdict for {0}', finding.ruleId),
    ignoreFocusOut: true,
  });
  if (!picked) {
    return false;
  }
  const needsNote = picked.verdict === 'accepted-risk' || picked.verdict === 'false-positive';
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Note'),
    prompt: needsNote ? vscode.l10n.t('Why is this acceptable? (required)') : vscode.l10n.t('What was done? (optional)'),
    ignoreFocusOut: true,
    validateInput: (v) => (needsNote && v.trim() === '' ? vscode.l10n.t('A note is required for this verdict') : undefined),
  });
  if (note === undefined) {
    return false;
  }
  const [record] = await engine().writeResolutions({
    root: outcome.root,
    baseTip: outcome.baseTip,
    flags: [finding],
    action: picked.unresolve ? 'unresolve' : 'resolve',
    verdict: picked.verdict,
    note: note.trim(),
    key,
  });
  deps.log.info(
    'resolve',
    `${record.fingerprint.slice(0, 8)} ${record.action} ${record.verdict ?? ''} ${record.path}:${record.line} by ${key.email}`,
  );
  await deps.gate.refresh();
  return true;
}

/** Install Merge Gate: the git hooks, calling the CLI bundled with this extension by absolute path. */
export async function installMergeGate(extensionPath: string, session: Session, log: Log): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: installing git hooks needs a trusted workspace.'));
    return;
  }
  const root = session.results?.root ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!root) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: open a git repository first.'));
    return;
  }
  const cli = path.join(extensionPath, 'dist', 'cli.js');
  // Inside VS Code the runtime is Electron: run it as plain Node.
  const command = process.versions.electron ? ['/usr/bin/env', 'ELECTRON_RUN_AS_NODE=1', process.execPath, cli] : [process.execPath, cli];
  const done = await installHooks(root, DEFAULT_HOOKS, command);
  const union = await ensureUnionMerge(root);
  const status = await hooksStatus(root);
  log.info('hooks', `${done.join('; ')} in ${status.location.dir}${union ? '; .gitattributes updated' : ''}`);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Airlock: merge gate installed in {0} ({1}). Pushes and merges now run the gate. {2}',
      status.location.dir,
      status.hooks
        .filter((h) => h.state === 'installed')
        .map((h) => h.name)
        .join(', '),
      union ? vscode.l10n.t('.gitattributes now merges the ledger by union: commit it.') : '',
    ),
  );
}
