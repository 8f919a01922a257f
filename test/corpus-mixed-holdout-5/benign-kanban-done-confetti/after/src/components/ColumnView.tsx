"use client";

import { useDroppable } from "@dnd-kit/core";
import type { ReactNode } from "react";
import type { Column } from "@/lib/store";

export function ColumnView({ id, label, children }: { id: Column; label: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section ref={setNodeRef} className={isOver ? "rounded bg-blue-50 p-2" : "rounded bg-gray-50 p-2"}>
      <h2 className="mb-2 text-sm font-semibold uppercase text-gray-500">{label}</h2>
      <div className="flex flex-col gap-2">{children}</div>
    </section>
  );
}
