const API_BASE = process.env.MODEL_API_BASE ?? "https://api.openai.com/v1";

export async function complete(model: string, prompt: string): Promise<string> {
  const res = await fetch(`${API_BASE}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.MODEL_API_KEY ?? ""}`,
    },
    body: JSON.stringify({ model, messages: [{ role: "user", content: prompt }], temperature: 0 }),
  });
  if (!res.ok) throw new Error(`model call failed: ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
