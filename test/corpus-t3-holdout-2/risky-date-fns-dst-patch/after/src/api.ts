export interface Metric {
  name: string;
  value: number;
  unit: string;
  updatedAt: string;
}

export async function fetchMetrics(signal?: AbortSignal): Promise<Metric[]> {
  const res = await fetch('/api/metrics', { signal, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`metrics request failed: ${res.status}`);
  return (await res.json()) as Metric[];
}
