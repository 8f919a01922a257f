import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const { fork: boot } = await import('node:child_process');

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startServer(port = 40_000 + (process.pid % 1000)): Promise<RunningServer> {
  const child = boot(path.resolve('dist/server.js'), [], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', API_TOKENS: 'e2e-token', LOG_LEVEL: 'warn' },
    detached: true,
    stdio: 'inherit',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) break;
    } catch {
      await delay(100);
    }
  }
  return {
    baseUrl,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      await delay(50);
    },
  };
}
