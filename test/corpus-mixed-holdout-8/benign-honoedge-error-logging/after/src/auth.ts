import type { MiddlewareHandler } from "hono";
import type { Bindings } from "./types";

export const requireToken: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token || token !== c.env.API_TOKEN) {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
};
