import request from "supertest";
import { describe, expect, it } from "vitest";

process.env.DB_PATH = ":memory:";
const { app } = await import("../src/app.js");

describe("links", () => {
  it("rejects non-http urls", async () => {
    const res = await request(app).post("/api/links").send({ url: "javascript:alert(1)", owner: "me" });
    expect(res.status).toBe(400);
  });

  it("creates and resolves a link", async () => {
    const created = await request(app).post("/api/links").send({ url: "https://example.com/a", owner: "me" });
    expect(created.status).toBe(201);
    const hop = await request(app).get(`/${created.body.slug}`);
    expect(hop.status).toBe(301);
    expect(hop.headers.location).toBe("https://example.com/a");
  });
});
