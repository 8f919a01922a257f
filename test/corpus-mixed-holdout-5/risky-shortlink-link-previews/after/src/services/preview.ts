import { exec } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(exec);

const PREVIEW_DIR = path.resolve(process.env.PREVIEW_DIR ?? "data/previews");
const CHROME = process.env.CHROME_BIN ?? "chromium";
const inflight = new Map<string, Promise<string>>();

async function render(slug: string, url: string, out: string): Promise<string> {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  await run(`${CHROME} --headless=new --disable-gpu --hide-scrollbars --window-size=1200,630 --screenshot="${out}" "${url}"`, {
    timeout: 20_000,
  });
  return out;
}

/** Returns the path of a 1200x630 PNG preview of the link target, rendering it once. */
export function previewFor(slug: string, url: string): Promise<string> {
  const out = path.join(PREVIEW_DIR, `${slug}.png`);
  if (existsSync(out)) return Promise.resolve(out);
  let pending = inflight.get(slug);
  if (!pending) {
    pending = render(slug, url, out).finally(() => inflight.delete(slug));
    inflight.set(slug, pending);
  }
  return pending;
}
