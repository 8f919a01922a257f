/** One status bar item: "Airlock: merge blocked (N)" / "ready to merge", or "Airlock: N open" without the gate; a click focuses the sidebar. */
import * as vscode from 'vscode';
import { statusText } from '../core/view/model';
import type { GateView } from '../core/view/protocol';
import { FOCUS_VIEW } from './commandIds';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('airlock.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Airlock';
    this.item.command = FOCUS_VIEW;
    this.item.tooltip = vscode.l10n.t('Show the Airlock review');
  }

  show(open: number | undefined, gate?: GateView): void {
    this.item.text = `$(shield) ${statusText(open, gate)}`;
    this.item.tooltip = gate ? gate.text : vscode.l10n.t('Show the Airlock review');
    this.item.backgroundColor = gate?.status === 'blocked' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
