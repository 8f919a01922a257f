/** The command table: each id maps to a small handler built from the shared context. */
import * as vscode from 'vscode';
import type { Analysis } from './analysis';
import { isCategory } from '../core/model/finding';
import { formatSarif } from '../core/report/sarif';
import { COMMAND, FOCUS_VIEW } from './commandIds';
import { engine } from './lazy';
import { describeError, type Log } from './log';
import { openRuleDocs } from './ruleDocs';
import { runAudit, runReview } from './run';
import type { Session } from './session';
import { createReviewerKey, GATE_DOC_URI, installMergeGate, resolveFlag, type Gate } from './gate';
import { clearApiKey, critiqueChanges, setApiKey, type CritiqueDeps } from './critique';

export interface CommandContext {
  session: Session;
  gate: Gate;
  secrets: vscode.SecretStorage;
  extensionPath: string;
  log: Log;
  /** The analysis worker pool (audits). */
  analysis: Analysis;
  tool: { name: string; version: string; informationUri: string };
  /** Called after a review lands (live re-analysis of unsaved documents). */
  afterReview: () => void;
  critique: Omit<CritiqueDeps, 'session' | 'secrets' | 'log' | 'review'>;
}

type Handler = (...args: unknown[]) => unknown;

async function exportSarif(ctx: CommandContext): Promise<void> {
  const results = ctx.session.results;
  if (!results) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Airlock: nothing to export yet. Review changes or audit the workspace first.'),
    );
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(vscode.Uri.file(results.root), 'airlock.sarif'),
    filters: { SARIF: ['sarif', 'json'] },
    title: vscode.l10n.t('Export Airlock flags as SARIF'),
  });
  if (!target) {
    return;
  }
  const text = formatSarif({
    command: results.mode === 'review' ? 'review' : 'scan',
    tool: ctx.tool,
    base: results.baseLabel,
    capabilityDelta: results.delta,
    findings: ctx.session.visible(),
    notAnalyzed: results.notAnalyzed,
    errors: [],
    rules: engine().allRuleMetas(),
    root: results.root,
    filesAnalyzed: results.filesAnalyzed,
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  ctx.log.info('sarif', `exported ${ctx.session.visible().length} flags to ${target.fsPath}`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Airlock: SARIF written to {0}', target.fsPath));
}

function critiqueDeps(ctx: CommandContext): CritiqueDeps {
  return {
    ...ctx.critique,
    session: ctx.session,
    secrets: ctx.secrets,
    log: ctx.log,
    review: () => vscode.commands.executeCommand(COMMAND.reviewChanges),
  };
}

export function createCommands(ctx: CommandContext): Record<(typeof COMMAND)[keyof typeof COMMAND], Handler> {
  return {
    [COMMAND.reviewChanges]: () => runReview(ctx.session, ctx.log, ctx.afterReview),
    [COMMAND.auditWorkspace]: (target?: unknown) =>
      runAudit(ctx.session, ctx.log, ctx.analysis, target instanceof vscode.Uri ? target : undefined),
    [COMMAND.clearFlags]: () => ctx.session.clear(),
    [COMMAND.exportSarif]: () => exportSarif(ctx),
    [COMMAND.showOutput]: () => ctx.log.show(),
    [COMMAND.openRuleDocs]: (ruleId?: unknown) => openRuleDocs(ruleId),
    [COMMAND.explainFlag]: async (ruleId?: unknown) => {
      if (
        typeof ruleId === 'string' &&
        engine()
          .allRuleMetas()
          .some((m) => m.id === ruleId)
      ) {
        ctx.session.explainRule(ruleId);
        await vscode.commands.executeCommand(FOCUS_VIEW);
      }
    },
    [COMMAND.resolveFlag]: async (fingerprint?: unknown) => {
      // The gate's flags when it ran (the change it checks may hold more than the review shows,
      // such as a new reviewers file); else the review's.
      const gated = ctx.gate.current.outcome?.findings;
      const findings = [...ctx.session.visible(), ...(gated ?? [])];
      let finding = typeof fingerprint === 'string' ? findings.find((f) => f.fingerprint === fingerprint) : undefined;
      if (!finding && fingerprint === undefined) {
        const open = (gated ?? ctx.session.visible()).filter((f) => ctx.session.gate?.flags.get(f.fingerprint)?.state !== 'resolved');
        const picked = await vscode.window.showQuickPick(
          open.map((f) => ({ label: `${f.path}:${f.line}`, description: `${f.severity} · ${f.ruleId}`, detail: f.message, finding: f })),
          { title: vscode.l10n.t('Airlock: resolve which flag?'), matchOnDescription: true, matchOnDetail: true },
        );
        finding = picked?.finding;
      }
      if (finding) {
        await resolveFlag(finding, { secrets: ctx.secrets, session: ctx.session, gate: ctx.gate, log: ctx.log });
      } else if (fingerprint !== undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: that flag is no longer in the review.'));
      }
    },
    [COMMAND.createReviewerKey]: () => createReviewerKey(ctx.secrets, ctx.session, ctx.log, ctx.gate),
    [COMMAND.installMergeGate]: () => installMergeGate(ctx.extensionPath, ctx.session, ctx.log),
    [COMMAND.whyBlocked]: async () => {
      await ctx.gate.refresh();
      const doc = await vscode.workspace.openTextDocument(GATE_DOC_URI);
      await vscode.window.showTextDocument(doc, { preview: true });
    },
    [COMMAND.critiqueChanges]: () => critiqueChanges(critiqueDeps(ctx)),
    [COMMAND.critiqueFlag]: async (fingerprint?: unknown) => {
      const finding = ctx.session.visible().find((f) => f.fingerprint === fingerprint);
      if (!finding) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Airlock: that flag is no longer in the review.'));
        return;
      }
      await critiqueChanges(critiqueDeps(ctx), { path: finding.path, line: finding.line });
    },
    [COMMAND.setApiKey]: () => setApiKey(ctx.secrets, ctx.log),
    [COMMAND.clearApiKey]: () => clearApiKey(ctx.secrets, ctx.log),
    [COMMAND.showCategory]: async (category?: unknown) => {
      if (typeof category === 'string' && isCategory(category)) {
        ctx.session.setFilters({ categories: [category], severities: [] });
        await vscode.commands.executeCommand(FOCUS_VIEW);
      }
    },
  } as Record<(typeof COMMAND)[keyof typeof COMMAND], Handler>;
}

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, handler] of Object.entries(createCommands(ctx))) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          await handler(...args);
        } catch (error) {
          ctx.log.error('command', id, error);
          void vscode.window.showErrorMessage(vscode.l10n.t('Airlock: {0} failed: {1}', id, describeError(error)));
        }
      }),
    );
  }
}
