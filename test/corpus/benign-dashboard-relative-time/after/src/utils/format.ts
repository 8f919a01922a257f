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

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const diffSeconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, seconds] of UNITS) {
    if (Math.abs(diffSeconds) >= seconds || unit === 'second') {
      return relative.format(Math.trunc(diffSeconds / seconds), unit);
    }
  }
  return relative.format(0, 'second');
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}
