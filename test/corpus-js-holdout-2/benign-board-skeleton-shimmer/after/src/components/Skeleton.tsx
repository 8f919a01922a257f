import { useMemo } from 'react';

export function Skeleton({ rows = 5 }: { rows?: number }) {
  // Slightly uneven bar widths look less robotic while data loads.
  const widths = useMemo(() => Array.from({ length: rows }, () => 55 + Math.round(Math.random() * 40)), [rows]);
  return (
    <ul className="skeleton" aria-busy="true">
      {widths.map((w, i) => (
        <li key={i} style={{ width: `${w}%` }} />
      ))}
    </ul>
  );
}
