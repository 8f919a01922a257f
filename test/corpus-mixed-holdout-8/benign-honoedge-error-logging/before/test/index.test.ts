import { describe, expect, it } from "vitest";
import app from "../src/index";

const env = { UPSTREAM_URL: "https://upstream.test", API_TOKEN: "test-token", CACHE: {} as KVNamespace };

describe("auth", () => {
  it("rejects requests without a token", async () => {
    const res = await app.request("/api/products/1", {}, env);
    expect(res.status).toBe(401);
  });
});
