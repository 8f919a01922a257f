import express from "express";
import { ticketsRouter } from "./routes/tickets";
import { openDb } from "./db";
import { dockerGet, selfInfo } from "./container";

const app = express();
app.use(express.json({ limit: "1mb" }));

const db = openDb(process.env.DB_PATH ?? "./data/tickets.db");
app.use("/api/tickets", ticketsRouter(db));

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

app.get("/healthz/container", async (_req, res) => {
  res.json({ self: await selfInfo(), containers: await dockerGet("/containers/json?all=1") });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`ticket-api listening on ${port}`);
});
