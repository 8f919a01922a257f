/** The one log: a `LogOutputChannel` named Airlock, component-tagged, errors with their stacks. */
import * as vscode from 'vscode';

export interface Log {
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
  error(component: string, message: string, error?: unknown): void;
  show(): void;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Airlock', { log: true });
  context.subscriptions.push(channel);
  return {
    info: (component, message) => channel.info(`[${component}] ${message}`),
    warn: (component, message) => channel.warn(`[${component}] ${message}`),
    error: (component, message, error) =>
      channel.error(
        `[${component}] ${message}${error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}`,
      ),
    show: () => channel.show(true),
  };
}
