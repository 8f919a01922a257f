/**
 * Code actions on each Airlock diagnostic: explain the rule in the sidebar, show every flag of
 * its category, open the rule's documentation, and Resolve… (a signed ledger record).
 */
import * as vscode from 'vscode';
import type { Category } from '../core/model/finding';
import { AirlockDiagnostic, CritiqueDiagnostic, DIAGNOSTIC_SOURCE } from './diagnostics';
import { COMMAND } from './commandIds';
import { engine } from './lazy';

function ruleOf(diagnostic: vscode.Diagnostic): { ruleId: string; category: Category } | undefined {
  if (diagnostic instanceof AirlockDiagnostic) {
    return { ruleId: diagnostic.finding.ruleId, category: diagnostic.finding.category };
  }
  // Diagnostics handed back without their class: recognize them by source and rule id.
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object' || diagnostic.code === null) {
    return undefined;
  }
  const ruleId = String(diagnostic.code.value);
  const meta = engine()
    .allRuleMetas()
    .find((m) => m.id === ruleId);
  return meta ? { ruleId, category: meta.category } : undefined;
}

export function actionsFor(diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const make = (title: string, command: string, args: unknown[]): vscode.CodeAction => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = { title, command, arguments: args };
    return action;
  };
  if (diagnostic instanceof CritiqueDiagnostic) {
    // A critique is a flag like any other: a person resolves it.
    return [make(vscode.l10n.t('Airlock: Resolve…'), COMMAND.resolveFlag, [diagnostic.flag.fingerprint])];
  }
  const rule = ruleOf(diagnostic);
  if (!rule) {
    return [];
  }
  const flagged =
    diagnostic instanceof AirlockDiagnostic
      ? [
          make(vscode.l10n.t('Airlock: Resolve…'), COMMAND.resolveFlag, [diagnostic.finding.fingerprint]),
          make(vscode.l10n.t('Airlock: Critique This Flag'), COMMAND.critiqueFlag, [diagnostic.finding.fingerprint]),
        ]
      : [];
  return [
    ...flagged,
    make(vscode.l10n.t('Airlock: Explain {0}', rule.ruleId), COMMAND.explainFlag, [rule.ruleId]),
    make(vscode.l10n.t('Airlock: Show all {0} flags', rule.category), COMMAND.showCategory, [rule.category]),
    make(vscode.l10n.t('Airlock: Open documentation for {0}', rule.ruleId), COMMAND.openRuleDocs, [rule.ruleId]),
  ];
}

export class AirlockCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(_document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics.flatMap(actionsFor);
  }
}
