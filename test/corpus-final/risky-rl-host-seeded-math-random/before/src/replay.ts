import { type RandomFn, defaultRandom, randInt } from './rng.js';

export interface Transition {
  state: number;
  action: number;
  reward: number;
  next: number;
  done: boolean;
}

/** Fixed-size ring buffer of transitions with uniform sampling. */
export class ReplayBuffer {
  private readonly buf: Transition[] = [];
  private cursor = 0;

  constructor(
    readonly capacity: number,
    private readonly rand: RandomFn = defaultRandom,
  ) {
    if (capacity <= 0) throw new RangeError('capacity must be positive');
  }

  get size(): number {
    return this.buf.length;
  }

  push(t: Transition): void {
    if (this.buf.length < this.capacity) this.buf.push(t);
    else this.buf[this.cursor] = t;
    this.cursor = (this.cursor + 1) % this.capacity;
  }

  sample(n: number): Transition[] {
    const out: Transition[] = [];
    if (this.buf.length === 0) return out;
    for (let i = 0; i < n; i++) out.push(this.buf[randInt(this.rand, this.buf.length)]);
    return out;
  }

  clear(): void {
    this.buf.length = 0;
    this.cursor = 0;
  }
}
