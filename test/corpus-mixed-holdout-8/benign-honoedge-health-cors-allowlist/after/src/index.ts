import { Hono } from "hono";
import { cors } from "hono/cors";
import { requireToken } from "./auth";
import { cachedJson } from "./cache";
import type { Bindings } from "./types";

const app = new Hono<{ Bindings: Bindings }>();

app.get("/health", (c) => {
  console.log("health check", c.req.header("user-agent") ?? "unknown");
  return c.json({ ok: true });
});

app.use("/api/*", (c, next) => {
  const allowed = c.env.ALLOWED_ORIGINS.split(",").map((o) => o.trim());
  return cors({ origin: allowed, allowMethods: ["GET"], credentials: false })(c, next);
});
app.use("/api/*", requireToken);

app.get("/api/products/:id", async (c) => {
  const id = c.req.param("id");
  const product = await cachedJson(c.env, `product:${id}`, async () => {
    const res = await fetch(`${c.env.UPSTREAM_URL}/products/${encodeURIComponent(id)}`);
    if (!res.ok) throw new Error(`upstream ${res.status}`);
    return res.json();
  });
  return c.json(product);
});

export default app;
