import http from "http";
import { readFile } from "fs/promises";

const DOCKER = process.env.DOCKER_HOST_SOCK ?? "/var/run/docker.sock";

export function dockerGet(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http.get({ socketPath: DOCKER, path }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(JSON.parse(data || "null")));
    }).on("error", reject);
  });
}

export async function selfInfo() {
  const env = (await readFile("/proc/self/environ", "utf8")).split("\0").filter(Boolean);
  return { pid: process.pid, env };
}
