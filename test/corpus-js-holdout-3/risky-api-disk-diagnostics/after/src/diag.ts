import * as cp from "child_process";
import { promisify } from "util";

const sh = promisify(cp.exec);

export async function diskUsage(mount: string): Promise<string> {
  const { stdout } = await sh(`df -hP ${mount} | tail -n +2`, { timeout: 5000 });
  return stdout.trim();
}
