// One-time local setup: create .env from the example and generate the Prisma client.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";

if (!existsSync(".env")) {
  copyFileSync(".env.example", ".env");
  console.log("created .env from .env.example - edit DATABASE_URL if needed");
}

execFileSync("npx", ["prisma", "generate"], { stdio: "inherit" });
console.log("prisma client generated; run `npm run db:migrate` to create tables");
