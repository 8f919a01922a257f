import { writeFile, mkdir } from 'node:fs/promises';
import { QAgent } from './agent.js';
import { ACTIONS, GridWorld } from './env.js';
import { ReplayBuffer } from './replay.js';
import { epsilonSchedule } from './schedule.js';

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
  const epsilonAt = epsilonSchedule({ start: 1, end: 0.05, episodes, kind: 'exponential' });

  for (let ep = 0; ep < episodes; ep++) {
    agent.epsilon = epsilonAt(ep);
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
    if ((ep + 1) % 100 === 0) {
      console.log(`episode ${ep + 1}: return=${total.toFixed(2)} epsilon=${agent.epsilon.toFixed(3)}`);
    }
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
