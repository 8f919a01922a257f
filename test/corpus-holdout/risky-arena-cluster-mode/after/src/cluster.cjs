'use strict';

const cluster = require('cluster');
const os = require('os');

const WORKERS = Number(process.env.ARENA_WORKERS || os.cpus().length);

if (cluster.isPrimary) {
  console.log(`arena-ws primary ${process.pid} starting ${WORKERS} worker(s)`);
  for (let i = 0; i < WORKERS; i += 1) {
    cluster.fork({ ARENA_WORKER_INDEX: String(i) });
  }
  cluster.on('exit', (worker, code, signal) => {
    console.warn(`worker ${worker.process.pid} exited (${signal || code}); restarting`);
    cluster.fork({ ARENA_WORKER_INDEX: worker.process.env?.ARENA_WORKER_INDEX ?? '0' });
  });
} else {
  require('./server.cjs');
}
