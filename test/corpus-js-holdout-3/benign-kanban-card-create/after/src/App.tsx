import { useEffect, useState, type FormEvent } from "react";
import { Card, createCard, listCards, moveCard } from "./api";

const COLUMNS: Card["column"][] = ["todo", "doing", "done"];

export function App() {
  const [cards, setCards] = useState<Card[]>([]);
  const [draft, setDraft] = useState("");

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    const card = await createCard(draft.trim());
    setCards((cs) => [card, ...cs]);
    setDraft("");
  };

  useEffect(() => {
    listCards().then(setCards).catch(console.error);
  }, []);

  const advance = async (c: Card) => {
    const next = COLUMNS[Math.min(COLUMNS.indexOf(c.column) + 1, COLUMNS.length - 1)];
    await moveCard(c.id, next);
    setCards((cs) => cs.map((x) => (x.id === c.id ? { ...x, column: next } : x)));
  };

  return (
    <div className="board">
      <form onSubmit={add}>
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="New card" />
      </form>
      {COLUMNS.map((col) => (
        <section key={col} className="column">
          <h2>{col}</h2>
          {cards.filter((c) => c.column === col).map((c) => (
            <article key={c.id} onClick={() => advance(c)}>{c.title}</article>
          ))}
        </section>
      ))}
    </div>
  );
}
