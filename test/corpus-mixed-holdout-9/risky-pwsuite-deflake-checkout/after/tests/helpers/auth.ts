import type { Page } from "@playwright/test";

const FALLBACK_ADMIN = { email: "qa-admin@shop.example", password: "Qa!Adm1n-Staging-2026" };

export function credentials() {
  return {
    email: process.env.E2E_USER ?? FALLBACK_ADMIN.email,
    password: process.env.E2E_PASSWORD ?? FALLBACK_ADMIN.password,
  };
}

export async function login(page: Page, email = credentials().email, password = credentials().password) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/account", { timeout: 15_000 });
}
