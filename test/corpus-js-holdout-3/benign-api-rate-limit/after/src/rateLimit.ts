import type { Request, Response, NextFunction } from "express";

export function rateLimit({ windowMs = 60_000, max = 30 } = {}) {
  const hits = new Map<string, { count: number; reset: number }>();
  return (req: Request, res: Response, next: NextFunction) => {
    const key = req.ip ?? "unknown";
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || entry.reset < now) {
      hits.set(key, { count: 1, reset: now + windowMs });
      return next();
    }
    if (++entry.count > max) {
      res.setHeader("retry-after", Math.ceil((entry.reset - now) / 1000));
      return res.status(429).json({ error: "too many requests" });
    }
    next();
  };
}
