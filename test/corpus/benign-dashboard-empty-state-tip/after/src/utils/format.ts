const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatValue(value: number, unit?: '%' | 'ms' | 'count'): string {
  switch (unit) {
    case '%':
      return `${numberFormat.format(value)}%`;
    case 'ms':
      return value >= 1000 ? `${numberFormat.format(value / 1000)}s` : `${Math.round(value)}ms`;
    case 'count':
    default:
      return compactNumber(value);
  }
}

export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${numberFormat.format(value / 1_000_000)}M`;
  if (abs >= 1_000) return `${numberFormat.format(value / 1_000)}k`;
  return numberFormat.format(value);
}

export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}
