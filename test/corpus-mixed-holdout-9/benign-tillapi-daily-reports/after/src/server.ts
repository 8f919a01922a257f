import express from "express";
import cors from "cors";
import { orders } from "./routes/orders.js";
import { reports } from "./routes/reports.js";

const app = express();
const allowed = (process.env.CORS_ORIGINS ?? "").split(",").filter(Boolean);

app.use(cors({ origin: allowed, credentials: false }));
app.use(express.json({ limit: "100kb" }));
app.use("/orders", orders);
app.use("/reports", reports);

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, uptime: process.uptime(), version: process.env.npm_package_version ?? "dev" });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("tillapi listening");
});
