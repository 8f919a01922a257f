import express from "express";
import helmet from "helmet";
import cors from "cors";
import { ordersRouter } from "./routes/orders.js";
import { requireAuth } from "./middleware/auth.js";

// Extra origins (e.g. preview deployments) come from config; production origin is always allowed.
const ALLOWED_ORIGINS = new Set([
  "https://app.acme.dev",
  ...(process.env.CORS_EXTRA_ORIGINS ?? "").split(",").map((s) => s.trim()).filter((s) => s.startsWith("https://")),
]);

export function createApp() {
  const app = express();
  app.use(helmet());
  app.use(
    cors({
      origin: (origin, cb) => cb(null, origin !== undefined && ALLOWED_ORIGINS.has(origin)),
      credentials: true,
    }),
  );
  app.use(express.json({ limit: "1mb" }));
  app.use("/orders", requireAuth, ordersRouter);
  app.get("/healthz", (_req, res) => res.json({ ok: true }));
  return app;
}
