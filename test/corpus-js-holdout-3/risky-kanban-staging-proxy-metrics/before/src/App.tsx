import { useEffect, useState } from "react";
import { Card, listCards, moveCard } from "./api";

const COLUMNS: Card["column"][] = ["todo", "doing", "done"];

export function App() {
  const [cards, setCards] = useState<Card[]>([]);

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
