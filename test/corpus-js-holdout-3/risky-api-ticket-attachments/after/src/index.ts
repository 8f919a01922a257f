import express from "express";
import { ticketsRouter } from "./routes/tickets";
import { attachmentsRouter } from "./routes/attachments";
import { openDb } from "./db";

const app = express();
app.use(express.json({ limit: "25mb" }));

const db = openDb(process.env.DB_PATH ?? "./data/tickets.db");
app.use("/api/tickets", ticketsRouter(db));
app.use("/api/tickets", attachmentsRouter());

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`ticket-api listening on ${port}`);
});
