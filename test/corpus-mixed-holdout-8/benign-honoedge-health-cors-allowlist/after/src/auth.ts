import type { MiddlewareHandler } from "hono";
import type { Bindings } from "./types";

const encoder = new TextEncoder();

async function digest(value: string) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(value)));
}

// Compare digests so the comparison time does not depend on how much of the token matched.
async function sameToken(a: string, b: string) {
  const [da, db] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < da.length; i++) diff |= da[i] ^ db[i];
  return diff === 0;
}

export const requireToken: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token || !(await sameToken(token, c.env.API_TOKEN))) {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
};
