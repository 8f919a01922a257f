/**
 * The analysis worker's entry (bundled as `dist/analysis-worker.js`): a `worker_threads` worker
 * that analyzes files for the pool in analysis-pool.ts, so that parsing and the rules never run on
 * the editor's extension-host thread. It reads nothing but the messages it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../core/engine/analyze';
import { runJob, serveAnalysis, warmUp } from './analysis-job';

if (parentPort) {
  serveAnalysis(parentPort, runJob, warmUp(DEFAULT_LIMITS));
}
