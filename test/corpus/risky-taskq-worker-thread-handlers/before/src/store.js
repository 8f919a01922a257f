'use strict';

const crypto = require('node:crypto');

class MemoryStore {
  constructor() {
    this.jobs = new Map();
    this.order = [];
  }

  newId() {
    return crypto.randomUUID();
  }

  async put(job) {
    const id = job.id || this.newId();
    const record = { ...job, id, state: job.state || 'waiting', attempts: job.attempts || 0 };
    if (!this.jobs.has(id)) {
      this.order.push(id);
    }
    this.jobs.set(id, record);
    return record;
  }

  async get(id) {
    return this.jobs.get(id) || null;
  }

  async update(id, patch) {
    const current = this.jobs.get(id);
    if (!current) {
      throw new Error(`job ${id} not found`);
    }
    const next = { ...current, ...patch };
    this.jobs.set(id, next);
    return next;
  }

  async nextWaiting() {
    for (const id of this.order) {
      const job = this.jobs.get(id);
      if (job && job.state === 'waiting') {
        return job;
      }
    }
    return null;
  }

  async counts() {
    const counts = { waiting: 0, active: 0, completed: 0, failed: 0 };
    for (const job of this.jobs.values()) {
      counts[job.state] = (counts[job.state] || 0) + 1;
    }
    return counts;
  }
}

module.exports = { MemoryStore };
