const BASE_URL = process.env.NEXT_PUBLIC_API_URL ?? '/api';

export interface Payout {
  id: string;
  amountCents: number;
  status: 'pending' | 'paid' | 'failed';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, { credentials: 'include', ...init });
  if (!res.ok) throw new ApiError(res.status, `${init.method ?? 'GET'} ${path} failed: ${res.status}`);
  return res.status === 204 ? (undefined as T) : res.json();
}

export function listPayouts(): Promise<Payout[]> {
  return apiFetch<Payout[]>('/payouts');
}

export function retryPayout(id: string): Promise<void> {
  return apiFetch<void>(`/payouts/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}
