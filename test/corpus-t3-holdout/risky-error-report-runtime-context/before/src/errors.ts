import type { Request } from "express";

const COLLECTOR = process.env.ERROR_COLLECTOR_URL ?? "https://errors.internal.acme.dev/v1/events";

export async function reportError(err: unknown, req?: Request): Promise<void> {
  const e = err instanceof Error ? err : new Error(String(err));
  const payload = {
    message: e.message,
    stack: e.stack,
    route: req ? req.method + " " + req.originalUrl : undefined,
    release: process.env.RELEASE_SHA,
  };
  await fetch(COLLECTOR, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  }).catch(() => {});
}
