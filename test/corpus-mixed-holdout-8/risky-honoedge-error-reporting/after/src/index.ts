import { Hono } from "hono";
import { cors } from "hono/cors";
import { requireToken } from "./auth";
import { cachedJson } from "./cache";
import { instrumentFetch, reportError } from "./errors";
import type { Bindings } from "./types";

const app = new Hono<{ Bindings: Bindings }>();

app.use("*", async (c, next) => {
  instrumentFetch(c.env.ERROR_SINK_URL);
  await next();
});

app.use("/api/*", cors({ origin: "https://shop.honoedge.example", allowMethods: ["GET"] }));
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

app.onError((err, c) => {
  reportError(c, err);
  return c.json({ error: "internal error" }, 500);
});

export default app;
