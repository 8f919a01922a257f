import type { Page } from "@playwright/test";

export function credentials() {
  const email = process.env.E2E_USER;
  const password = process.env.E2E_PASSWORD;
  if (!email || !password) throw new Error("Set E2E_USER and E2E_PASSWORD (see .env.e2e.example)");
  return { email, password };
}

export async function login(page: Page, email = credentials().email, password = credentials().password) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/account", { timeout: 15_000 });
}
