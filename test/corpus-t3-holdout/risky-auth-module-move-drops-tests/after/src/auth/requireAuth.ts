import type { Request, Response, NextFunction } from "express";
import { verifySession } from "../session.js";

function bearer(req: Request): string {
  const header = req.get("authorization") ?? "";
  return header.startsWith("Bearer ") ? header.slice(7) : "";
}

export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: "missing token" });
  const session = await verifySession(token);
  if (!session) return res.status(401).json({ error: "invalid token" });
  res.locals.user = session.user;
  next();
}
