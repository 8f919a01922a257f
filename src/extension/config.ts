/**
 * Typed access to Airlock's settings, one getter per setting. Those that could weaken a review
 * (base, severities, audit globs) are `restrictedConfigurations` in the manifest: VS Code ignores
 * a workspace's values for them in Restricted Mode.
 */
import * as vscode from 'vscode';
import { isSeverity, type Severity } from '../core/model/finding';

export const SETTINGS = [
  'review.base',
  'gate.base',
  'minSeverity',
  'audit.include',
  'audit.exclude',
  'audit.concurrency',
  'critique.provider',
  'critique.model',
  'critique.baseUrl',
  'critique.lmFamily',
  'critique.timeoutSeconds',
  'critique.budgetTokens',
  'critique.stream',
] as const;

/**
 * The critique settings are application-scoped in the manifest: where the code is sent, and how
 * much may be spent, is never up to the workspace under review. They are read without a scope so
 * that only user (and default) values count even if a workspace file names them.
 */
function critiqueSetting<T>(key: string): T | undefined {
  const inspected = section().inspect<T>(key);
  return inspected?.globalValue ?? inspected?.defaultValue;
}

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
  critiqueProvider(): 'openai' | 'vscode-lm' {
    return critiqueSetting<unknown>('critique.provider') === 'vscode-lm' ? 'vscode-lm' : 'openai';
  },
  critiqueModel(): string {
    const value = critiqueSetting<unknown>('critique.model');
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'gpt-4o-mini';
  },
  critiqueBaseUrl(): string {
    const value = critiqueSetting<unknown>('critique.baseUrl');
    const text = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
    try {
      return /^https?:$/.test(new URL(text).protocol) ? text : 'https://api.openai.com/v1';
    } catch {
      return 'https://api.openai.com/v1';
    }
  },
  /** A family for the VS Code Language Model API (`gpt-4o`, `claude-3.5-sonnet`); empty: any. */
  critiqueLmFamily(): string | undefined {
    const value = critiqueSetting<unknown>('critique.lmFamily');
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  },
  critiqueTimeoutMs(): number {
    const value = critiqueSetting<unknown>('critique.timeoutSeconds');
    return (typeof value === 'number' && Number.isFinite(value) ? Math.max(5, Math.min(600, value)) : 60) * 1000;
  },
  /** Tokens one run may spend (estimated before each request). */
  critiqueBudget(): number {
    const value = critiqueSetting<unknown>('critique.budgetTokens');
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 200_000;
  },
  critiqueStream(): boolean {
    return critiqueSetting<unknown>('critique.stream') !== false;
  },
  auditConcurrency(scope?: vscode.ConfigurationScope): number {
    const value = section(scope).get<unknown>('audit.concurrency');
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.min(16, Math.floor(value))) : 4;
  },
};

export function affectsAirlock(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('airlock');
}
