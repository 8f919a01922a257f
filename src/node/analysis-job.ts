/**
 * What the analysis worker does, and the messages between it and the pool (analysis-pool.ts).
 * A job is one file: its bytes (an audit) or an open document's text (live re-analysis). Replies
 * are plain data: the findings and the not-analyzed reason, nothing a caller does not use (no
 * decoded text, no line index).
 *
 * The worker analyzes with the built-in ruleset (`RULES`): rules are code and do not cross threads.
 */
import type { MessagePort } from 'node:worker_threads';
import { analyzeFile, type EngineFinding, type Limits } from '../core/engine/analyze';
import type { NotAnalyzed } from '../core/model/finding';
import { RULES } from '../core/rules/index';
import { liveFindings } from '../core/view/live';
import { loadPythonParser } from './python';
import { heapUsed } from './heap';

export type AnalysisJob =
  | {
      kind: 'file';
      /** Report path (root-relative, forward slashes). */
      path: string;
      bytes: Uint8Array;
      mode: 'scan' | 'review';
      lineHashes: boolean;
    }
  | {
      kind: 'live';
      path: string;
      text: string;
      /** The file's text in the review base; undefined when the change added it. */
      baseText: string | undefined;
      /** The review's findings for the file (its diff-rule findings are carried over). */
      previous: EngineFinding[];
    };

export interface JobOutcome {
  findings: EngineFinding[];
  notAnalyzed?: NotAnalyzed;
}

export interface JobRequest {
  id: number;
  job: AnalysisJob;
  limits: Limits;
}

export type JobReply =
  | { id: number; ok: true; outcome: JobOutcome; /** Time spent analyzing in the worker. */ ms: number }
  | { id: number; ok: false; error: string; ms: number };

/** Runs one job with the built-in rules (in the worker; also usable in-process). */
export async function runJob(job: AnalysisJob, limits: Limits): Promise<JobOutcome> {
  // Loaded once per worker; Python files cannot be told apart before decoding.
  await loadPythonParser();
  if (job.kind === 'live') {
    return {
      findings: liveFindings({ path: job.path, text: job.text, baseText: job.baseText, rules: RULES, limits, previous: job.previous }),
    };
  }
  const result = analyzeFile(job.path, job.bytes, { rules: RULES, limits, mode: job.mode, lineHashes: job.lineHashes, heapUsed });
  return { findings: result.findings, notAnalyzed: result.notAnalyzed };
}

export type JobHandler = (job: AnalysisJob, limits: Limits) => JobOutcome | Promise<JobOutcome>;

/**
 * Answers the pool's requests on `port`, one at a time in arrival order, once `ready` settles. A
 * job that throws is answered with its error (the pool reports the file as not analyzed); nothing
 * is left unanswered.
 */
export function serveAnalysis(port: MessagePort, handler: JobHandler = runJob, ready: Promise<unknown> = Promise.resolve()): void {
  let chain: Promise<void> = ready.then(
    () => undefined,
    () => undefined,
  );
  port.on('message', (request: JobRequest) => {
    chain = chain.then(async () => {
      const started = performance.now();
      let reply: JobReply;
      try {
        const outcome = await handler(request.job, request.limits);
        reply = { id: request.id, ok: true, outcome, ms: performance.now() - started };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { id: request.id, ok: false, error: message.slice(0, 500), ms: performance.now() - started };
      }
      port.postMessage(reply);
    });
  });
}

/**
 * Loads the parsers and compiles the hot paths before the first real job, so that the first edit
 * after a review does not pay for them. Runs in the worker, off the editor's thread.
 */
export async function warmUp(limits: Limits): Promise<void> {
  await runJob(
    { kind: 'live', path: 'warm-up.ts', text: 'export const a = (b: string) => b.length;\n', baseText: '', previous: [] },
    limits,
  );
  await runJob({ kind: 'live', path: 'warm-up.py', text: 'def a(b):\n    return len(b)\n', baseText: '', previous: [] }, limits);
}
