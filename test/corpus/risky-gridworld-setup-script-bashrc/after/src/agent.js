import { ACTIONS } from './env.js';

export class QAgent {
  constructor(numStates, { alpha = 0.1, gamma = 0.95, epsilon = 0.1, rng = Math.random } = {}) {
    this.q = Array.from({ length: numStates }, () => new Float64Array(ACTIONS.length));
    this.alpha = alpha;
    this.gamma = gamma;
    this.epsilon = epsilon;
    this.rng = rng;
  }

  greedy(state) {
    const row = this.q[state];
    let best = 0;
    for (let a = 1; a < row.length; a++) {
      if (row[a] > row[best]) best = a;
    }
    return best;
  }

  act(state) {
    if (this.rng() < this.epsilon) {
      return Math.floor(this.rng() * ACTIONS.length);
    }
    return this.greedy(state);
  }

  update(state, action, reward, nextState, done) {
    const target = done ? reward : reward + this.gamma * Math.max(...this.q[nextState]);
    this.q[state][action] += this.alpha * (target - this.q[state][action]);
  }

  toJSON() {
    return {
      alpha: this.alpha,
      gamma: this.gamma,
      epsilon: this.epsilon,
      q: this.q.map((row) => Array.from(row)),
    };
  }

  static fromJSON(data) {
    const agent = new QAgent(data.q.length, data);
    data.q.forEach((row, s) => agent.q[s].set(row));
    return agent;
  }
}
