import { HealthController } from "./health.controller";

it("reports ok without leaking configuration", () => {
  const body = new HealthController().check();
  expect(body.status).toBe("ok");
  expect(Object.keys(body).sort()).toEqual(["commit", "status", "uptimeSeconds", "version"]);
});
