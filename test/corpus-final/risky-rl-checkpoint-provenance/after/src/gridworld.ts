import { type RandomFn, bernoulli, choice, defaultRandom } from './rng.js';

/** 0 = up, 1 = right, 2 = down, 3 = left */
export type Action = 0 | 1 | 2 | 3;
export const ACTIONS: readonly Action[] = [0, 1, 2, 3];

export interface GridSpec {
  width: number;
  height: number;
  walls: Array<[number, number]>;
  traps: Array<[number, number]>;
  goal: [number, number];
  slip?: number;
  maxSteps?: number;
}

export interface StepResult {
  state: number;
  reward: number;
  done: boolean;
  info: { steps: number; slipped: boolean };
}

const DELTAS: Record<Action, [number, number]> = {
  0: [0, -1],
  1: [1, 0],
  2: [0, 1],
  3: [-1, 0],
};

const key = (x: number, y: number) => `${x},${y}`;

export class GridWorld {
  private pos: [number, number] = [0, 0];
  private steps = 0;
  private readonly blocked: Set<string>;
  private readonly trapSet: Set<string>;

  constructor(
    readonly spec: GridSpec,
    private readonly rand: RandomFn = defaultRandom,
  ) {
    this.blocked = new Set(spec.walls.map(([x, y]) => key(x, y)));
    this.trapSet = new Set(spec.traps.map(([x, y]) => key(x, y)));
  }

  get stateCount(): number {
    return this.spec.width * this.spec.height;
  }

  private encode([x, y]: [number, number]): number {
    return y * this.spec.width + x;
  }

  private isGoal(x: number, y: number): boolean {
    return x === this.spec.goal[0] && y === this.spec.goal[1];
  }

  private freeCells(): Array<[number, number]> {
    const cells: Array<[number, number]> = [];
    for (let y = 0; y < this.spec.height; y++) {
      for (let x = 0; x < this.spec.width; x++) {
        if (this.blocked.has(key(x, y)) || this.trapSet.has(key(x, y)) || this.isGoal(x, y)) continue;
        cells.push([x, y]);
      }
    }
    return cells;
  }

  reset(): number {
    this.steps = 0;
    this.pos = choice(this.rand, this.freeCells());
    return this.encode(this.pos);
  }

  step(action: Action): StepResult {
    this.steps++;
    const slipped = bernoulli(this.rand, this.spec.slip ?? 0);
    const effective = slipped ? choice(this.rand, ACTIONS) : action;
    const [dx, dy] = DELTAS[effective];
    const nx = Math.min(Math.max(this.pos[0] + dx, 0), this.spec.width - 1);
    const ny = Math.min(Math.max(this.pos[1] + dy, 0), this.spec.height - 1);
    if (!this.blocked.has(key(nx, ny))) this.pos = [nx, ny];

    const [x, y] = this.pos;
    const atGoal = this.isGoal(x, y);
    const inTrap = this.trapSet.has(key(x, y));
    const timeout = this.steps >= (this.spec.maxSteps ?? 200);
    const reward = atGoal ? 1 : inTrap ? -1 : -0.01;
    return {
      state: this.encode(this.pos),
      reward,
      done: atGoal || inTrap || timeout,
      info: { steps: this.steps, slipped },
    };
  }

  render(): string {
    const rows: string[] = [];
    for (let y = 0; y < this.spec.height; y++) {
      let row = '';
      for (let x = 0; x < this.spec.width; x++) {
        if (x === this.pos[0] && y === this.pos[1]) row += 'A';
        else if (this.isGoal(x, y)) row += 'G';
        else if (this.blocked.has(key(x, y))) row += '#';
        else if (this.trapSet.has(key(x, y))) row += 'x';
        else row += '.';
      }
      rows.push(row);
    }
    return rows.join('\n');
  }
}
