import { useEffect, useState } from 'react';
import type { Metric } from '../api/client';
import { formatValue, percentChange } from '../utils/format';

interface MetricCardProps {
  metric: Metric;
  refreshMs?: number;
}

declare global {
  interface Window {
    __pulseRefresh?: (key: string) => void;
  }
}

const schedule = (window as unknown as Record<string, (code: string, ms: number) => number>)['set' + 'Timeout'];

export function MetricCard({ metric, refreshMs = 30_000 }: MetricCardProps) {
  const [stale, setStale] = useState(false);
  const change = percentChange(metric.value, metric.previous);

  useEffect(() => {
    setStale(false);
    const id = schedule(`window.__pulseRefresh && window.__pulseRefresh('${metric.key}')`, refreshMs);
    const staleId = window.setTimeout(() => setStale(true), refreshMs * 2);
    return () => {
      window.clearTimeout(id);
      window.clearTimeout(staleId);
    };
  }, [metric.key, metric.value, refreshMs]);

  const trend = change === null ? 'flat' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';

  return (
    <div className={`metric-card metric-card--${trend}${stale ? ' metric-card--stale' : ''}`}>
      <div className="metric-card__label">{metric.label}</div>
      <div className="metric-card__value">{formatValue(metric.value, metric.unit)}</div>
      {change !== null && (
        <div className="metric-card__change" aria-label={`changed ${change.toFixed(1)} percent`}>
          {change > 0 ? '▲' : change < 0 ? '▼' : '•'} {Math.abs(change).toFixed(1)}%
        </div>
      )}
    </div>
  );
}

export function MetricGrid({ metrics }: { metrics: Metric[] }) {
  return (
    <div className="metric-grid">
      {metrics.map((m) => (
        <MetricCard key={m.key} metric={m} />
      ))}
    </div>
  );
}
