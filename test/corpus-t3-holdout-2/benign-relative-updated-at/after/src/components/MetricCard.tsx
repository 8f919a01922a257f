import type { Metric } from '../api';
import { formatRelative, formatValue, isStale } from '../utils/format';

export function MetricCard({ metric }: { metric: Metric }) {
  return (
    <section className={isStale(metric.updatedAt) ? 'card stale' : 'card'}>
      <h2>{metric.name}</h2>
      <p className="value">{formatValue(metric.value, metric.unit)}</p>
      <small title={metric.updatedAt}>updated {formatRelative(metric.updatedAt)}</small>
    </section>
  );
}
