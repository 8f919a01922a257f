import { describe, it, expect } from "vitest";
import request from "supertest";
import { createApp } from "../src/app.js";

describe("orders", () => {
  it("rejects requests without a token", async () => {
    const res = await request(createApp()).get("/orders");
    expect(res.status).toBe(401);
  });

  it("rejects malformed orders", async () => {
    const res = await request(createApp())
      .post("/orders")
      .set("authorization", "Bearer t.u_42")
      .send({ sku: "", qty: 0 });
    expect(res.status).toBe(400);
  });
});
