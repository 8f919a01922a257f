import type { StandupEntry } from "./store.js";

export interface WebhookTarget {
  url: string;
  token?: string;
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function postSummary(
  target: WebhookTarget,
  channel: string,
  day: string,
  entries: StandupEntry[],
  fetchImpl: FetchLike = fetch,
): Promise<boolean> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  const res = await fetchImpl(target.url, {
    method: "POST",
    headers,
    body: JSON.stringify({ channel, day, count: entries.length, users: entries.map((e) => e.userId) }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    console.warn(`summary webhook returned ${res.status} for ${new URL(target.url).host}`);
    return false;
  }
  return true;
}
