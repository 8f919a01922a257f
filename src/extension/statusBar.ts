/** One status bar item: "Airlock: N open"; a click focuses the sidebar. */
import * as vscode from 'vscode';
import { statusText } from '../core/view/model';
import { FOCUS_VIEW } from './commandIds';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('airlock.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Airlock';
    this.item.command = FOCUS_VIEW;
    this.item.tooltip = vscode.l10n.t('Show the Airlock review');
  }

  show(open: number | undefined): void {
    this.item.text = `$(shield) ${statusText(open)}`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
