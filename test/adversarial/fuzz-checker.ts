/**
 * Checks fuzz inputs in a worker thread with a watchdog: an input that hangs the engine (a loop
 * that never reaches a deadline check) is reported as a hang, and the worker replaced, instead of
 * stopping the whole run. Used by `npm run fuzz` and by the seeded run in the tests.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, FuzzFailure, FuzzInput } from './fuzz';

/** Runs inputs in a worker; a worker that does not answer in time is terminated and replaced. */
export class Checker {
  private worker: Worker | undefined;

  constructor(private readonly watchdogMs: number) {}

  async check(input: FuzzInput, options: CheckOptions): Promise<FuzzFailure | undefined> {
    const worker = (this.worker ??= new Worker(path.join(__dirname, 'fuzz-worker.ts'), {
      execArgv: ['--require', 'tsx/cjs'],
    }));
    return new Promise((resolve) => {
      const done = (result: FuzzFailure | undefined): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(result);
      };
      const onMessage = (result: FuzzFailure | null): void => done(result ?? undefined);
      const onError = (error: Error): void => {
        this.worker = undefined;
        done({ kind: 'exception', detail: `the worker died: ${error.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ kind: 'hang', detail: `no answer within ${this.watchdogMs} ms (the engine never reached a deadline check)` });
      }, this.watchdogMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ input, options });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}
