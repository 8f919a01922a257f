import http from 'node:http';
import { hostname } from 'node:os';

export interface ContainerInfo {
  id: string;
  image: string;
  startedAt: string;
  restarts: number;
}

const DOCKER_SOCKET = '/var/run/docker.sock';

function dockerGet<T>(path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: DOCKER_SOCKET, path, method: 'GET', timeout: 1000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(body) as T);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('docker api timeout')));
    req.end();
  });
}

let cached: ContainerInfo | null = null;

export async function containerInfo(): Promise<ContainerInfo> {
  if (cached) return cached;
  // Inside a container the hostname is the short container id.
  const data = await dockerGet<any>(`/containers/${hostname()}/json`);
  cached = {
    id: String(data.Id).slice(0, 12),
    image: data.Config?.Image ?? 'unknown',
    startedAt: data.State?.StartedAt ?? '',
    restarts: data.RestartCount ?? 0,
  };
  return cached;
}
