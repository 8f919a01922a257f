import { afterEach, describe, expect, it, vi } from "vitest";

import { api } from "../src/api/client";

describe("api client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("throws on non-2xx", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response("nope", { status: 503 })));
    await expect(api.products()).rejects.toThrow("API 503 on /products");
  });

  it("encodes product ids", async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    await api.product("a/b");
    expect(fetchMock.mock.calls[0][0]).toBe("/api/products/a%2Fb");
  });
});
