const { nextJob, setStatus } = require('./db');
const { handlers } = require('./jobs');

async function tick() {
  const job = await nextJob();
  if (!job) return false;
  const handler = Object.prototype.hasOwnProperty.call(handlers, job.type) ? handlers[job.type] : null;
  if (!handler) {
    await setStatus(job.id, 'unknown');
    return true;
  }
  try {
    await handler(JSON.parse(job.payload));
    await setStatus(job.id, 'done');
  } catch (err) {
    console.error(`job ${job.id} failed`, err);
    await setStatus(job.id, 'failed');
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
