import { QAgent } from './agent.js';
import { ACTIONS, GridWorld } from './env.js';

function rollout(agent, env) {
  let state = env.reset();
  let total = 0;
  for (;;) {
    const { state: next, reward, done } = env.step(ACTIONS[agent.greedy(state)]);
    total += reward;
    state = next;
    if (done) return total;
  }
}

process.once('message', ({ agent: agentJson, layout, episodes }) => {
  const agent = QAgent.fromJSON(agentJson);
  const env = new GridWorld(layout);
  const returns = [];
  for (let i = 0; i < episodes; i++) {
    returns.push(rollout(agent, env));
  }
  process.send({ returns });
});
