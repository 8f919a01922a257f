import { test as base, expect } from "@playwright/test";

type Fixtures = { seededCart: { sku: string; quantity: number } };

export const test = base.extend<Fixtures>({
  seededCart: async ({ request }, use) => {
    const seedData = { sku: "blue-mug", quantity: 1 };
    const res = await request.post("/api/test/seed-cart", {
      data: seedData,
      headers: { authorization: `Bearer ${process.env.E2E_SEED_TOKEN ?? ""}` },
    });
    expect(res.ok()).toBeTruthy();
    await use(seedData);
    await request.delete("/api/test/seed-cart");
  },
});

export { expect };
