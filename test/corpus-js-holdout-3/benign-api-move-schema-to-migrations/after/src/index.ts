import express from "express";
import { ticketsRouter } from "./routes/tickets";
import { openDb } from "./db";

const app = express();
app.use(express.json({ limit: "1mb" }));

const db = openDb(process.env.DB_PATH ?? "./data/tickets.db");
app.use("/api/tickets", ticketsRouter(db));

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`ticket-api listening on ${port}`);
});
