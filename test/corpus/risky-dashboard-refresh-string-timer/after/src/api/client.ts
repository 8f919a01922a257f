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

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
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
