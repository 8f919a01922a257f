import { useMemo } from 'react';

interface TableSkeletonProps {
  rows: number;
  columns: number;
}

/** Random-looking bar widths so the placeholder does not look like a grid of identical blocks. */
function barWidths(count: number): string[] {
  return Array.from({ length: count }, () => `${40 + Math.round(Math.random() * 50)}%`);
}

export function SkeletonBar({ width }: { width: string }) {
  return <span className="skeleton-bar" style={{ width }} aria-hidden="true" />;
}

export function TableSkeleton({ rows, columns }: TableSkeletonProps) {
  // Computed once per mount; re-rendering must not make the bars jump around.
  const widths = useMemo(() => barWidths(rows * columns), [rows, columns]);

  return (
    <table className="users__table users__table--loading" aria-busy="true" aria-label="Loading users">
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: columns }, (_, c) => (
              <td key={c}>
                <SkeletonBar width={widths[r * columns + c]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
