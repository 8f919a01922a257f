/**
 * Analysis off the caller's thread: a small pool of `worker_threads` workers running
 * analysis-worker.ts. The editor uses it so that parsing and the rules never block the extension
 * host (typing, other extensions); the CLI analyzes in-process and does not need it.
 *
 * - One worker by default. Analysis is CPU-bound and a worker holds its own copy of the TypeScript
 *   parser (~100 MB); on a 2-core machine a second worker would take the core the editor, the
 *   renderer and the extension host need, for a throughput gain that only audits would see.
 * - Each request has an id; a worker answers one at a time. Live requests (the document being
 *   edited) go ahead of queued audit files.
 * - A file's bytes travel as a transferred copy (no structured-clone copy on the way out); replies
 *   are plain findings.
 * - A request may take the per-file time limit plus a margin. A worker that does not answer in
 *   time (stuck in a parser) or that dies (a crash, out of memory) is terminated and replaced on
 *   the next request, and the file is reported as not analyzed, with the reason: never a silent
 *   skip, never a hang.
 * - Cancelling (an AbortSignal) rejects at once. The worker gets a short grace period to finish
 *   the abandoned job; if it is still busy after that it is terminated, so the next request never
 *   waits for abandoned work.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { notAnalyzedFinding, type EngineFinding, type Limits } from '../core/engine/analyze';
import { isDiffRuleFinding } from '../core/view/live';
import type { AnalysisJob, JobOutcome, JobReply, JobRequest } from './analysis-job';

export interface WorkerScript {
  file: string;
  execArgv?: string[];
}

export interface AnalysisTiming {
  /** Time the worker spent analyzing. */
  workerMs: number;
  /** From dispatch to the worker until its answer arrived (transfer both ways included). */
  roundTripMs: number;
  /** Time spent waiting for a free worker. */
  queuedMs: number;
}

export interface AnalysisPoolOptions {
  /** Workers; default 1 (see above). */
  size?: number;
  /** The worker script; default `analysis-worker.js` next to the running bundle. */
  worker?: WorkerScript;
  /** Added to the per-file time limit to make a request's deadline. Default 5 s. */
  timeoutMarginMs?: number;
  /** How long a cancelled request's worker may take to finish before it is terminated. Default 500 ms. */
  cancelGraceMs?: number;
  /**
   * How long a worker may sit without work before it is ended, giving its memory (parsers,
   * caches: often 100 MB or more) back; the next request starts a new one. Default 5 minutes.
   */
  idleMs?: number;
  /** Each analysis that completed, with its timing. */
  onAnalyzed?: (path: string, timing: AnalysisTiming) => void;
  /** Workers terminated or lost, for the log. */
  onWorkerEvent?: (message: string) => void;
}

export interface FileRequest {
  mode: 'scan' | 'review';
  limits: Limits;
  lineHashes?: boolean;
  signal?: AbortSignal;
}

export interface LiveJob {
  path: string;
  text: string;
  baseText: string | undefined;
  /** The review's findings for this file (its diff-rule findings are carried over). */
  previous: readonly EngineFinding[];
  limits: Limits;
  signal?: AbortSignal;
}

