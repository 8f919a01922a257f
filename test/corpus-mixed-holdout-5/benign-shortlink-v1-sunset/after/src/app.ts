import express from "express";
import rateLimit from "express-rate-limit";
import { links } from "./routes/links.js";

export const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "16kb" }));
app.use(
  "/api",
  rateLimit({ windowMs: 60_000, limit: 60, standardHeaders: "draft-7", legacyHeaders: false }),
);

app.get("/healthz", (_req, res) => res.json({ ok: true }));
app.use(links);
