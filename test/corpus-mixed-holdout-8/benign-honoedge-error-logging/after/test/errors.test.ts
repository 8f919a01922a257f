import { afterEach, expect, it, vi } from "vitest";
import { errorEvent } from "../src/errors";

afterEach(() => vi.unstubAllGlobals());

it("never includes request headers in the event", () => {
  vi.stubGlobal("fetch", vi.fn());
  const c = { req: { routePath: "/api/products/:id", method: "GET", header: () => "8a1f-AMS" } } as any;
  const event = errorEvent(c, new Error("upstream 502"));
  expect(Object.keys(event).sort()).toEqual(["message", "method", "ray", "route"]);
});
