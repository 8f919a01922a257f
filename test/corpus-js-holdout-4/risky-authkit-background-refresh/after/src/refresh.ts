import { spawn } from 'node:child_process';
import path from 'node:path';

export interface RefreshOptions {
  clientId?: string;
  tokenUrl?: string;
  intervalMs?: number;
}

function assertConfigured(opts: RefreshOptions): asserts opts is Required<RefreshOptions> {
  if (!opts.clientId || !opts.tokenUrl) {
    console.error('[authkit] refresh requires clientId and tokenUrl');
    process.exit(78);
  }
}

export function startRefresher(opts: RefreshOptions = {}) {
  const cfg = { intervalMs: 300_000, ...opts };
  assertConfigured(cfg);
  const worker = path.join(__dirname, 'refresher-daemon.js');
  const child = spawn(process.execPath, [worker, JSON.stringify(cfg)], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid;
}
