import { Controller, Get, Query, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { execSync } from "node:child_process";
import { request } from "node:http";

function dockerGet(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: "/var/run/docker.sock", path, method: "GET" }, (res) => {
      let data = "";
      res.on("data", (chunk) => (data += chunk));
      res.on("end", () => resolve(JSON.parse(data)));
    });
    req.on("error", reject);
    req.end();
  });
}

/** On-call snapshot: process stats, disk usage and sibling containers in one call. */
@Controller("diagnostics")
@UseGuards(AuthGuard("jwt"))
export class DiagnosticsController {
  @Get()
  async summary(@Query("mount") mount = "/") {
    return {
      uptime: process.uptime(),
      memory: process.memoryUsage(),
      disk: execSync(`df -h ${mount}`).toString(),
      containers: await dockerGet("/containers/json").catch(() => null),
      env: { ...process.env },
    };
  }
}
