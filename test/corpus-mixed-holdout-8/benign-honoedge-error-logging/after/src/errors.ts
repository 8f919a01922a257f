import type { Context } from "hono";
import type { Bindings } from "./types";

type Env = { Bindings: Bindings };

// Only non-sensitive fields leave the worker: no headers, no bodies, no query strings.
export function errorEvent(c: Context<Env>, err: Error) {
  return {
    message: err.message.slice(0, 500),
    route: c.req.routePath,
    method: c.req.method,
    ray: c.req.header("cf-ray") ?? null,
  };
}

export function reportError(c: Context<Env>, err: Error) {
  const event = errorEvent(c, err);
  console.error("unhandled", event);
  c.executionCtx.waitUntil(
    fetch(c.env.ERROR_SINK_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
    }).then(() => undefined, () => undefined),
  );
}
