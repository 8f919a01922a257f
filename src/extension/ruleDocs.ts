/**
 * Rule documentation inside the editor: `airlock-rule:/<rule id>.md` documents built from the
 * rules' metadata, shown in the Markdown preview (works offline, matches docs/rules.md).
 */
import * as vscode from 'vscode';
import { ruleMarkdown } from '../core/view/rule-docs';
import { engine } from './lazy';

export const RULE_DOCS_SCHEME = 'airlock-rule';

export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${ruleId}.md` });
}

export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const meta = engine()
      .allRuleMetas()
      .find((m) => m.id === id);
    return meta ? ruleMarkdown(meta) : `# Unknown rule\n\nAirlock has no rule with this id.\n`;
  }
}

export async function openRuleDocs(ruleId: unknown): Promise<void> {
  const metas = engine().allRuleMetas();
  let id = typeof ruleId === 'string' && metas.some((m) => m.id === ruleId) ? ruleId : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      metas.map((m) => ({ label: m.id, description: `${m.category} · ${m.severity}`, detail: m.summary })),
      { title: vscode.l10n.t('Airlock: rule documentation'), matchOnDescription: true, matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (id) {
    await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(id));
  }
}
