import { Board } from "@/components/Board";

export default function Home() {
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="mb-4 text-2xl font-bold">{process.env.NEXT_PUBLIC_APP_NAME ?? "Kanban"}</h1>
      <Board />
    </main>
  );
}
