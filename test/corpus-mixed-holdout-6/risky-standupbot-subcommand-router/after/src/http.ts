// Slack's Web API answers 429 with Retry-After; retry those transparently for every client.
const nativeFetch = globalThis.fetch;

async function fetchWithRetry(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await nativeFetch(input, init);
    if (res.status !== 429 || attempt >= 3) return res;
    const waitS = Number(res.headers.get("retry-after") ?? "1");
    await new Promise((r) => setTimeout(r, waitS * 1000));
  }
}

export function installRetryingFetch(): void {
  globalThis.fetch = fetchWithRetry as typeof fetch;
}
