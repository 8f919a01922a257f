"use client";

import { DndContext, type DragEndEvent } from "@dnd-kit/core";
import { useState } from "react";
import { useBoard, type Column } from "@/lib/store";
import { CardView } from "./CardView";
import { Confetti } from "./Confetti";
import { ColumnView } from "./ColumnView";

const COLUMNS: { id: Column; label: string }[] = [
  { id: "todo", label: "To do" },
  { id: "doing", label: "In progress" },
  { id: "done", label: "Done" },
];

export function Board() {
  const { cards, moveCard } = useBoard();
  const [celebrate, setCelebrate] = useState(0);

  function onDragEnd(event: DragEndEvent) {
    if (!event.over) return;
    const id = String(event.active.id);
    const to = event.over.id as Column;
    const from = cards.find((c) => c.id === id)?.column;
    moveCard(id, to);
    if (to === "done" && from !== "done") setCelebrate((n) => n + 1);
  }

  return (
    <DndContext onDragEnd={onDragEnd}>
      <Confetti fire={celebrate} />
      <div className="grid grid-cols-3 gap-4">
        {COLUMNS.map((col) => (
          <ColumnView key={col.id} id={col.id} label={col.label}>
            {cards
              .filter((c) => c.column === col.id)
              .map((c) => (
                <CardView key={c.id} card={c} />
              ))}
          </ColumnView>
        ))}
      </div>
    </DndContext>
  );
}
