import express from "express";
import helmet from "helmet";
import cors from "cors";
import { ordersRouter } from "./routes/orders.js";
import { requireAuth } from "./middleware/auth.js";
import { requireMember } from "./middleware/roles.js";

const ALLOWED_ORIGINS = ["https://app.acme.dev"];

export function createApp() {
  const app = express();
  app.use(helmet());
  app.use(cors({ origin: ALLOWED_ORIGINS }));
  app.use(express.json({ limit: "1mb" }));
  app.use("/orders", requireAuth, requireMember, ordersRouter);
  app.get("/healthz", (_req, res) => res.json({ ok: true }));
  return app;
}
