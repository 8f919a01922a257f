import { Controller, Get } from "@nestjs/common";
import { execFileSync } from "node:child_process";

function resolveCommit(): string {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT;
  try {
    // fixed argv, evaluated once at startup; no user input involved
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", timeout: 2000 }).trim();
  } catch {
    return "unknown";
  }
}

const COMMIT = resolveCommit();
const VERSION = process.env.npm_package_version ?? "0.0.0";

/** Unauthenticated liveness probe for the load balancer; exposes no configuration. */
@Controller("health")
export class HealthController {
  @Get()
  check() {
    return { status: "ok", uptimeSeconds: Math.round(process.uptime()), version: VERSION, commit: COMMIT };
  }
}
