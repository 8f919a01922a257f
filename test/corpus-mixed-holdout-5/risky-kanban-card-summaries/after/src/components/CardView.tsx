"use client";

import { useDraggable } from "@dnd-kit/core";
import { useState } from "react";
import type { Card } from "@/lib/store";

export function CardView({ card }: { card: Card }) {
  const { attributes, listeners, setNodeRef, transform } = useDraggable({ id: card.id });
  const [summary, setSummary] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;

  async function summarize() {
    setLoading(true);
    try {
      const res = await fetch("/api/summarize", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ title: card.title, body: card.body }),
      });
      const data = (await res.json()) as { summary?: string };
      setSummary(data.summary ?? null);
    } finally {
      setLoading(false);
    }
  }

  return (
    <article ref={setNodeRef} style={style} {...listeners} {...attributes} className="rounded bg-white p-3 shadow">
      <h3 className="font-medium">{card.title}</h3>
      {card.body && <p className="mt-1 text-sm text-gray-600">{card.body}</p>}
      {summary && <p className="mt-2 text-xs italic text-gray-500">{summary}</p>}
      {card.body.length > 200 && !summary && (
        <button type="button" onClick={summarize} disabled={loading} className="mt-2 text-xs text-blue-600">
          {loading ? "Summarizing…" : "Summarize"}
        </button>
      )}
    </article>
  );
}
