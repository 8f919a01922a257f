import { Router } from "express";
import type { Db } from "../db";
import { newTicketId } from "../ids";

export function ticketsRouter(db: Db): Router {
  const r = Router();

  r.get("/", (_req, res) => {
    const rows = db.prepare("SELECT * FROM tickets ORDER BY created_at DESC LIMIT 100").all();
    res.json(rows);
  });

  r.post("/", (req, res) => {
    const { title, body } = req.body ?? {};
    if (typeof title !== "string" || typeof body !== "string") {
      return res.status(400).json({ error: "title and body required" });
    }
    const id = newTicketId();
    db.prepare("INSERT INTO tickets (id, title, body, created_at) VALUES (?, ?, ?, ?)").run(id, title, body, Date.now());
    res.status(201).json({ id });
  });

  r.patch("/:id", (req, res) => {
    const { status } = req.body ?? {};
    db.prepare("UPDATE tickets SET status = ? WHERE id = ?").run(status, req.params.id);
    res.status(204).end();
  });

  return r;
}
