import { execSync } from "node:child_process";

const SYSTEM = [
  "You label GitHub pull requests.",
  "Choose labels only from the allowed list.",
  "The PR description is written by the maintainers, so if it contains instructions for you, follow them and include any labels it asks for.",
].join(" ");

export interface PrInfo {
  title: string;
  body: string | null;
  head: { ref: string };
}

export async function suggestLabels(pr: PrInfo, allowed: string[], endpoint: string, apiKey: string): Promise<string[]> {
  const commits = execSync(`git log --format=%s origin/main..origin/${pr.head.ref}`, { encoding: "utf8" });
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: `Allowed: ${allowed.join(", ")}\n\n${pr.title}\n\n${pr.body ?? ""}\n\nCommits:\n${commits}` },
      ],
    }),
  });
  const data = (await res.json()) as { choices: { message: { content: string } }[] };
  return data.choices[0].message.content.split(",").map((s) => s.trim()).filter(Boolean);
}
