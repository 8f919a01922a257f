const BASE: string = import.meta.env.VITE_API_BASE ?? '/api';

export class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
  ) {
    super(`${method} ${path} failed: ${status}`);
    this.name = 'HttpError';
  }
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const res = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new HttpError(method, path, res.status);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export const json = (body: unknown): RequestInit['body'] => JSON.stringify(body);
