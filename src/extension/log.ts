/** The one log: a `LogOutputChannel` named Airlock, component-tagged, errors with their stacks. */
import * as vscode from 'vscode';

export interface Log {
  /** Shown when the channel's level is Debug or Trace; `message` is only built then. */
  debug(component: string, message: () => string): void;
  /** Shown when the channel's level is Trace. */
  trace(component: string, message: () => string): void;
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
  error(component: string, message: string, error?: unknown): void;
  show(): void;
}

/**
 * Text for a notification. VS Code renders `[label](command:...)` in notification messages as a
 * clickable command link; text that came from the workspace or a model (a file name, an error an
 * endpoint sent, a refusal) must never become one, so its brackets are shown as full-width ones.
 */
export function notifiable(text: string): string {
  return text.replace(/\[/g, '\uFF3B').replace(/\]/g, '\uFF3D');
}

/** An error's message, safe to show in a notification. */
export function describeError(error: unknown): string {
  return notifiable(error instanceof Error ? error.message : String(error));
}

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Airlock', { log: true });
  context.subscriptions.push(channel);
  // vscode.LogLevel's values (Trace 1, Debug 2): the channel follows the level set for it in the Output panel.
  const atLeast = (level: number): boolean => typeof channel.logLevel === 'number' && channel.logLevel > 0 && channel.logLevel <= level;
  return {
    debug: (component, message) => {
      if (atLeast(2)) {
        channel.debug(`[${component}] ${message()}`);
      }
    },
    trace: (component, message) => {
      if (atLeast(1)) {
        channel.trace(`[${component}] ${message()}`);
      }
    },
    info: (component, message) => channel.info(`[${component}] ${message}`),
    warn: (component, message) => channel.warn(`[${component}] ${message}`),
    error: (component, message, error) =>
      channel.error(
        `[${component}] ${message}${error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}`,
      ),
    show: () => channel.show(true),
  };
}
