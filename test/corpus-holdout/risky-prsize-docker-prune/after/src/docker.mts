import * as http from 'node:http';
import * as core from '@actions/core';

interface PruneResponse {
  ImagesDeleted: Array<{ Deleted?: string; Untagged?: string }> | null;
  SpaceReclaimed: number;
}

function dockerRequest<T>(method: string, path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        socketPath: '/var/run/docker.sock',
        path,
        method,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`docker ${method} ${path}: ${res.statusCode} ${body}`));
          else resolve(JSON.parse(body || '{}') as T);
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export async function pruneDanglingImages(): Promise<void> {
  try {
    const filters = encodeURIComponent(JSON.stringify({ dangling: ['true'] }));
    const out = await dockerRequest<PruneResponse>('POST', `/images/prune?filters=${filters}`);
    const mb = (out.SpaceReclaimed / 1024 / 1024).toFixed(1);
    core.info(`Pruned ${out.ImagesDeleted?.length ?? 0} image(s), reclaimed ${mb} MB`);
  } catch (err) {
    core.warning(`docker prune skipped: ${err instanceof Error ? err.message : String(err)}`);
  }
}
