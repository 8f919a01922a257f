/**
 * The current review or audit and the sidebar's UI state, owned by the extension. Every surface
 * (diagnostics, sidebar, status bar) redraws from it when it fires `onDidChange`.
 */
import * as vscode from 'vscode';
import type { EngineFinding } from '../core/engine/analyze';
import { compareFindings, type NotAnalyzed } from '../core/model/finding';
import type { CapabilityDelta } from '../core/review/delta';
import { atLeast, NO_FILTERS, resultsState, statusState, explainView, type CritiqueResults, type GateStates } from '../core/view/model';
import type { CritiqueFlag, CritiqueSummaryView } from '../core/view/critique';
import type { ExplainView, Filters, SidebarState, ViewStatus } from '../core/view/protocol';
import { config } from './config';
import { engine } from './lazy';

export interface ReviewBase {
  /** The commit the change is compared with. */
  commit: string;
  /** New path -> base path (undefined: added by the change). */
  basePaths: Map<string, string | undefined>;
  /** Whether edits are re-analyzed live (working-tree reviews; not staged or commit reviews). */
  live: boolean;
  /** What the review was asked for, so that a critique can compute the same change again. */
  request: { base: string; staged: boolean };
}

export interface Results {
  mode: 'review' | 'audit';
  title: string;
  /** Absolute folder the findings' paths are relative to. */
  root: string;
  findings: EngineFinding[];
  delta?: CapabilityDelta;
  notAnalyzed: NotAnalyzed[];
  filesAnalyzed: number;
  /** The label reports use for what was compared (reviews only). */
  baseLabel?: string;
  review?: ReviewBase;
}

export class Session implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private status: { status: ViewStatus; title: string; detail: string } = {
    status: 'idle',
    title: 'Airlock',
    detail: 'Review the changes an AI made, or audit the whole workspace.',
  };
  private current: Results | undefined;
  private filters: Filters = NO_FILTERS;
  private explain: ExplainView | undefined;
  private gateStates: GateStates | undefined;
  private critiqueFlags: CritiqueFlag[] = [];
  private critiqueSummary: CritiqueSummaryView | undefined;
  private generationCount = 0;

  /** Changes whenever the results are replaced or cleared: work started on older results must not land on newer ones. */
  get generation(): number {
    return this.generationCount;
  }

  /** What the merge gate says about the reviewed repository (reviews in trusted workspaces only). */
  get gate(): GateStates | undefined {
    return this.gateStates;
  }

  setGate(states: GateStates | undefined): void {
    this.gateStates = states;
    this.fire();
  }

  /** The model's critiques of the current review (each a flag), at or above `airlock.minSeverity`. */
  visibleCritiques(): CritiqueFlag[] {
    return this.current ? atLeast(this.critiqueFlags, config.minSeverity(vscode.Uri.file(this.current.root))) : [];
  }

  /** Every critique flag of the current review, whatever the minimum severity shown. */
  allCritiques(): CritiqueFlag[] {
    return [...this.critiqueFlags];
  }

  get critiqueRun(): CritiqueSummaryView | undefined {
    return this.critiqueSummary;
  }

  /** The critiques of a finished run, or the progress of a running one (`flags` undefined: keep the old ones). */
  setCritiques(summary: CritiqueSummaryView | undefined, flags?: CritiqueFlag[]): void {
    this.critiqueSummary = summary;
    if (flags) {
      this.critiqueFlags = flags;
    } else if (!summary) {
      this.critiqueFlags = [];
    }
    this.fire();
  }

  get results(): Results | undefined {
    return this.current;
  }

  /** The findings every surface shows: the results at or above `airlock.minSeverity`. */
  visible(): EngineFinding[] {
    return this.current ? atLeast(this.current.findings, config.minSeverity(vscode.Uri.file(this.current.root))) : [];
  }

  setStatus(status: ViewStatus, title: string, detail: string): void {
    this.status = { status, title, detail };
    if (status !== 'loading') {
      this.current = undefined;
      this.gateStates = undefined;
      this.dropCritiques();
    }
    this.fire();
  }

  setResults(results: Results): void {
    this.current = results;
    this.status = { status: 'ready', title: results.title, detail: '' };
    this.filters = NO_FILTERS;
    this.explain = undefined;
    this.gateStates = undefined;
    this.dropCritiques();
    this.fire();
  }

  /** Replaces one file's findings (live re-analysis of an edited document). */
  replaceFile(path: string, findings: EngineFinding[]): void {
    if (!this.current) {
      return;
    }
    const kept = this.current.findings.filter((f) => f.path !== path);
    this.current = { ...this.current, findings: [...kept, ...findings].sort(compareFindings) };
    this.fire();
  }

  clear(): void {
    this.current = undefined;
    this.gateStates = undefined;
    this.dropCritiques();
    this.filters = NO_FILTERS;
    this.explain = undefined;
    this.status = { status: 'idle', title: 'Airlock', detail: 'Flags cleared. Review the changes again or audit the workspace.' };
    this.fire();
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.fire();
  }

  explainRule(ruleId: string): boolean {
    const meta = engine()
      .allRuleMetas()
      .find((m) => m.id === ruleId);
    this.explain = meta ? explainView(meta) : undefined;
    this.fire();
    return meta !== undefined;
  }

  closeExplain(): void {
    this.explain = undefined;
    this.fire();
  }

  sidebarState(): SidebarState {
    if (!this.current || this.status.status !== 'ready') {
      return statusState(this.status.status, this.status.title, this.status.detail, this.filters);
    }
    return resultsState(
      {
        mode: this.current.mode,
        title: this.current.title,
        findings: this.visible(),
        delta: this.current.delta,
        notAnalyzed: this.current.notAnalyzed.length,
      },
      this.filters,
      this.explain,
      this.gateStates,
      this.critiqueSummary ? ({ flags: this.visibleCritiques(), summary: this.critiqueSummary } satisfies CritiqueResults) : undefined,
    );
  }

  /** Fires after a settings change that alters what is shown. */
  refresh(): void {
    this.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }

  private dropCritiques(): void {
    this.critiqueFlags = [];
    this.critiqueSummary = undefined;
    this.generationCount++;
  }

  private fire(): void {
    this.emitter.fire();
  }
}
