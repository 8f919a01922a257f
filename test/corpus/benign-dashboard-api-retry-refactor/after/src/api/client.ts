export interface ApiErrorBody {
  message: string;
  code?: string;
}

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const BASE_URL = '/api';

const RETRYABLE = new Set([502, 503, 504]);
const MAX_ATTEMPTS = 3;

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

async function request(path: string, signal?: AbortSignal): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${BASE_URL}${path}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
    if (!RETRYABLE.has(res.status) || attempt >= MAX_ATTEMPTS) {
      return res;
    }
    await delay(200 * 2 ** (attempt - 1), signal);
  }
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await request(path, signal);
  if (!res.ok) {
    let body: ApiErrorBody | undefined;
    try {
      body = (await res.json()) as ApiErrorBody;
    } catch {
      body = undefined;
    }
    throw new ApiError(res.status, body?.message ?? res.statusText, body?.code);
  }
  return (await res.json()) as T;
}

export interface User {
  id: number;
  name: string;
  email: string;
  role: 'admin' | 'member' | 'viewer';
  lastActiveAt: string;
}

export interface Metric {
  key: string;
  label: string;
  value: number;
  previous: number;
  unit?: '%' | 'ms' | 'count';
}

export const getUsers = (signal?: AbortSignal) => apiGet<User[]>('/users', signal);
export const getMetrics = (signal?: AbortSignal) => apiGet<Metric[]>('/metrics', signal);
