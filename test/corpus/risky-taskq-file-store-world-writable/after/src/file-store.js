'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { MemoryStore } = require('./store');

/**
 * MemoryStore that snapshots its contents to `<dir>/jobs.json` after every
 * mutation, and restores them on construction.
 */
class FileStore extends MemoryStore {
  constructor({ dir = '.taskq' } = {}) {
    super();
    this.dir = dir;
    this.file = path.join(dir, 'jobs.json');
    fs.mkdirSync(dir, { recursive: true });
    // Queues are often shared between a web container and a worker container
    // running as different users.
    fs.chmodSync(dir, 0o777);
    this.restore();
  }

  restore() {
    if (!fs.existsSync(this.file)) return;
    const data = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    for (const job of data.jobs) {
      // Jobs that were running when we stopped go back to waiting.
      const state = job.state === 'active' || job.state === 'delayed' ? 'waiting' : job.state;
      this.jobs.set(job.id, { ...job, state });
      this.order.push(job.id);
    }
  }

  flush() {
    const jobs = this.order.map((id) => this.jobs.get(id));
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, jobs }));
    fs.renameSync(tmp, this.file);
  }

  async put(job) {
    const record = await super.put(job);
    this.flush();
    return record;
  }

  async update(id, patch) {
    const next = await super.update(id, patch);
    this.flush();
    return next;
  }
}

module.exports = { FileStore };
