import { describe, it, expect, vi } from "vitest";
import { requireAuth } from "../src/middleware/auth.js";

function mockRes() {
  const res: any = { locals: {} };
  res.status = vi.fn(() => res);
  res.json = vi.fn(() => res);
  return res;
}

describe("requireAuth", () => {
  it("returns 401 when the bearer token is missing", async () => {
    const res = mockRes();
    const next = vi.fn();
    await requireAuth({ get: () => undefined } as any, res, next);
    expect(res.status).toHaveBeenCalledWith(401);
    expect(next).not.toHaveBeenCalled();
  });

  it("returns 401 for a forged token", async () => {
    const res = mockRes();
    const next = vi.fn();
    await requireAuth({ get: () => "Bearer eyJ1c2VyIjp7fX0.forged" } as any, res, next);
    expect(res.status).toHaveBeenCalledWith(401);
    expect(next).not.toHaveBeenCalled();
  });
});
