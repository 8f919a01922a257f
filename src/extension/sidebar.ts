/**
 * The Airlock sidebar: a webview view whose HTML is a fixed shell (strict CSP, crypto nonce, no
 * inline script or style) that loads media/sidebar.js and media/sidebar.css. The extension pushes
 * the whole state; messages from the webview are validated against an allow-list and mapped to
 * Airlock's own handlers — a command id from the webview is never executed.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { parseWebviewMessage, type HostMessage, type SidebarAction, type WebviewMessage } from '../core/view/protocol';
import type { Filters, SidebarState } from '../core/view/protocol';
import type { Log } from './log';

export interface SidebarHandlers {
  state(): SidebarState;
  open(index: number): void;
  explain(index: number): void;
  resolve(index: number): void;
  openCritique(index: number): void;
  resolveCritique(index: number): void;
  closeExplain(): void;
  filter(filters: Filters): void;
  action(action: SidebarAction): void;
}

export function nonce(): string {
  return randomBytes(18).toString('base64');
}

export function sidebarHtml(
  webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>,
  extensionUri: vscode.Uri,
  scriptNonce: string,
): string {
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'sidebar.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'sidebar.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${scriptNonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${style.toString()}">`,
    '<title>Airlock</title>',
    '</head>',
    '<body>',
    '<main id="app" aria-busy="true"></main>',
    `<script nonce="${scriptNonce}" src="${script.toString()}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

export function dispatch(message: WebviewMessage, handlers: SidebarHandlers, post: (m: HostMessage) => void): void {
  switch (message.type) {
    case 'ready':
      post({ type: 'state', state: handlers.state() });
      return;
    case 'open':
      handlers.open(message.index);
      return;
    case 'resolve':
      handlers.resolve(message.index);
      break;
    case 'openCritique':
      handlers.openCritique(message.index);
      return;
    case 'resolveCritique':
      handlers.resolveCritique(message.index);
      return;
    case 'explain':
      handlers.explain(message.index);
      return;
    case 'closeExplain':
      handlers.closeExplain();
      return;
    case 'filter':
      handlers.filter({ categories: message.categories, severities: message.severities, states: message.states ?? [] });
      return;
    case 'action':
      handlers.action(message.action);
      return;
  }
}

export class SidebarProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: SidebarHandlers,
    private readonly log: Log,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = sidebarHtml(view.webview, this.extensionUri, nonce());
    const listener = view.webview.onDidReceiveMessage((raw: unknown) => {
      const message = parseWebviewMessage(raw);
      if (!message) {
        this.log.warn('sidebar', 'ignored a message of unknown shape from the webview');
        return;
      }
      dispatch(message, this.handlers, (m) => this.post(m));
    });
    view.onDidDispose(() => {
      listener.dispose();
      this.view = undefined;
    });
  }

  /** Pushes the whole state (the webview keeps nothing of its own beyond focus and scroll). */
  update(): void {
    this.post({ type: 'state', state: this.handlers.state() });
  }

  private post(message: HostMessage): void {
    void this.view?.webview.postMessage(message);
  }
}