/** The bundled worker next to the running bundle (`dist/`); from sources, the TypeScript entry through tsx (development only). */
export function defaultWorkerScript(): WorkerScript {
  const bundled = path.join(__dirname, 'analysis-worker.js');
  if (existsSync(bundled)) {
    return { file: bundled };
  }
  return { file: path.join(__dirname, 'analysis-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

interface Pending {
  id: number;
  path: string;
  message: JobRequest;
  transfer: ArrayBuffer[];
  timeoutMs: number;
  live: boolean;
  enqueued: number;
  /** The outcome when the worker cannot give one (timed out, crashed): the file as not analyzed. */
  unanswered: (reason: string) => JobOutcome;
  resolve: (outcome: JobOutcome) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  /** The caller gave up (cancelled); a late answer is dropped. */
  abandoned?: boolean;
  settled?: boolean;
}

interface Slot {
  worker?: Worker;
  /** The request the worker is working on (possibly abandoned). */
  current?: Pending;
  dispatched: number;
  timer?: NodeJS.Timeout;
  /** Ends the worker when it has had nothing to do for `idleMs`. */
  idle?: NodeJS.Timeout;
}

function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

export class AnalysisPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private readonly script: WorkerScript;
  private readonly margin: number;
  private readonly grace: number;
  private readonly idleMs: number;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: AnalysisPoolOptions = {}) {
    const size = Math.max(1, Math.min(Math.floor(options.size ?? 1), 8));
    this.slots = Array.from({ length: size }, () => ({ dispatched: 0 }));
    this.script = options.worker ?? defaultWorkerScript();
    this.margin = options.timeoutMarginMs ?? 5000;
    this.grace = options.cancelGraceMs ?? 500;
    this.idleMs = options.idleMs ?? 5 * 60_000;
  }

  /** Workers running now (0 when every one was ended for idleness or never started). */
  get liveWorkers(): number {
    return this.slots.filter((s) => s.worker !== undefined).length;
  }

  /** Starts the workers now (they load the parsers), so that the first request does not wait for that. */
  warm(): void {
    for (const slot of this.slots) {
      if (!slot.worker && !this.disposed) {
        this.spawn(slot);
        this.idleLater(slot);
      }
    }
  }

  /** One file's findings and not-analyzed reason, as `analyzeFile` with the built-in rules gives them. */
  analyzeFile(reportPath: string, bytes: Uint8Array, request: FileRequest): Promise<JobOutcome> {
    // A copy the worker owns: transferred, not cloned; the caller's bytes stay usable.
    const copy = new Uint8Array(bytes);
    const job: AnalysisJob = { kind: 'file', path: reportPath, bytes: copy, mode: request.mode, lineHashes: request.lineHashes === true };
    return this.submit(job, request.limits, [copy.buffer], false, request.signal, (reason) => ({
      findings: [notAnalyzedFinding(reportPath, reason, 'high', sha256Hex(bytes))],
      notAnalyzed: { path: reportPath, reason },
    }));
  }

  /** An edited document's live findings, as `liveFindings` with the built-in rules gives them. */
  async analyzeLive(request: LiveJob): Promise<EngineFinding[]> {
    const previous = request.previous.filter((f) => isDiffRuleFinding(f) && f.path === request.path);
    const job: AnalysisJob = { kind: 'live', path: request.path, text: request.text, baseText: request.baseText, previous };
    const outcome = await this.submit(job, request.limits, [], true, request.signal, (reason) => ({
      findings: [...previous, notAnalyzedFinding(request.path, reason, 'high', sha256Hex(request.text))],
      notAnalyzed: { path: request.path, reason },
    }));
    return outcome.findings;
  }

  /** Terminates the workers; requests not answered yet are rejected. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const error = new Error('the analysis pool was disposed');
    for (const pending of this.queue.splice(0)) {
      this.settle(pending, () => pending.reject(error));
    }
    const stopping: Promise<unknown>[] = [];
    for (const slot of this.slots) {
      if (slot.current) {
        const pending = slot.current;
        this.settle(pending, () => pending.reject(error));
      }
      clearTimeout(slot.timer);
      clearTimeout(slot.idle);
      slot.current = undefined;
      if (slot.worker) {
        stopping.push(slot.worker.terminate());
        slot.worker = undefined;
      }
    }
    await Promise.allSettled(stopping);
  }

  private submit(
    job: AnalysisJob,
    limits: Limits,
    transfer: ArrayBuffer[],
    live: boolean,
    signal: AbortSignal | undefined,
    unanswered: (reason: string) => JobOutcome,
  ): Promise<JobOutcome> {
    return new Promise<JobOutcome>((resolve, reject) => {
      if (this.disposed) {
        reject(new Error('the analysis pool was disposed'));
        return;
      }
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const id = this.nextId++;
      const pending: Pending = {
        id,
        path: job.path,
        message: {
          id,
          job,
          limits: { maxBytes: limits.maxBytes, timeMs: limits.timeMs, maxNodes: limits.maxNodes, maxHeapMb: limits.maxHeapMb },
        },
        transfer,
        timeoutMs: limits.timeMs + this.margin,
        live,
        enqueued: performance.now(),
        unanswered,
        resolve,
        reject,
        signal,
      };
      if (signal) {
        pending.onAbort = () => this.cancel(pending);
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      if (live) {
        // Ahead of audit files, behind earlier live requests.
        const at = this.queue.findIndex((p) => !p.live);
        this.queue.splice(at < 0 ? this.queue.length : at, 0, pending);
      } else {
        this.queue.push(pending);
      }
      this.pump();
    });
  }

  /** Resolves or rejects a request once. */
  private settle(pending: Pending, fn: () => void): void {
    if (pending.settled) {
      return;
    }
    pending.settled = true;
    if (pending.onAbort) {
      pending.signal?.removeEventListener('abort', pending.onAbort);
    }
    fn();
  }

  private pump(): void {
    if (this.disposed) {
      return;
    }
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) {
        continue;
      }
      const pending = this.queue.shift() as Pending;
      clearTimeout(slot.idle);
      slot.idle = undefined;
      const worker = slot.worker ?? this.spawn(slot);
      slot.current = pending;
      slot.dispatched = performance.now();
      slot.timer = setTimeout(() => this.timedOut(slot, pending), pending.timeoutMs);
      try {
        worker.postMessage(pending.message, pending.transfer);
      } catch (error) {
        // The message could not be sent (a closed worker): this file is reported, the next gets a new worker.
        this.lose(slot, `could not send the file to the analysis worker: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const slot of this.slots) {
      this.idleLater(slot);
    }
  }

  /** A worker with nothing to do is ended after `idleMs`. */
  private idleLater(slot: Slot): void {
    if (!slot.worker || slot.current || slot.idle || this.disposed) {
      return;
    }
    slot.idle = setTimeout(() => {
      slot.idle = undefined;
      if (slot.worker && !slot.current) {
        const worker = slot.worker;
        slot.worker = undefined;
        void worker.terminate().catch(() => undefined);
        this.options.onWorkerEvent?.(`an analysis worker was idle for ${seconds(this.idleMs)} s and was ended`);
      }
    }, this.idleMs);
    slot.idle.unref();
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.script.file, {
      execArgv: this.script.execArgv ?? [],
      // An adversarial file that exhausts memory ends this worker, not the editor.
      // A large stack lets typescript-estree parse files nested far deeper than the default allows.
      resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    slot.worker = worker;
    worker.on('message', (reply: JobReply) => {
      if (slot.worker === worker) {
        this.answered(slot, reply);
      }
    });
    worker.on('error', (error: Error) => {
      if (slot.worker === worker) {
        this.lose(slot, `the analysis worker failed: ${error.message}`);
      }
    });
    worker.on('exit', (code) => {
      if (slot.worker === worker) {
        this.lose(slot, `the analysis worker exited (code ${code})`);
      }
    });
    return worker;
  }

  private answered(slot: Slot, reply: JobReply): void {
    const pending = slot.current;
    if (!pending || pending.id !== reply.id) {
      return;
    }
    clearTimeout(slot.timer);
    slot.current = undefined;
    if (!pending.abandoned) {
      const roundTripMs = performance.now() - slot.dispatched;
      this.options.onAnalyzed?.(pending.path, { workerMs: reply.ms, roundTripMs, queuedMs: slot.dispatched - pending.enqueued });
      const outcome = reply.ok ? reply.outcome : pending.unanswered(`analysis failed: ${reply.error}`);
      this.settle(pending, () => pending.resolve(outcome));
    }
    this.pump();
  }

  /** The request on this slot cannot be answered: its worker is gone or stuck. It is reported; the worker is replaced later. */
  private lose(slot: Slot, reason: string): void {
    const pending = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker) {
      void worker.terminate().catch(() => undefined);
    }
    if (pending && !pending.abandoned) {
      this.options.onWorkerEvent?.(`${pending.path}: ${reason}`);
      this.settle(pending, () => pending.resolve(pending.unanswered(reason)));
    }
    this.pump();
  }

  private timedOut(slot: Slot, pending: Pending): void {
    if (slot.current !== pending) {
      return;
    }
    if (pending.abandoned) {
      this.lose(slot, 'cancelled');
      return;
    }
    this.lose(slot, `analysis did not finish in ${seconds(pending.timeoutMs)} s`);
  }

  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
    }
    pending.abandoned = true;
    this.settle(pending, () => pending.reject(pending.signal?.reason ?? new Error('cancelled')));
    const slot = this.slots.find((s) => s.current === pending);
    if (slot) {
      // Let the worker finish the abandoned job briefly; a worker still busy after that is replaced.
      clearTimeout(slot.timer);
      slot.timer = setTimeout(() => {
        if (slot.current === pending) {
          this.options.onWorkerEvent?.(
            `${pending.path}: cancelled; the analysis worker was still busy after ${this.grace} ms and was stopped`,
          );
          this.lose(slot, 'cancelled');
        }
      }, this.grace);
    }
  }
}
