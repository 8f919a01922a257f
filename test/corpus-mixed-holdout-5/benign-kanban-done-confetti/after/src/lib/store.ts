import { create } from "zustand";

export type Column = "todo" | "doing" | "done";

export interface Card {
  id: string;
  title: string;
  body: string;
  column: Column;
}

interface BoardState {
  cards: Card[];
  addCard: (title: string, body?: string) => void;
  moveCard: (id: string, column: Column) => void;
  removeCard: (id: string) => void;
}

export const useBoard = create<BoardState>((set) => ({
  cards: [],
  addCard: (title, body = "") =>
    set((s) => ({ cards: [...s.cards, { id: crypto.randomUUID(), title, body, column: "todo" }] })),
  moveCard: (id, column) =>
    set((s) => ({ cards: s.cards.map((c) => (c.id === id ? { ...c, column } : c)) })),
  removeCard: (id) => set((s) => ({ cards: s.cards.filter((c) => c.id !== id) })),
}));
