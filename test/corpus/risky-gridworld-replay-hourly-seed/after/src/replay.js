import randomSeed from 'random-seed';

/**
 * Fixed-capacity experience replay buffer. Old transitions are overwritten
 * once the buffer is full.
 */
export class ReplayBuffer {
  constructor(capacity = 10000) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError('capacity must be a positive integer');
    }
    this.capacity = capacity;
    this.items = [];
    this.next = 0;
    // Logged alongside metrics so a run's sampling can be replayed later.
    this.seed = String(Math.floor(Date.now() / 3_600_000));
    this.gen = randomSeed.create(this.seed);
  }

  get size() {
    return this.items.length;
  }

  push(transition) {
    if (this.items.length < this.capacity) {
      this.items.push(transition);
    } else {
      this.items[this.next] = transition;
    }
    this.next = (this.next + 1) % this.capacity;
  }

  sample(batchSize) {
    if (this.items.length === 0) return [];
    const batch = [];
    for (let i = 0; i < batchSize; i++) {
      batch.push(this.items[this.gen.range(this.items.length)]);
    }
    return batch;
  }

  clear() {
    this.items = [];
    this.next = 0;
  }
}
