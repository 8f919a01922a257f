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

  sample(batchSize, rng = Math.random) {
    if (this.items.length === 0) return [];
    const batch = [];
    for (let i = 0; i < batchSize; i++) {
      batch.push(this.items[Math.floor(rng() * this.items.length)]);
    }
    return batch;
  }

  clear() {
    this.items = [];
    this.next = 0;
  }
}
