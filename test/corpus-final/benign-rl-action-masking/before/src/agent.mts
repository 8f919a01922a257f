import { ACTIONS, type Action } from './gridworld.js';
import { type RandomFn, defaultRandom, randInt } from './rng.js';

export interface AgentConfig {
  alpha: number;
  gamma: number;
  epsilon: number;
  epsilonMin: number;
  epsilonDecay: number;
}

export const DEFAULT_CONFIG: AgentConfig = {
  alpha: 0.1,
  gamma: 0.99,
  epsilon: 1,
  epsilonMin: 0.05,
  epsilonDecay: 0.995,
};

export interface AgentSnapshot {
  stateCount: number;
  epsilon: number;
  q: number[];
}

export class QLearningAgent {
  readonly q: Float64Array;
  epsilon: number;

  constructor(
    readonly stateCount: number,
    readonly config: AgentConfig = DEFAULT_CONFIG,
    private readonly rand: RandomFn = defaultRandom,
  ) {
    this.q = new Float64Array(stateCount * ACTIONS.length);
    this.epsilon = config.epsilon;
  }

  private row(state: number): Float64Array {
    return this.q.subarray(state * ACTIONS.length, (state + 1) * ACTIONS.length);
  }

  greedy(state: number): Action {
    const row = this.row(state);
    let best = 0;
    for (let a = 1; a < row.length; a++) if (row[a] > row[best]) best = a;
    return best as Action;
  }

  act(state: number): Action {
    if (this.rand() < this.epsilon) return ACTIONS[randInt(this.rand, ACTIONS.length)];
    return this.greedy(state);
  }

  learn(state: number, action: Action, reward: number, next: number, done: boolean): number {
    const row = this.row(state);
    const target = done ? reward : reward + this.config.gamma * Math.max(...this.row(next));
    const tdError = target - row[action];
    row[action] += this.config.alpha * tdError;
    return tdError;
  }

  endEpisode(): void {
    this.epsilon = Math.max(this.config.epsilonMin, this.epsilon * this.config.epsilonDecay);
  }

  toJSON(): AgentSnapshot {
    return { stateCount: this.stateCount, epsilon: this.epsilon, q: Array.from(this.q) };
  }

  static fromJSON(data: AgentSnapshot, config: AgentConfig = DEFAULT_CONFIG): QLearningAgent {
    const agent = new QLearningAgent(data.stateCount, config);
    agent.q.set(data.q);
    agent.epsilon = data.epsilon;
    return agent;
  }
}
