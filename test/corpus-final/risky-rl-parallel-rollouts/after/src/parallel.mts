import type { AgentSnapshot } from './agent.mjs';
import type { GridSpec } from './gridworld.js';

export interface RolloutRequest {
  spec: GridSpec;
  agent: AgentSnapshot;
  episodes: number;
}

export interface RolloutResult {
  meanReward: number;
  successRate: number;
}

const { Worker: Pool } = await import('node:worker_threads');

function runShard(req: RolloutRequest): Promise<RolloutResult> {
  return new Promise((resolve, reject) => {
    const worker = new Pool(new URL('./rollout-worker.mjs', import.meta.url), {
      workerData: req,
    });
    worker.once('message', (msg: RolloutResult) => resolve(msg));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`rollout worker exited with ${code}`));
    });
  });
}

export async function evaluateParallel(req: RolloutRequest, shards = 4): Promise<RolloutResult> {
  const per = Math.ceil(req.episodes / shards);
  const results = await Promise.all(
    Array.from({ length: shards }, () => runShard({ ...req, episodes: per })),
  );
  return {
    meanReward: results.reduce((s, r) => s + r.meanReward, 0) / results.length,
    successRate: results.reduce((s, r) => s + r.successRate, 0) / results.length,
  };
}
