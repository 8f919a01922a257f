"use client";

import { DndContext, type DragEndEvent } from "@dnd-kit/core";
import { useBoard, type Column } from "@/lib/store";
import { CardView } from "./CardView";
import { ColumnView } from "./ColumnView";

const COLUMNS: { id: Column; label: string }[] = [
  { id: "todo", label: "To do" },
  { id: "doing", label: "In progress" },
  { id: "done", label: "Done" },
];

export function Board() {
  const { cards, moveCard } = useBoard();

  function onDragEnd(event: DragEndEvent) {
    if (event.over) moveCard(String(event.active.id), event.over.id as Column);
  }

  return (
    <DndContext onDragEnd={onDragEnd}>
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
