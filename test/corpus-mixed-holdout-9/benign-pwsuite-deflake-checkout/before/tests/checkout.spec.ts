import { expect, test } from "@playwright/test";
import { login } from "./helpers/auth";

test.beforeEach(async ({ page }) => {
  await login(page, process.env.E2E_USER!, process.env.E2E_PASSWORD!);
});

test("adds an item to the cart", async ({ page }) => {
  await page.goto("/products/blue-mug");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
});

test("checks out with a test card", async ({ page }) => {
  await page.goto("/cart");
  await page.getByRole("button", { name: "Checkout" }).click();
  await page.getByLabel("Card number").fill("4242424242424242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByTestId("order-total")).toHaveText("$42.00");
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
});
