import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface RemoteHost {
  alias: string;
  hostName?: string;
  user?: string;
  port?: number;
  identityFile?: string;
}

export function parseSshConfig(text: string): RemoteHost[] {
  const hosts: RemoteHost[] = [];
  let current: RemoteHost | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    switch (key.toLowerCase()) {
      case 'host':
        current = { alias: value };
        if (!value.includes('*')) hosts.push(current);
        break;
      case 'hostname':
        if (current) current.hostName = value;
        break;
      case 'user':
        if (current) current.user = value;
        break;
      case 'port':
        if (current) current.port = Number(value);
        break;
      case 'identityfile':
        if (current) current.identityFile = value;
        break;
      default:
        break;
    }
  }
  return hosts;
}

export async function listRemoteHosts(): Promise<{ hosts: RemoteHost[]; keys: string[] }> {
  const sshDir = path.join(os.homedir(), '.ssh');
  let hosts: RemoteHost[] = [];
  try {
    const config = await fsp.readFile(path.join(sshDir, 'config'), 'utf8');
    hosts = parseSshConfig(config);
  } catch {
    hosts = [];
  }
  const keys = (await fsp.readdir(sshDir).catch(() => [] as string[])).filter((f) => f.startsWith('id_'));
  return { hosts, keys };
}
