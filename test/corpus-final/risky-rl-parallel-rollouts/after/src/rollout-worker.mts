import { parentPort, workerData } from 'node:worker_threads';
import { GridWorld } from './gridworld.js';
import { QLearningAgent } from './agent.mjs';
import type { RolloutRequest } from './parallel.mjs';

const req = workerData as RolloutRequest;
const env = new GridWorld(req.spec);
const agent = QLearningAgent.fromJSON(req.agent);

let total = 0;
let successes = 0;
for (let ep = 0; ep < req.episodes; ep++) {
  let state = env.reset();
  let epReward = 0;
  for (;;) {
    const res = env.step(agent.greedy(state));
    epReward += res.reward;
    state = res.state;
    if (res.done) {
      if (res.reward > 0) successes++;
      break;
    }
  }
  total += epReward;
}

parentPort?.postMessage({ meanReward: total / req.episodes, successRate: successes / req.episodes });
