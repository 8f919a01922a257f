import type { Metric } from '../api';
import { formatValue } from '../utils/format';
import { PLACEHOLDER_PNG, TREND_UP_SVG } from './icons';

export function MetricCard({ metric }: { metric: Metric }) {
  return (
    <section className="card">
      <h2>
        <img src={TREND_UP_SVG} alt="" width={10} height={10} /> {metric.name}
      </h2>
      <img className="spark" src={PLACEHOLDER_PNG} alt="" />
      <p className="value">{formatValue(metric.value, metric.unit)}</p>
      <small>updated {metric.updatedAt}</small>
    </section>
  );
}
