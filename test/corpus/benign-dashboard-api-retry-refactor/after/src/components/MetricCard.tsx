import type { Metric } from '../api/client';
import { formatValue, percentChange } from '../utils/format';

interface MetricCardProps {
  metric: Metric;
}

export function MetricCard({ metric }: MetricCardProps) {
  const change = percentChange(metric.value, metric.previous);
  const trend = change === null ? 'flat' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';

  return (
    <div className={`metric-card metric-card--${trend}`}>
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
