export interface Card {
  id: string;
  title: string;
  column: "todo" | "doing" | "done";
}

export async function listCards(): Promise<Card[]> {
  const res = await fetch("/api/cards");
  if (!res.ok) throw new Error(`listCards failed: ${res.status}`);
  return res.json();
}

export async function moveCard(id: string, column: Card["column"]): Promise<void> {
  await fetch(`/api/cards/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ column }),
  });
}
