/**
 * The VS Code entry point: builds the shared pieces (log, session) and activates each feature.
 * All analysis happens in src/core and src/node; this folder only adapts it to the editor.
 */
import * as vscode from 'vscode';
import { Analysis } from './analysis';
import { AirlockCodeActions } from './codeActions';
import { COMMAND, HAS_RESULTS, VIEW_ID } from './commandIds';
import { registerCommands } from './commands';
import { affectsAirlock } from './config';
import { CritiqueDiagnosticsView, DiagnosticsView, fileUri, toRange } from './diagnostics';
import { loadReviewerKey } from './gate';
import { engine, onEngineLoad } from './lazy';
import { LiveReview } from './live';
import { createLog, describeError, type Log } from './log';
import { RULE_DOCS_SCHEME, RuleDocsProvider } from './ruleDocs';
import { Session } from './session';
import { SidebarProvider, type SidebarHandlers } from './sidebar';
import { StatusBar } from './statusBar';
import { Gate, GATE_DOC_SCHEME } from './gate';

const ACTION_COMMANDS = {
  review: COMMAND.reviewChanges,
  audit: COMMAND.auditWorkspace,
  clear: COMMAND.clearFlags,
  output: COMMAND.showOutput,
  whyBlocked: COMMAND.whyBlocked,
  installGate: COMMAND.installMergeGate,
  createKey: COMMAND.createReviewerKey,
  critique: COMMAND.critiqueChanges,
  setApiKey: COMMAND.setApiKey,
} as const;

function sidebarHandlers(session: Session, log: Log): SidebarHandlers {
  const finding = (index: number) => session.visible()[index];
  return {
    state: () => session.sidebarState(),
    open: (index) => {
      const f = finding(index);
      const root = session.results?.root;
      if (!f || !root) {
        log.warn('sidebar', `no flag at index ${index}`);
        return;
      }
      void vscode.window.showTextDocument(fileUri(root, f.path), { selection: toRange(f) }).then(undefined, (error: unknown) => {
        log.error('sidebar', `could not open ${f.path}`, error);
      });
    },
    explain: (index) => {
      const f = finding(index);
      if (f) {
        session.explainRule(f.ruleId);
      }
    },
    openCritique: (index) => {
      const flag = session.visibleCritiques()[index];
      const root = session.results?.root;
      if (!flag || !root) {
        log.warn('sidebar', `no critique at index ${index}`);
        return;
      }
      // An unanchored critique opens its file at the top: it has no place of its own.
      const options = flag.range ? { selection: toRange(flag.range) } : {};
      void vscode.window.showTextDocument(fileUri(root, flag.path), options).then(undefined, (error: unknown) => {
        log.error('sidebar', `could not open ${flag.path}`, error);
      });
    },
    resolveCritique: (index) => {
      const flag = session.visibleCritiques()[index];
      if (flag) {
        void vscode.commands.executeCommand(COMMAND.resolveFlag, flag.fingerprint);
      }
    },
    closeExplain: () => session.closeExplain(),
    resolve: (index) => {
      const f = finding(index);
      if (f) {
        void vscode.commands.executeCommand(COMMAND.resolveFlag, f.fingerprint);
      }
    },
    filter: (filters) => session.setFilters(filters),
    // An allow-listed action name maps to Airlock's own command; nothing from the webview is run as a command id.
    action: (action) => void vscode.commands.executeCommand(ACTION_COMMANDS[action]),
  };
}

export function activate(context: vscode.ExtensionContext): void {
  // Activation only registers: the rules, the parsers and the engine load on first use (lazy.ts),
  // and analysis runs in a worker (analysis.ts).
  const started = performance.now();
  const log = createLog(context);
  onEngineLoad((ms) => log.info('engine', `engine loaded in ${ms.toFixed(0)} ms`));
  try {
    const packageJSON = context.extension.packageJSON as { version?: string; homepage?: string };
    const tool = { name: 'Airlock', version: String(packageJSON.version), informationUri: String(packageJSON.homepage) };
    const session = new Session();
    const diagnostics = new DiagnosticsView(tool.informationUri);
    const critiqueDiagnostics = new CritiqueDiagnosticsView();
    const statusBar = new StatusBar();
    const analysis = new Analysis(log);
    const live = new LiveReview(session, log, analysis);
    const gate = new Gate(session, log, tool);
    const sidebar = new SidebarProvider(context.extensionUri, sidebarHandlers(session, log), log);
    context.subscriptions.push(session, diagnostics, critiqueDiagnostics, statusBar, live, gate, analysis);
    context.subscriptions.push(
      vscode.window.registerWebviewViewProvider(VIEW_ID, sidebar),
      vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new AirlockCodeActions(), AirlockCodeActions.metadata),
      vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, new RuleDocsProvider()),
      vscode.workspace.registerTextDocumentContentProvider(GATE_DOC_SCHEME, gate.documents),
    );
    let shown: { findings: unknown; visible: number; gate: unknown; critiques: string } | undefined;
    const redraw = (): void => {
      const visible = session.visible();
      const critiques = session.visibleCritiques();
      const critiqueKey = critiques.map((f) => f.fingerprint).join(',');
      // Filters and explanations change only the sidebar; the diagnostics follow the findings, the critiques and the gate.
      if (
        shown?.findings !== session.results?.findings ||
        shown?.visible !== visible.length ||
        shown?.gate !== session.gate ||
        shown?.critiques !== critiqueKey
      ) {
        shown = { findings: session.results?.findings, visible: visible.length, gate: session.gate, critiques: critiqueKey };
        diagnostics.show(visible, session.results?.root, session.gate?.flags);
        critiqueDiagnostics.show(critiques, session.results?.root, session.gate?.flags);
      }
      statusBar.show(session.results ? visible.length : undefined, session.gate?.view);
      sidebar.update();
      void vscode.commands.executeCommand('setContext', HAS_RESULTS, session.results !== undefined);
    };
    session.onDidChange(redraw, undefined, context.subscriptions);
    vscode.workspace.onDidChangeConfiguration((e) => affectsAirlock(e) && session.refresh(), undefined, context.subscriptions);
    registerCommands(context, {
      session,
      gate,
      secrets: context.secrets,
      extensionPath: context.extensionPath,
      log,
      analysis,
      tool,
      afterReview: () => {
        live.prepare();
        live.reanalyzeDirtyDocuments();
        void gate.refresh();
      },
      critique: {
        storage: context.globalStorageUri,
        // The critiques become flags the merge gate knows; signed when the person has a reviewer key.
        record: async (root, report) => {
          const key = await loadReviewerKey(context.secrets);
          const written = await engine().recordCritiques(root, report, key);
          await gate.refresh();
          return `recorded ${written.added} critique records in ${written.file}${key ? ` (signed by ${key.keyId})` : ' (unsigned: no reviewer key)'}`;
        },
      },
    });
    redraw();
    log.info(
      'activate',
      `Airlock ${tool.version} activated in ${(performance.now() - started).toFixed(1)} ms (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'restricted'})`,
    );
  } catch (error) {
    log.error('activate', 'activation failed', error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Airlock failed to start: {0}', describeError(error)));
    throw error;
  }
}

export function deactivate(): void {
  /* everything is owned by context.subscriptions */
}
