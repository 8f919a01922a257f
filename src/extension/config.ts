/**
 * Typed access to Airlock's settings, one getter per setting. Those that could weaken a review
 * (base, severities, audit globs) are `restrictedConfigurations` in the manifest: VS Code ignores
 * a workspace's values for them in Restricted Mode.
 */
import * as vscode from 'vscode';
import { isSeverity, type Severity } from '../core/model/finding';

export const SETTINGS = ['review.base', 'gate.base', 'minSeverity', 'audit.include', 'audit.exclude', 'audit.concurrency'] as const;

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('airlock', scope);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

export const config = {
  reviewBase(scope?: vscode.ConfigurationScope): string {
    const value = section(scope).get<unknown>('review.base');
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'HEAD';
  },
  /** The merge gate's base in the editor; undefined: the gate's default (the remote's default branch). */
  gateBase(scope?: vscode.ConfigurationScope): string | undefined {
    const value = section(scope).get<unknown>('gate.base');
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  },
  minSeverity(scope?: vscode.ConfigurationScope): Severity {
    const value = section(scope).get<unknown>('minSeverity');
    return typeof value === 'string' && isSeverity(value) ? value : 'info';
  },
  auditInclude(scope?: vscode.ConfigurationScope): string[] {
    return strings(section(scope).get<unknown>('audit.include'));
  },
  auditExclude(scope?: vscode.ConfigurationScope): string[] {
    return strings(section(scope).get<unknown>('audit.exclude'));
  },
  auditConcurrency(scope?: vscode.ConfigurationScope): number {
    const value = section(scope).get<unknown>('audit.concurrency');
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.min(16, Math.floor(value))) : 4;
  },
};

export function affectsAirlock(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('airlock');
}
