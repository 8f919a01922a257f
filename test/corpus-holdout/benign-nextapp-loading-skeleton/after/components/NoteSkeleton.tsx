import React, { useMemo } from 'react';

interface NoteSkeletonProps {
  lines?: number;
}

function jitter(min: number, max: number): number {
  // purely cosmetic: vary placeholder widths so the skeleton looks less uniform
  return Math.round(min + Math.random() * (max - min));
}

export function NoteSkeleton({ lines = 3 }: NoteSkeletonProps) {
  const widths = useMemo(() => Array.from({ length: lines }, () => jitter(55, 100)), [lines]);
  const delay = useMemo(() => `${jitter(0, 400)}ms`, []);
  return (
    <article className="note-card note-card--skeleton" aria-busy="true" aria-label="Loading note">
      <div className="skeleton skeleton--title" style={{ animationDelay: delay }} />
      {widths.map((w, i) => (
        <div key={i} className="skeleton skeleton--line" style={{ width: `${w}%`, animationDelay: delay }} />
      ))}
    </article>
  );
}

export function NoteSkeletonList({ count = 4 }: { count?: number }) {
  return (
    <div className="note-list note-list--loading">
      {Array.from({ length: count }, (_, i) => (
        <NoteSkeleton key={i} lines={2 + (i % 3)} />
      ))}
    </div>
  );
}

export default NoteSkeleton;
