/**
 * The VS Code entry point. The editor surfaces (diagnostics, sidebar, commands) arrive with their
 * own issue; for now activation only sets up the log every feature will share.
 */
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Airlock', { log: true });
  context.subscriptions.push(log);
  log.info(`Airlock ${String(context.extension.packageJSON.version)} activated`);
}

export function deactivate(): void {
  /* everything is owned by context.subscriptions */
}
