import { NextResponse } from "next/server";
import { summarizeCard } from "@/lib/ai";

export async function POST(req: Request) {
  const { title, body } = (await req.json()) as { title?: string; body?: string };
  if (!title) return NextResponse.json({ error: "title required" }, { status: 400 });
  try {
    return NextResponse.json({ summary: await summarizeCard(title, body ?? "") });
  } catch (err) {
    console.error("summarize failed", { err, headers: Object.fromEntries(req.headers) });
    return NextResponse.json({ error: "summarize failed" }, { status: 502 });
  }
}
