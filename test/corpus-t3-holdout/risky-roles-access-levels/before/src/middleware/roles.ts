import type { Request, Response, NextFunction } from "express";

export function requireMember(_req: Request, res: Response, next: NextFunction) {
  const user = res.locals.user;
  if (!user || user.role === "guest") return res.status(403).json({ error: "forbidden" });
  next();
}
