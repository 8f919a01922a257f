/**
 * Flags follow edits: when an open document of the current working-tree review changes, only that
 * document is re-analyzed, debounced, against its base text (fetched once per file). A fixed
 * flag disappears; new risky lines get flagged. The analysis runs in the analysis worker
 * (analysis.ts), off the extension host's thread; its latency is logged at Debug level.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { toReportPath } from '../node/files';
import { baseText } from '../node/refs';
import type { Analysis } from './analysis';
import { engine } from './lazy';
import type { Log } from './log';
import type { Session } from './session';

/** Waits for typing to pause: a flag does not blink in and out at every keystroke. */
export const LIVE_DEBOUNCE_MS = 400;

export class LiveReview implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly bases = new Map<string, Promise<string | undefined>>();
  /** When each document was last edited (for the edit-to-diagnostics latency). */
  private readonly edited = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly stop = new AbortController();

  constructor(
    private readonly session: Session,
    private readonly log: Log,
    private readonly analysis: Analysis,
  ) {
    vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document), undefined, this.subscriptions);
    session.onDidChange(() => this.forgetStaleBases(), undefined, this.subscriptions);
  }

  /** After a working-tree review: the worker starts loading the parsers before the first edit. */
  prepare(): void {
    if (this.session.results?.review?.live) {
      this.analysis.warm();
    }
  }

  private baseKey = '';

  /** After a review: documents with unsaved edits are re-analyzed from their editor text. */
  reanalyzeDirtyDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty) {
        this.schedule(document);
      }
    }
  }

  private forgetStaleBases(): void {
    const review = this.session.results?.review;
    const key = review ? `${this.session.results?.root}\0${review.commit}` : '';
    if (key !== this.baseKey) {
      this.baseKey = key;
      this.bases.clear();
    }
  }

  /** The review-relative path of a document, if it belongs to the current live review. */
  private reviewPath(document: vscode.TextDocument): string | undefined {
    const results = this.session.results;
    if (!results?.review?.live || document.uri.scheme !== 'file') {
      return undefined;
    }
    const rel = path.relative(results.root, document.uri.fsPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      return undefined;
    }
    const reportPath = toReportPath(rel);
    return results.review.basePaths.has(reportPath) ? reportPath : undefined;
  }

  private schedule(document: vscode.TextDocument): void {
    const reportPath = this.reviewPath(document);
    if (reportPath === undefined) {
      return;
    }
    const key = document.uri.toString();
    this.edited.set(key, performance.now());
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.reanalyze(document, reportPath).catch((error: unknown) => {
          if (!this.stop.signal.aborted) {
            this.log.error('live', `could not re-analyze ${reportPath}`, error);
          }
        });
      }, LIVE_DEBOUNCE_MS),
    );
  }

  private async reanalyze(document: vscode.TextDocument, reportPath: string): Promise<void> {
    const results = this.session.results;
    const review = results?.review;
    if (!results || !review) {
      return;
    }
    const started = performance.now();
    const version = document.version;
    const base = await this.base(results.root, review.commit, review.basePaths.get(reportPath));
    if (document.isClosed || document.version !== version || this.session.results?.review !== review) {
      return; // a newer edit or a new review supersedes this run
    }
    const findings = await this.analysis.pool().analyzeLive({
      path: reportPath,
      text: document.getText(),
      baseText: base,
      limits: engine().DEFAULT_LIMITS,
      previous: results.findings.filter((f) => f.path === reportPath),
      signal: this.stop.signal,
    });
    if (document.isClosed || document.version !== version || this.session.results?.review !== review) {
      return; // edited again while the worker analyzed: the newer run will set the flags
    }
    this.session.replaceFile(reportPath, findings);
    const done = performance.now();
    const edited = this.edited.get(document.uri.toString()) ?? started;
    this.log.debug(
      'live',
      () =>
        `${reportPath}: flags updated ${(done - started).toFixed(1)} ms after the analysis started (in the worker), ` +
        `${(done - edited).toFixed(1)} ms after the last edit (${LIVE_DEBOUNCE_MS} ms of it waiting for typing to stop)`,
    );
  }

  private base(root: string, commit: string, basePath: string | undefined): Promise<string | undefined> {
    if (basePath === undefined) {
      return Promise.resolve(undefined);
    }
    let pending = this.bases.get(basePath);
    if (!pending) {
      pending = baseText(root, commit, basePath, engine().DEFAULT_LIMITS);
      pending.catch(() => this.bases.delete(basePath));
      this.bases.set(basePath, pending);
    }
    return pending;
  }

  dispose(): void {
    this.stop.abort();
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
