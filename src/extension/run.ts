/**
 * Review Changes and Audit Workspace: pick what to compare or audit, run src/node under
 * `withProgress`, and hand the results to the session. Git-spawning reviews need a trusted
 * workspace; audits run in Restricted Mode without git.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { listBranches, recentCommits } from '../node/refs';
import type { Analysis } from './analysis';
import { COMMAND } from './commandIds';
import { config } from './config';
import { engine } from './lazy';
import { describeError, type Log } from './log';
import type { Session } from './session';

export interface BaseChoice {
  base: string;
  staged: boolean;
  /** How the sidebar names it. */
  label: string;
}

export async function pickFolder(session: Session): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    session.setStatus('no-folder', vscode.l10n.t('No folder open'), vscode.l10n.t('Open a folder to review the changes in it.'));
    void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: open a folder first; there is nothing to review.'));
    return undefined;
  }
  if (folders.length === 1) {
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder?') });
}

type BaseItem = vscode.QuickPickItem & { choice?: BaseChoice; next?: 'branch' | 'commit' };

async function pickBase(root: string, configured: string): Promise<BaseChoice | undefined> {
  const items: BaseItem[] = [
    { label: 'HEAD', description: vscode.l10n.t('uncommitted changes'), choice: { base: 'HEAD', staged: false, label: 'HEAD' } },
    {
      label: vscode.l10n.t('Staged'),
      description: vscode.l10n.t('the index against HEAD'),
      choice: { base: 'HEAD', staged: true, label: 'staged changes' },
    },
    { label: vscode.l10n.t('A branch…'), description: vscode.l10n.t('everything since the merge base'), next: 'branch' },
    { label: vscode.l10n.t('A commit…'), description: vscode.l10n.t('everything since that commit'), next: 'commit' },
  ];
  if (configured !== 'HEAD') {
    items.unshift({
      label: configured,
      description: vscode.l10n.t('airlock.review.base'),
      choice: { base: configured, staged: false, label: configured },
    });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Airlock: review changes against…') });
  if (!picked || picked.choice) {
    return picked?.choice;
  }
  if (picked.next === 'branch') {
    const branches = await listBranches(root);
    const branch = await vscode.window.showQuickPick(branches, { title: vscode.l10n.t('Review against branch') });
    return branch ? { base: branch, staged: false, label: branch } : undefined;
  }
  const commits = await recentCommits(root);
  const commit = await vscode.window.showQuickPick(
    commits.map((c) => ({ label: c.sha.slice(0, 12), description: c.when, detail: c.subject, sha: c.sha })),
    { title: vscode.l10n.t('Review everything since commit'), matchOnDetail: true },
  );
  return commit ? { base: commit.sha, staged: false, label: commit.label } : undefined;
}

async function explainTrust(): Promise<void> {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  const audit = vscode.l10n.t('Audit Workspace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Airlock: Review Changes runs git, so it needs a trusted workspace. Audit Workspace works in Restricted Mode.'),
    manage,
    audit,
  );
  if (answer === manage) {
    await vscode.commands.executeCommand('workbench.trust.manage');
  } else if (answer === audit) {
    await vscode.commands.executeCommand(COMMAND.auditWorkspace);
  }
}

export async function runReview(session: Session, log: Log, onDone: () => void): Promise<void> {
  const folder = await pickFolder(session);
  if (!folder) {
    return;
  }
  if (!vscode.workspace.isTrusted) {
    await explainTrust();
    return;
  }
  const { root, git } = await engine().scanRoot(folder.uri.fsPath);
  if (!git) {
    session.setStatus(
      'not-git',
      vscode.l10n.t('Not a git repository'),
      vscode.l10n.t(
        'Review Changes compares with a git base, and {0} is not in a git repository. Audit Workspace checks every file instead.',
        folder.name,
      ),
    );
    return;
  }
  const choice = await pickBase(root, config.reviewBase(folder.uri));
  if (!choice) {
    return;
  }
  session.setStatus('loading', vscode.l10n.t('Reviewing'), vscode.l10n.t('Reviewing changes against {0}…', choice.label));
  try {
    const { reviewGit, RULES, DEFAULT_LIMITS } = engine();
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Airlock: reviewing changes') },
      () =>
        reviewGit({
          cwd: folder.uri.fsPath,
          base: choice.base,
          staged: choice.staged,
          rules: RULES,
          limits: DEFAULT_LIMITS,
          lineHashes: true,
        }),
    );
    log.info('review', `${outcome.filesReviewed} files against ${outcome.baseLabel}: ${outcome.findings.length} flags`);
    session.setResults({
      mode: 'review',
      title: vscode.l10n.t('Review against {0}', outcome.baseLabel),
      root: outcome.root,
      findings: outcome.findings,
      delta: outcome.capabilityDelta,
      notAnalyzed: outcome.notAnalyzed,
      filesAnalyzed: outcome.filesReviewed,
      baseLabel: outcome.baseLabel,
      review: outcome.baseCommit
        ? {
            commit: outcome.baseCommit,
            basePaths: outcome.basePaths ?? new Map(),
            live: !choice.staged,
            request: { base: choice.base, staged: choice.staged },
          }
        : undefined,
    });
    onDone();
  } catch (error) {
    fail(session, log, 'review', vscode.l10n.t('Review failed'), error);
  }
}

