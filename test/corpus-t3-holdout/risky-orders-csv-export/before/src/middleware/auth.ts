import type { Request, Response, NextFunction } from "express";
import { verifySession } from "../session.js";

export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token) return res.status(401).json({ error: "missing token" });
  const session = await verifySession(token);
  if (!session) return res.status(401).json({ error: "invalid token" });
  res.locals.user = session.user;
  next();
}
