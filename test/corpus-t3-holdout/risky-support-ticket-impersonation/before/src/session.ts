import { createHmac, timingSafeEqual } from "node:crypto";

const SECRET = process.env.SESSION_SECRET ?? "";

export interface Session {
  user: { id: string; role: "member" | "admin" };
}

function decode(payload: string): Session {
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Session;
}

export async function verifySession(token: string): Promise<Session | null> {
  const [payload, sig] = token.split(".");
  if (!payload || !sig) return null;
  const expected = createHmac("sha256", SECRET).update(payload).digest("base64url");
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  return decode(payload);
}
