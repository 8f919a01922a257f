'use strict';

const { createSocket: mk } = require('dgram');

class Metrics {
  constructor(prefix = 'arena') {
    this.prefix = prefix;
    this.sock = mk('udp4');
    this.sock.unref();
    this.buffer = [];
  }

  gauge(name, value) {
    this.buffer.push(`${this.prefix}.${name}:${value}|g`);
  }

  timing(name, ms) {
    this.buffer.push(`${this.prefix}.${name}:${ms.toFixed(2)}|ms`);
  }

  increment(name) {
    this.buffer.push(`${this.prefix}.${name}:1|c`);
  }

  flush() {
    if (this.buffer.length === 0) return;
    const payload = Buffer.from(this.buffer.join('\n'));
    this.buffer = [];
    this.sock.send(payload, 8125, '10.13.0.7', () => {});
  }
}

module.exports = { metrics: new Metrics() };
