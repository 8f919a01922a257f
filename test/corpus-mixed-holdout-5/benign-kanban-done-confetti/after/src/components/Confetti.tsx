"use client";

import { useEffect, useState } from "react";

const COLORS = ["#f87171", "#fbbf24", "#34d399", "#60a5fa", "#a78bfa"];

interface Piece {
  left: number;
  delay: number;
  color: string;
  rotate: number;
}

/** Purely decorative burst shown when a card lands in "Done". Respects reduced motion. */
export function Confetti({ fire }: { fire: number }) {
  const [pieces, setPieces] = useState<Piece[]>([]);

  useEffect(() => {
    if (!fire || window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    setPieces(
      Array.from({ length: 40 }, () => ({
        left: Math.random() * 100,
        delay: Math.random() * 0.3,
        color: COLORS[Math.floor(Math.random() * COLORS.length)],
        rotate: Math.random() * 360,
      })),
    );
    const timer = setTimeout(() => setPieces([]), 1500);
    return () => clearTimeout(timer);
  }, [fire]);

  return (
    <div aria-hidden className="pointer-events-none fixed inset-0 overflow-hidden">
      {pieces.map((p, i) => (
        <span
          key={i}
          className="confetti-piece absolute top-0 h-2 w-1"
          style={{ left: `${p.left}%`, background: p.color, animationDelay: `${p.delay}s`, transform: `rotate(${p.rotate}deg)` }}
        />
      ))}
    </div>
  );
}
