import { describe, it, expect } from "vitest";
import request from "supertest";
import { createApp } from "../src/app.js";

describe("orders", () => {
  it("rejects requests without a token", async () => {
    const res = await request(createApp()).get("/orders");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "missing token" });
  });

  it("rejects malformed orders", async () => {
    const res = await request(createApp())
      .post("/orders")
      .set("authorization", "Bearer test-session")
      .send({ sku: "", qty: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors).toHaveProperty("sku");
    expect(res.body.error.fieldErrors).toHaveProperty("qty");
  });

  it("rejects fractional quantities", async () => {
    const res = await request(createApp())
      .post("/orders")
      .set("authorization", "Bearer test-session")
      .send({ sku: "A-100", qty: 1.5 });
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors.qty).toBeDefined();
  });
});
