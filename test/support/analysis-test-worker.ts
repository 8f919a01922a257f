/**
 * An analysis worker for the pool's tests: the real jobs, except for files whose path asks for a
 * failure (`hang` busy-loops forever, `crash` exits the worker, `throw` throws). Only the tests
 * construct a pool with this script; the shipped worker has no such paths.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, serveAnalysis } from '../../src/node/analysis-job';

if (parentPort) {
  serveAnalysis(parentPort, (job, limits) => {
    if (job.path.includes('hang')) {
      for (;;) {
        // A parser stuck in a loop: never yields, never answers.
      }
    }
    if (job.path.includes('crash')) {
      process.exit(3);
    }
    if (job.path.includes('throw')) {
      throw new Error('the test worker threw');
    }
    return runJob(job, limits);
  });
}
