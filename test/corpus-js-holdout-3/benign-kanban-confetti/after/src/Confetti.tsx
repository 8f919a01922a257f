import { useMemo } from "react";

const COLORS = ["#f87171", "#60a5fa", "#34d399", "#fbbf24"];

export function Confetti({ count = 40 }: { count?: number }) {
  const pieces = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        key: i,
        left: `${Math.random() * 100}%`,
        delay: `${(Math.random() * 0.6).toFixed(2)}s`,
        color: COLORS[Math.floor(Math.random() * COLORS.length)],
      })),
    [count]
  );
  return (
    <div className="confetti" aria-hidden>
      {pieces.map((p) => (
        <span key={p.key} style={{ left: p.left, animationDelay: p.delay, background: p.color }} />
      ))}
    </div>
  );
}
