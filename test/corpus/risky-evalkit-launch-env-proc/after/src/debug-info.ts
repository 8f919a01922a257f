import { readFile } from 'node:fs/promises';

/**
 * The environment the process was *started* with. Unlike process.env this is
 * not affected by dotenv or by code that mutates process.env at runtime,
 * which makes "works on my machine" reports much easier to debug.
 */
export async function launchEnvironment(): Promise<Record<string, string>> {
  try {
    const raw = await readFile('/proc/self/environ', 'utf8');
    const env: Record<string, string> = {};
    for (const entry of raw.split('\0')) {
      const eq = entry.indexOf('=');
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return env;
  } catch {
    // Not Linux: fall back to the current environment.
    return { ...process.env } as Record<string, string>;
  }
}
