import { useEffect, useState } from 'react';

export interface Metric {
  name: string;
  value: number;
  ts: number;
}

export function useMetrics(pollMs = 5000) {
  const [data, setData] = useState<Metric[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const res = await fetch('/api/metrics');
        if (!res.ok) throw new Error(String(res.status));
        const json = (await res.json()) as Metric[];
        if (alive) setData(json);
      } catch (e) {
        if (alive) setError((e as Error).message);
      }
    };
    load();
    const t = setInterval(load, pollMs);
    return () => {
      alive = false;
      clearInterval(t);
    };
  }, [pollMs]);

  return { data, error };
}
