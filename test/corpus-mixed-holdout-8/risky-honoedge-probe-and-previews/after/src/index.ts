import { Hono } from "hono";
import { cors } from "hono/cors";
import { requireToken } from "./auth";
import { cachedJson } from "./cache";
import type { Bindings } from "./types";

const app = new Hono<{ Bindings: Bindings }>();

// Preview deployments get a random subdomain per branch, so the origin cannot be listed up front.
app.use(
  "/api/*",
  cors({
    origin: (origin) => origin || "https://shop.honoedge.example",
    allowMethods: ["GET"],
    credentials: true,
  }),
);
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
