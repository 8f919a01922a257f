/**
 * A small stand-in for the `vscode` module, enough for the adapters' unit tests: import this file
 * before anything under src/extension. The real editor is exercised by the e2e suite.
 */
import Module from 'node:module';
import * as path from 'node:path';

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly fragment = '',
  ) {}
  static file(p: string): Uri {
    return new Uri('file', p.split(path.sep).join('/'));
  }
  static parse(value: string): Uri {
    const url = new URL(value);
    return new Uri(url.protocol.replace(/:$/, ''), `//${url.host}${url.pathname}`, url.hash.replace(/^#/, ''));
  }
  static from(parts: { scheme: string; path: string }): Uri {
    return new Uri(parts.scheme, parts.path);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...segments));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}:${this.path}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  constructor(readonly value: string) {}
}

export class CodeAction {
  diagnostics?: Diagnostic[];
  command?: { title: string; command: string; arguments?: unknown[] };
  constructor(
    readonly title: string,
    readonly kind?: CodeActionKind,
  ) {}
}

export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) {
      listener(value);
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** Settings the tests set; `getConfiguration('airlock').get(key)` reads them. */
export const settings = new Map<string, unknown>();

type Disposable = { dispose(): void };
const disposable = (): Disposable => ({ dispose: () => undefined });
const event = (): ((...args: unknown[]) => Disposable) => () => disposable();

export const Disposable = { from: (...items: Disposable[]): Disposable => ({ dispose: () => items.forEach((d) => d.dispose()) }) };

/** What activation registered, for the tests to inspect. */
export const registered = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as { id: string; args: unknown[] }[],
  views: new Map<string, unknown>(),
  diagnostics: new Map<string, unknown[]>(),
  statusText: '',
  log: [] as string[],
};

export const workspace = {
  isTrusted: true,
  workspaceFolders: undefined as unknown,
  textDocuments: [] as unknown[],
  getConfiguration: () => ({ get: (key: string) => settings.get(key) }),
  onDidChangeTextDocument: event(),
  onDidChangeConfiguration: event(),
  registerTextDocumentContentProvider: disposable,
  createFileSystemWatcher: () => ({ onDidChange: event(), onDidCreate: event(), onDidDelete: event(), dispose: () => undefined }),
};

export class ThemeColor {
  constructor(readonly id: string) {}
}

export const window = {
  createOutputChannel: () => ({
    info: (m: string) => registered.log.push(`info ${m}`),
    warn: (m: string) => registered.log.push(`warn ${m}`),
    error: (m: string) => registered.log.push(`error ${m}`),
    show: () => undefined,
    dispose: () => undefined,
  }),
  createStatusBarItem: () => ({
    set text(value: string) {
      registered.statusText = value;
    },
    tooltip: '',
    backgroundColor: undefined as unknown,
    show: () => undefined,
    dispose: () => undefined,
  }),
  registerWebviewViewProvider: (id: string, provider: unknown) => {
    registered.views.set(id, provider);
    return disposable();
  },
  showInformationMessage: () => Promise.resolve(undefined),
  showWarningMessage: () => Promise.resolve(undefined),
  showErrorMessage: () => Promise.resolve(undefined),
};

export const languages = {
  createDiagnosticCollection: () => ({
    clear: () => registered.diagnostics.clear(),
    set: (uri: Uri, list: unknown[]) => registered.diagnostics.set(uri.toString(), list),
    dispose: () => undefined,
  }),
  registerCodeActionsProvider: disposable,
};

export const commands = {
  registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
    registered.commands.set(id, handler);
    return disposable();
  },
  executeCommand: (id: string, ...args: unknown[]) => {
    registered.executed.push({ id, args });
    return Promise.resolve(registered.commands.get(id)?.(...args));
  },
};

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export const l10n = {
  t: (message: string, ...args: unknown[]): string => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
};

export class CancellationError extends Error {}

export class CancellationTokenSource {
  private listeners: (() => void)[] = [];
  readonly token = {
    isCancellationRequested: false,
    onCancellationRequested: (listener: () => void) => {
      this.listeners.push(listener);
      return { dispose: () => undefined };
    },
  };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.listeners.forEach((l) => l());
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class LanguageModelError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
  // Static methods, named as in VS Code: callers compare `error.code` with `LanguageModelError.NotFound.name`.
  static NoPermissions(message?: string): LanguageModelError {
    return new LanguageModelError(message ?? '', 'NoPermissions');
  }
  static Blocked(message?: string): LanguageModelError {
    return new LanguageModelError(message ?? '', 'Blocked');
  }
  static NotFound(message?: string): LanguageModelError {
    return new LanguageModelError(message ?? '', 'NotFound');
  }
}

export class LanguageModelTextPart {
  constructor(readonly value: string) {}
}

export class LanguageModelToolCallPart {
  constructor(
    readonly callId: string,
    readonly name: string,
    readonly input: object,
  ) {}
}

export const LanguageModelChatMessage = {
  User: (content: string) => ({ role: 1, content }),
};

export enum LanguageModelChatToolMode {
  Auto = 1,
  Required = 2,
}

/** Chat models `lm.selectChatModels` offers (tests set them). */
export const chatModels: unknown[] = [];
export const lm = {
  selectChatModels: async (selector: { family?: string }) =>
    chatModels.filter((m) => !selector.family || (m as { family: string }).family === selector.family),
};

const stub = {
  CancellationError,
  CancellationTokenSource,
  LanguageModelError,
  LanguageModelTextPart,
  LanguageModelToolCallPart,
  LanguageModelChatMessage,
  LanguageModelChatToolMode,
  lm,
  Position,
  Range,
  Uri,
  DiagnosticSeverity,
  Location,
  DiagnosticRelatedInformation,
  Diagnostic,
  CodeActionKind,
  CodeAction,
  EventEmitter,
  Disposable,
  workspace,
  window,
  languages,
  commands,
  StatusBarAlignment,
  ProgressLocation,
  l10n,
};

type Resolver = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolver; _cache: Record<string, unknown> };
const original = moduleWithResolver._resolveFilename;
const STUB_ID = '\0vscode-stub';
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? STUB_ID : original.call(this, request, ...rest);
};
moduleWithResolver._cache[STUB_ID] = { id: STUB_ID, filename: STUB_ID, loaded: true, exports: stub };
