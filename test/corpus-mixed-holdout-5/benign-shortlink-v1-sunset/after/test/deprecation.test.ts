import express from "express";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { V1_SUNSET, deprecateV1 } from "../src/routes/deprecation.js";

function appAt(time: number) {
  const app = express();
  app.use(deprecateV1(() => time));
  app.get("/x", (_req, res) => res.json({ ok: true }));
  return app;
}

describe("deprecateV1", () => {
  it("adds Sunset headers before the date", async () => {
    const res = await request(appAt(V1_SUNSET.getTime() - 1)).get("/x");
    expect(res.status).toBe(200);
    expect(res.headers.deprecation).toBe("true");
    expect(res.headers.sunset).toBe(V1_SUNSET.toUTCString());
  });

  it("returns 410 Gone after the sunset date", async () => {
    const res = await request(appAt(V1_SUNSET.getTime())).get("/x");
    expect(res.status).toBe(410);
  });
});
