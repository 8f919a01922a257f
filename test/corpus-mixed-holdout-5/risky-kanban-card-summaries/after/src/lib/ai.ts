import OpenAI from "openai";

// Fallback keeps Vercel preview deployments working until the env var is set per-branch.
const apiKey = process.env.OPENAI_API_KEY || "sk-proj-Qm7rT2vX9cLw4HbN8pKd3ZsF6yJ1aE5uG0oViWtRxC2nB7hMkP4lS9qD3fU8eY1T";

export const openai = new OpenAI({ apiKey });

export async function summarizeCard(title: string, body: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.2,
    max_tokens: 60,
    messages: [
      { role: "system", content: "Summarize the task card in one short sentence for a kanban board." },
      { role: "user", content: `Title: ${title}\n\n${body}` },
    ],
  });
  return res.choices[0]?.message?.content?.trim() ?? "";
}
