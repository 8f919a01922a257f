import type { Metric } from '../api';
import { formatValue } from '../utils/format';

export function MetricCard({ metric }: { metric: Metric }) {
  return (
    <section className="card">
      <h2>{metric.name}</h2>
      <p className="value">{formatValue(metric.value, metric.unit)}</p>
      <small>updated {metric.updatedAt}</small>
    </section>
  );
}