/** How often the audit's progress notification is updated (not once per file: 10,000 files are 10,000 messages). */
const PROGRESS_INTERVAL_MS = 100;

export async function runAudit(session: Session, log: Log, analysis: Analysis, target?: vscode.Uri): Promise<void> {
  const folder = target ? vscode.workspace.getWorkspaceFolder(target) : await pickFolder(session);
  if (!folder) {
    if (target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: {0} is not inside an open workspace folder.', target.fsPath));
    }
    return;
  }
  const paths = target && target.fsPath !== folder.uri.fsPath ? [target.fsPath] : [];
  const name = paths.length > 0 ? path.basename(target?.fsPath ?? '') : folder.name;
  const controller = new AbortController();
  session.setStatus('loading', vscode.l10n.t('Auditing'), vscode.l10n.t('Auditing {0}…', name));
  const started = performance.now();
  let cancelledAt: number | undefined;
  try {
    const { scan, RULES, DEFAULT_LIMITS } = engine();
    const pool = analysis.pool();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Airlock: auditing {0}', name), cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => {
          cancelledAt = performance.now();
          controller.abort();
        });
        let reported = 0;
        let lastReport = 0;
        return scan({
          cwd: folder.uri.fsPath,
          paths,
          includeIgnored: false,
          rules: RULES,
          limits: DEFAULT_LIMITS,
          lineHashes: true,
          include: config.auditInclude(folder.uri),
          exclude: config.auditExclude(folder.uri),
          concurrency: config.auditConcurrency(folder.uri),
          useGit: vscode.workspace.isTrusted,
          signal: controller.signal,
          // Parsing and the rules run in the analysis worker, off the extension host's thread.
          analyze: (file, bytes, options) => pool.analyzeFile(file, bytes, options),
          onProgress: (done, total) => {
            const now = performance.now();
            if (now - lastReport < PROGRESS_INTERVAL_MS && done !== total) {
              return;
            }
            lastReport = now;
            const percent = total ? (done / total) * 100 : 0;
            progress.report({ message: total ? `${done} / ${total} files` : `${done} files`, increment: percent - reported });
            reported = percent;
          },
        });
      },
    );
    for (const error of result.errors) {
      log.warn('audit', error);
    }
    log.info(
      'audit',
      `${result.filesScanned} files in ${result.root}: ${result.findings.length} flags (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    session.setResults({
      mode: 'audit',
      title: vscode.l10n.t('Audit of {0}', name),
      root: result.root,
      findings: result.findings,
      notAnalyzed: result.notAnalyzed,
      filesAnalyzed: result.filesScanned,
    });
  } catch (error) {
    if (controller.signal.aborted) {
      log.info('audit', `cancelled; stopped ${(performance.now() - (cancelledAt ?? performance.now())).toFixed(0)} ms after the cancel`);
      session.setStatus('idle', vscode.l10n.t('Audit cancelled'), vscode.l10n.t('The audit was cancelled; nothing was flagged.'));
      return;
    }
    fail(session, log, 'audit', vscode.l10n.t('Audit failed'), error);
  }
}

function fail(session: Session, log: Log, component: string, title: string, error: unknown): void {
  log.error(component, title, error);
  session.setStatus('error', title, describeError(error));
  const show = vscode.l10n.t('Show Output');
  void vscode.window.showErrorMessage(`Airlock: ${title}: ${describeError(error)}`, show).then((answer) => {
    if (answer === show) {
      log.show();
    }
  });
}
