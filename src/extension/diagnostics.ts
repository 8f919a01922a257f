/**
 * Finding -> Diagnostic, the one place that converts Airlock's 1-based positions to VS Code's
 * 0-based ones. Each diagnostic carries its finding, so code actions need no second lookup.
 */
import * as vscode from 'vscode';
import type { Finding, Range as FindingRange } from '../core/model/finding';
import { ruleDocsUri } from '../core/report/model';
import type { GateFlagResult } from '../core/gate/gate';
import { DIAGNOSTIC_LEVEL, diagnosticLevel, diagnosticMessage } from '../core/view/model';
import { critiqueDiagnosticMessage, type CritiqueFlag } from '../core/view/critique';

export const DIAGNOSTIC_SOURCE = 'Airlock';
/** Critiques are told apart from static flags by their source. */
export const CRITIQUE_SOURCE = 'Airlock critique';

const SEVERITY: Record<(typeof DIAGNOSTIC_LEVEL)[keyof typeof DIAGNOSTIC_LEVEL], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class AirlockDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    readonly finding: Finding,
    docsUri: vscode.Uri,
    judged?: GateFlagResult,
  ) {
    super(range, diagnosticMessage(finding, judged), SEVERITY[diagnosticLevel(finding, judged)]);
    this.source = DIAGNOSTIC_SOURCE;
    this.code = { value: finding.ruleId, target: docsUri };
  }
}

/** 1-based inclusive-line, exclusive-column range -> 0-based `vscode.Range`; a file-level finding covers the first line. */
export function toRange(range: FindingRange): vscode.Range {
  const startLine = Math.max(0, range.line - 1);
  const endLine = Math.max(startLine, range.endLine - 1);
  const startColumn = Math.max(0, range.column - 1);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.endColumn - 1) : Math.max(0, range.endColumn - 1);
  return new vscode.Range(startLine, startColumn, endLine, endColumn);
}

export function fileUri(root: string, path: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.file(root), ...path.split('/'));
}

export function toDiagnostic(finding: Finding, root: string, informationUri: string, judged?: GateFlagResult): AirlockDiagnostic {
  const diagnostic = new AirlockDiagnostic(
    toRange(finding),
    finding,
    vscode.Uri.parse(ruleDocsUri(informationUri, finding.ruleId)),
    judged,
  );
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(fileUri(root, r.path), toRange(r)), r.message),
    );
  }
  return diagnostic;
}

/** Groups findings by file into diagnostics. */
export function toDiagnostics(
  findings: readonly Finding[],
  root: string,
  informationUri: string,
  gate?: ReadonlyMap<string, GateFlagResult>,
): Map<string, AirlockDiagnostic[]> {
  const out = new Map<string, AirlockDiagnostic[]>();
  for (const finding of findings) {
    const list = out.get(finding.path) ?? [];
    list.push(toDiagnostic(finding, root, informationUri, gate?.get(finding.fingerprint)));
    out.set(finding.path, list);
  }
  return out;
}

/** Keeps a DiagnosticCollection in step with the session's visible findings. */
export class DiagnosticsView implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('airlock');

  constructor(private readonly informationUri: string) {}

  show(findings: readonly Finding[], root: string | undefined, gate?: ReadonlyMap<string, GateFlagResult>): void {
    this.collection.clear();
    if (root === undefined) {
      return;
    }
    for (const [path, diagnostics] of toDiagnostics(findings, root, this.informationUri, gate)) {
      this.collection.set(fileUri(root, path), diagnostics);
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** A model critique (or suspicion gap) placed on the code it quotes. */
export class CritiqueDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    readonly flag: CritiqueFlag,
    judged?: GateFlagResult,
  ) {
    const message = critiqueDiagnosticMessage(flag);
    const r = judged?.resolution;
    super(
      range,
      judged?.state === 'resolved' && r ? `${message} (resolved: ${r.verdict ?? 'resolved'} by ${r.reviewer.name})` : message,
      SEVERITY[judged?.state === 'resolved' ? 'information' : DIAGNOSTIC_LEVEL[flag.severity]],
    );
    this.source = CRITIQUE_SOURCE;
    this.code = flag.ruleId;
  }
}

/** The critiques' own collection: located critiques only (unanchored ones are in the sidebar). */
export class CritiqueDiagnosticsView implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('airlock-critique');

  show(flags: readonly CritiqueFlag[], root: string | undefined, gate?: ReadonlyMap<string, GateFlagResult>): void {
    this.collection.clear();
    if (root === undefined) {
      return;
    }
    const byPath = new Map<string, CritiqueDiagnostic[]>();
    for (const flag of flags) {
      if (!flag.range) {
        continue;
      }
      const list = byPath.get(flag.path) ?? [];
      list.push(new CritiqueDiagnostic(toRange(flag.range), flag, gate?.get(flag.fingerprint)));
      byPath.set(flag.path, list);
    }
    for (const [path, list] of byPath) {
      this.collection.set(fileUri(root, path), list);
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}
