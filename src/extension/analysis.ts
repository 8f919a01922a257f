/**
 * The extension's analysis worker pool (src/node/analysis-pool.ts), made on first use: live
 * re-analysis and Audit Workspace parse and run the rules in a worker thread, never on the
 * extension host's own thread. Per-file times go to the Airlock log at Trace level.
 */
import type * as vscode from 'vscode';
import type { AnalysisPool } from '../node/analysis-pool';
import { engine } from './lazy';
import type { Log } from './log';

export class Analysis implements vscode.Disposable {
  private current: AnalysisPool | undefined;
  private disposed = false;

  constructor(private readonly log: Log) {}

  pool(): AnalysisPool {
    if (this.disposed) {
      throw new Error('Airlock is shutting down');
    }
    if (!this.current) {
      const { AnalysisPool } = engine();
      this.current = new AnalysisPool({
        onAnalyzed: (path, t) =>
          this.log.trace(
            'analysis',
            () =>
              `${path}: ${t.workerMs.toFixed(1)} ms in the worker, ${t.roundTripMs.toFixed(1)} ms round trip, ${t.queuedMs.toFixed(1)} ms queued`,
          ),
        onWorkerEvent: (message) => this.log.warn('analysis', message),
      });
      this.log.info('analysis', 'analysis worker pool started (1 worker)');
    }
    return this.current;
  }

  /** Starts the worker ahead of the first live edit (it loads the parsers in the background). */
  warm(): void {
    this.pool().warm();
  }

  dispose(): void {
    this.disposed = true;
    void this.current?.dispose();
    this.current = undefined;
  }
}
