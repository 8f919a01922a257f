import type { NextFunction, Request, Response } from "express";
import { config } from "../config.js";

// Announced in the 1.3 changelog: /api/links (v1) is replaced by /api/v2/links.
export const V1_SUNSET = new Date("2025-06-30T00:00:00Z");

export function deprecateV1(now: () => number = Date.now) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set("Deprecation", "true");
    res.set("Sunset", V1_SUNSET.toUTCString());
    res.set("Link", `<${config.baseUrl}/docs/api-v2>; rel="successor-version"`);
    if (now() >= V1_SUNSET.getTime()) {
      return res.status(410).json({ error: "API v1 was removed on 2025-06-30; use /api/v2/links" });
    }
    next();
  };
}
