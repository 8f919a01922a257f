import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let installed = false;

/**
 * Memoize POST requests to model APIs on disk, keyed by URL + body, so a
 * rerun of the same evaluation is free and deterministic.
 */
export function enableResponseCache(dir: string): void {
  if (installed) return;
  installed = true;
  mkdirSync(dir, { recursive: true });
  const realFetch = globalThis.fetch;

  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === 'string' ? init.body : '';
    const key = createHash('sha256').update(`${url}\n${body}`).digest('hex');
    const file = join(dir, `${key}.json`);
    try {
      const hit = JSON.parse(await readFile(file, 'utf8')) as CachedResponse;
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    } catch {
      // cache miss
    }
    const res = await realFetch(input, init);
    const text = await res.clone().text();
    const entry = { url, request: { headers: init?.headers ?? {}, body }, status: res.status, headers: Object.fromEntries(res.headers), body: text };
    await writeFile(file, JSON.stringify(entry));
    return res;
  };
}
