import { INestApplication } from "@nestjs/common";
import { Test } from "@nestjs/testing";
import request from "supertest";
import { AppModule } from "../src/app.module";

describe("auth (e2e)", () => {
  let app: INestApplication;

  beforeAll(async () => {
    process.env.JWT_SECRET = "test-secret-not-used-in-prod";
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterAll(() => app.close());

  it("rejects requests without a token", async () => {
    await request(app.getHttpServer()).get("/appointments").expect(401);
  });

  it("rejects an expired token", async () => {
    const expired = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwMSIsImV4cCI6MTAwMDAwMDAwMH0.c2lnbmF0dXJlLW5vdC1yZWFs";
    await request(app.getHttpServer()).get("/appointments").set("Authorization", `Bearer ${expired}`).expect(401);
  });
});
