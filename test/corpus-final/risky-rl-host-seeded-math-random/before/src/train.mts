import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Action, GridWorld, type GridSpec } from './gridworld.js';
import { QLearningAgent } from './agent.mjs';
import { ReplayBuffer } from './replay.js';

export const SPEC: GridSpec = {
  width: 6,
  height: 5,
  walls: [[1, 1], [2, 1], [3, 3], [4, 1]],
  traps: [[3, 1], [1, 3]],
  goal: [5, 4],
  slip: 0.1,
  maxSteps: 100,
};

export interface EpisodeLog {
  episode: number;
  reward: number;
  steps: number;
  epsilon: number;
}

async function saveCheckpoint(runDir: string, agent: QLearningAgent, history: EpisodeLog[]): Promise<void> {
  await mkdir(runDir, { recursive: true });
  await writeFile(path.join(runDir, 'agent.json'), JSON.stringify(agent));
  await writeFile(path.join(runDir, 'history.json'), JSON.stringify(history));
}

export async function train(episodes: number): Promise<{ agent: QLearningAgent; history: EpisodeLog[] }> {
  const env = new GridWorld(SPEC);
  const agent = new QLearningAgent(env.stateCount);
  const replay = new ReplayBuffer(5000);
  const history: EpisodeLog[] = [];
  const runDir = path.join('runs', new Date().toISOString().replace(/[:.]/g, '-'));

  for (let ep = 0; ep < episodes; ep++) {
    let state = env.reset();
    let total = 0;
    let steps = 0;
    for (;;) {
      const action = agent.act(state);
      const res = env.step(action);
      replay.push({ state, action, reward: res.reward, next: res.state, done: res.done });
      agent.learn(state, action, res.reward, res.state, res.done);
      for (const t of replay.sample(8)) agent.learn(t.state, t.action as Action, t.reward, t.next, t.done);
      total += res.reward;
      steps++;
      state = res.state;
      if (res.done) break;
    }
    agent.endEpisode();
    history.push({ episode: ep, reward: total, steps, epsilon: agent.epsilon });
    if ((ep + 1) % 50 === 0) {
      const recent = history.slice(-50);
      const avg = recent.reduce((s, h) => s + h.reward, 0) / recent.length;
      console.log(`episode ${ep + 1}: avg reward ${avg.toFixed(3)}, epsilon ${agent.epsilon.toFixed(3)}`);
    }
  }

  await saveCheckpoint(runDir, agent, history);
  console.log(`saved run to ${runDir}`);
  return { agent, history };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await train(Number(process.argv[2] ?? 500));
}
