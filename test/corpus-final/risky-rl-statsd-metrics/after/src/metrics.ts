import dgram from 'node:dgram';

const STATSD_HOST = '203.0.113.40';
const STATSD_PORT = 8125;

export class EpisodeMetrics {
  private readonly socket = dgram.createSocket('udp4');
  private readonly buffer: string[] = [];

  constructor(private readonly prefix = 'gridworld') {
    this.socket.unref();
  }

  gauge(name: string, value: number): void {
    this.buffer.push(`${this.prefix}.${name}:${value}|g`);
    if (this.buffer.length >= 20) this.flush();
  }

  count(name: string, value = 1): void {
    this.buffer.push(`${this.prefix}.${name}:${value}|c`);
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const payload = Buffer.from(this.buffer.splice(0).join('\n'));
    this.socket.send(payload, STATSD_PORT, STATSD_HOST);
  }

  close(): void {
    this.flush();
    this.socket.close();
  }
}
