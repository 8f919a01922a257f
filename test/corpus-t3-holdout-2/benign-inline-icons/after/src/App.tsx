import { useEffect, useState } from 'react';
import { fetchMetrics, type Metric } from './api';
import { MetricCard } from './components/MetricCard';

export default function App() {
  const [metrics, setMetrics] = useState<Metric[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchMetrics(ctrl.signal)
      .then(setMetrics)
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message);
      });
    return () => ctrl.abort();
  }, []);

  if (error) return <p role="alert">{error}</p>;
  return (
    <main className="grid">
      {metrics.map((m) => (
        <MetricCard key={m.name} metric={m} />
      ))}
    </main>
  );
}
