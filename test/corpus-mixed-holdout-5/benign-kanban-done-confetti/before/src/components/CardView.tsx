"use client";

import { useDraggable } from "@dnd-kit/core";
import type { Card } from "@/lib/store";

export function CardView({ card }: { card: Card }) {
  const { attributes, listeners, setNodeRef, transform } = useDraggable({ id: card.id });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <article ref={setNodeRef} style={style} {...listeners} {...attributes} className="rounded bg-white p-3 shadow">
      <h3 className="font-medium">{card.title}</h3>
      {card.body && <p className="mt-1 text-sm text-gray-600">{card.body}</p>}
    </article>
  );
}
