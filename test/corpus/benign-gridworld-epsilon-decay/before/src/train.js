import { writeFile, mkdir } from 'node:fs/promises';
import { QAgent } from './agent.js';
import { ACTIONS, GridWorld } from './env.js';
import { ReplayBuffer } from './replay.js';

const LAYOUT = [
  'S...#....',
  '.##.#.##.',
  '.#......X',
  '.#.####..',
  '...#...#G',
];

export function train({ episodes = 500, batchSize = 32, checkpointDir = 'checkpoints' } = {}) {
  const env = new GridWorld(LAYOUT);
  const agent = new QAgent(env.numStates);
  const buffer = new ReplayBuffer(5000);
  const returns = [];

  for (let ep = 0; ep < episodes; ep++) {
    let state = env.reset();
    let total = 0;
    for (;;) {
      const action = agent.act(state);
      const { state: next, reward, done } = env.step(ACTIONS[action]);
      buffer.push({ state, action, reward, next, done });
      total += reward;
      for (const t of buffer.sample(batchSize)) {
        agent.update(t.state, t.action, t.reward, t.next, t.done);
      }
      state = next;
      if (done) break;
    }
    returns.push(total);
  }
  return { agent, returns, checkpointDir };
}

async function main() {
  const episodes = Number(process.argv[2] ?? 500);
  const { agent, returns, checkpointDir } = train({ episodes });
  const last = returns.slice(-50);
  const avg = last.reduce((a, b) => a + b, 0) / last.length;
  console.log(`episodes=${episodes} avgReturn(last50)=${avg.toFixed(3)}`);
  await mkdir(checkpointDir, { recursive: true });
  await writeFile(`${checkpointDir}/q-table.json`, JSON.stringify(agent.toJSON()));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
