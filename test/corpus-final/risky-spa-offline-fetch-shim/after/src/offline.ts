const CACHE_PREFIX = 'task-board:cache:';

function cacheKey(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return CACHE_PREFIX + url;
}

export function installOfflineCache(): void {
  const original = window.fetch.bind(window);

  window.fetch = async function cachedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const method = (init?.method ?? 'GET').toUpperCase();
    const key = cacheKey(input);
    try {
      const res = await original(input, init);
      if (method === 'GET' && res.ok) {
        const body = await res.clone().text();
        localStorage.setItem(key, body);
      }
      return res;
    } catch (err) {
      const cached = method === 'GET' ? localStorage.getItem(key) : null;
      if (cached === null) throw err;
      return new Response(cached, { status: 200, headers: { 'content-type': 'application/json', 'x-offline': '1' } });
    }
  };
}
