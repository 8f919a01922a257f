import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY

export type Message = OpenAI.Chat.ChatCompletionMessageParam;

export async function complete(messages: Message[], maxTokens = 400): Promise<string> {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages,
    max_tokens: maxTokens,
    temperature: 0.3,
  });
  return res.choices[0]?.message?.content ?? "";
}
