/**
 * Flags follow edits: when an open document of the current working-tree review changes, only that
 * document is re-analyzed, debounced, against its base text (fetched once per file). A fixed
 * flag disappears; new risky lines get flagged.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_LIMITS } from '../core/engine/analyze';
import { RULES } from '../core/rules/index';
import { liveFindings } from '../core/view/live';
import { toReportPath } from '../node/files';
import { baseText } from '../node/refs';
import type { Log } from './log';
import type { Session } from './session';

export const LIVE_DEBOUNCE_MS = 400;

export class LiveReview implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly bases = new Map<string, Promise<string | undefined>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly session: Session,
    private readonly log: Log,
  ) {
    vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document), undefined, this.subscriptions);
    session.onDidChange(() => this.forgetStaleBases(), undefined, this.subscriptions);
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
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.reanalyze(document, reportPath).catch((error: unknown) => this.log.error('live', `could not re-analyze ${reportPath}`, error));
      }, LIVE_DEBOUNCE_MS),
    );
  }

  private async reanalyze(document: vscode.TextDocument, reportPath: string): Promise<void> {
    const results = this.session.results;
    const review = results?.review;
    if (!results || !review) {
      return;
    }
    const version = document.version;
    const base = await this.base(results.root, review.commit, review.basePaths.get(reportPath));
    if (document.isClosed || document.version !== version || this.session.results?.review !== review) {
      return; // a newer edit or a new review supersedes this run
    }
    const findings = liveFindings({
      path: reportPath,
      text: document.getText(),
      baseText: base,
      rules: RULES,
      limits: DEFAULT_LIMITS,
      previous: results.findings.filter((f) => f.path === reportPath),
    });
    this.session.replaceFile(reportPath, findings);
  }

  private base(root: string, commit: string, basePath: string | undefined): Promise<string | undefined> {
    if (basePath === undefined) {
      return Promise.resolve(undefined);
    }
    let pending = this.bases.get(basePath);
    if (!pending) {
      pending = baseText(root, commit, basePath, DEFAULT_LIMITS);
      pending.catch(() => this.bases.delete(basePath));
      this.bases.set(basePath, pending);
    }
    return pending;
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
