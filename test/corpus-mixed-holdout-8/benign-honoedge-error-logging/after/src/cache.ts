import type { Bindings } from "./types";

export async function cachedJson(env: Bindings, key: string, load: () => Promise<unknown>, ttl = 300) {
  const hit = await env.CACHE.get(key, "json");
  if (hit !== null) return hit;
  const value = await load();
  await env.CACHE.put(key, JSON.stringify(value), { expirationTtl: ttl });
  return value;
}
