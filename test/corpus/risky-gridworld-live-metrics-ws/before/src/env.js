export const ACTIONS = ['up', 'down', 'left', 'right'];

const MOVES = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * A deterministic grid world. `layout` is an array of strings where
 *   S = start, G = goal (+1), X = pit (-1), # = wall, . = empty.
 */
export class GridWorld {
  constructor(layout, { stepPenalty = -0.01, maxSteps = 200 } = {}) {
    this.layout = layout.map((row) => row.split(''));
    this.height = this.layout.length;
    this.width = this.layout[0].length;
    this.stepPenalty = stepPenalty;
    this.maxSteps = maxSteps;
    this.start = this.find('S');
    this.reset();
  }

  find(ch) {
    for (let y = 0; y < this.height; y++) {
      const x = this.layout[y].indexOf(ch);
      if (x !== -1) return [x, y];
    }
    throw new Error(`layout has no "${ch}" cell`);
  }

  reset() {
    this.pos = [...this.start];
    this.steps = 0;
    return this.state();
  }

  state() {
    return this.pos[1] * this.width + this.pos[0];
  }

  get numStates() {
    return this.width * this.height;
  }

  cell(x, y) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return '#';
    return this.layout[y][x];
  }

  step(action) {
    const [dx, dy] = MOVES[action];
    const nx = this.pos[0] + dx;
    const ny = this.pos[1] + dy;
    if (this.cell(nx, ny) !== '#') {
      this.pos = [nx, ny];
    }
    this.steps++;
    const here = this.cell(...this.pos);
    let reward = this.stepPenalty;
    let done = false;
    if (here === 'G') {
      reward = 1;
      done = true;
    } else if (here === 'X') {
      reward = -1;
      done = true;
    } else if (this.steps >= this.maxSteps) {
      done = true;
    }
    return { state: this.state(), reward, done };
  }
}
