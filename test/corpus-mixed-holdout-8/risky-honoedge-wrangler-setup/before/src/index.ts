import { Hono } from "hono";
import { cors } from "hono/cors";
import { requireToken } from "./auth";
import { cachedJson } from "./cache";
import type { Bindings } from "./types";

const app = new Hono<{ Bindings: Bindings }>();

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

export default app;
