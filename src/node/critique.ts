/**
 * A critique run over a reviewed change: hunks and prompt-injection warnings from core, requests
 * through the OpenAI-compatible client, answers anchored by core. The whole phase has a deadline
 * (a few request timeouts, retries included) and every fault ends up in the report's errors.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { interpretAnswers } from '../core/critique/anchor';
import { changeHunks, injectionWarnings, type CritiqueReport } from '../core/critique/run';
import type { FileChange } from '../core/diff/change';
import type { Finding } from '../core/model/finding';
import { critique } from './openai';

export interface CritiqueChangeRequest {
  changes: readonly FileChange[];
  findings: readonly Finding[];
  apiKey: string | undefined;
  baseURL: string;
  model: string;
  timeoutMs: number;
  cacheDir?: string;
  signal?: AbortSignal;
}

/** `$XDG_CACHE_HOME/airlock/critiques`, or `~/.cache/airlock/critiques`: never the workspace. */
export function critiqueCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'airlock', 'critiques');
}

export async function critiqueChange(request: CritiqueChangeRequest): Promise<CritiqueReport> {
  const hunks = changeHunks(request.changes);
  const report: CritiqueReport = {
    model: request.model,
    endpoint: request.baseURL,
    critiques: [],
    gaps: [],
    usage: { promptTokens: 0, completionTokens: 0, requests: 0, cached: 0 },
    notCritiqued: [],
    dropped: 0,
    errors: [],
  };
  const where = new Map(hunks.map((h) => [h.id, `${h.path}:${h.startLine}`]));
  if (!request.apiKey) {
    report.errors.push('no API key: set AIRLOCK_API_KEY or OPENAI_API_KEY (nothing was sent)');
    report.notCritiqued = hunks.map((h) => where.get(h.id) as string);
    return report;
  }
  if (hunks.length === 0) {
    return report;
  }
  // The whole phase, retries included, ends within a few request timeouts.
  const deadline = AbortSignal.timeout(request.timeoutMs * 4);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
  const run = await critique({
    hunks,
    warnings: injectionWarnings(hunks, request.findings),
    apiKey: request.apiKey,
    baseURL: request.baseURL,
    model: request.model,
    timeoutMs: request.timeoutMs,
    cacheDir: request.cacheDir,
    signal,
  });
  const { critiques, gaps } = interpretAnswers(run.answers, hunks);
  return {
    ...report,
    critiques,
    gaps,
    usage: run.usage,
    notCritiqued: [...new Set(run.notCritiqued)].map((id) => where.get(id) ?? id),
    dropped: run.dropped.length,
    errors:
      deadline.aborted && !request.signal?.aborted
        ? [...run.errors, `the critique phase ran out of time (${(request.timeoutMs * 4) / 1000} s)`]
        : run.errors,
  };
}
