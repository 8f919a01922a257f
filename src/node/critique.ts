/**
 * A critique run over a reviewed change: hunks and prompt-injection warnings from core, requests
 * through the OpenAI-compatible client, answers anchored by core. The whole phase has a deadline
 * (a few request timeouts, retries included) and every fault ends up in the report's errors.
 */
import { userCacheDir } from './cache-dir';
import { interpretAnswers } from '../core/critique/anchor';
import { endpointLabel, runCritique, type AnswerCache, type CritiqueProvider, type Usage } from '../core/critique/engine';
import { changeHunks, injectionWarnings, type CritiqueReport } from '../core/critique/run';
import type { FileChange } from '../core/diff/change';
import type { Finding } from '../core/model/finding';
import { randomNonce } from './openai';

export interface CritiqueChangeRequest {
  changes: readonly FileChange[];
  findings: readonly Finding[];
  /** Undefined when nothing may be sent; `missing` says why (no key, say). */
  provider: CritiqueProvider | undefined;
  missing?: string;
  /** The model and endpoint to name when there is no provider. */
  model: string;
  endpoint: string;
  /** The whole phase, retries included. */
  deadlineMs: number;
  cache?: AnswerCache;
  signal?: AbortSignal;
  budgetTokens?: number;
  /** Only these hunks (by path and a line inside them), for "critique this flag". */
  only?: { path: string; line: number };
  onProgress?: (progress: { done: number; total: number; usage: Usage }) => void;
}

/** `$XDG_CACHE_HOME/airlock/critiques`, or `~/.cache/airlock/critiques`: never the workspace. */
export function critiqueCacheDir(env: NodeJS.ProcessEnv): string {
  return userCacheDir(env, 'critiques');
}

export async function critiqueChange(request: CritiqueChangeRequest): Promise<CritiqueReport> {
  let hunks = changeHunks(request.changes);
  if (request.only) {
    const { path: file, line } = request.only;
    hunks = hunks.filter((h) => h.path === file && line >= h.startLine && line <= h.endLine);
  }
  const report: CritiqueReport = {
    model: request.provider?.model ?? request.model,
    endpoint: request.provider?.endpoint ?? endpointLabel(request.endpoint),
    critiques: [],
    gaps: [],
    usage: { promptTokens: 0, completionTokens: 0, requests: 0, cached: 0 },
    hunks: hunks.map((h) => ({ id: h.id, path: h.path, startLine: h.startLine, endLine: h.endLine, hash: h.hash, critiqued: false })),
    notCritiqued: [],
    dropped: 0,
    errors: [],
  };
  const where = new Map(hunks.map((h) => [h.id, `${h.path}:${h.startLine}`]));
  if (!request.provider) {
    report.errors.push(`${request.missing ?? 'no model provider'} (nothing was sent)`);
    report.notCritiqued = hunks.map((h) => where.get(h.id) as string);
    return report;
  }
  if (hunks.length === 0) {
    return report;
  }
  const deadline = AbortSignal.timeout(request.deadlineMs);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
  const run = await runCritique({
    hunks,
    warnings: injectionWarnings(hunks, request.findings),
    provider: request.provider,
    nonce: randomNonce,
    cache: request.cache,
    signal,
    budgetTokens: request.budgetTokens,
    onProgress: request.onProgress,
  });
  const { critiques, gaps } = interpretAnswers(run.answers, hunks);
  const answered = new Map(run.answers.map((a) => [a.hunk, a.unsafeProbability]));
  const notCritiqued = new Set(run.notCritiqued);
  const errors = [...new Set(run.errors)];
  if (deadline.aborted && !request.signal?.aborted) {
    errors.push(`the critique phase ran out of time (${request.deadlineMs / 1000} s)`);
  }
  return {
    ...report,
    critiques,
    gaps,
    usage: run.usage,
    hunks: report.hunks.map((h) =>
      answered.has(h.id) && !notCritiqued.has(h.id) ? { ...h, critiqued: true, unsafeProbability: answered.get(h.id) } : h,
    ),
    notCritiqued: [...notCritiqued].map((id) => where.get(id) ?? id),
    dropped: run.dropped.length,
    errors: request.signal?.aborted
      ? [...errors.filter((e) => e !== 'cancelled'), 'cancelled: the critiques received so far are kept']
      : errors,
  };
}
