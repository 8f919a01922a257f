/**
 * Loads the extension's heavy half (engine.ts) on first use. In the package it is its own bundle,
 * `dist/engine.js` next to `dist/extension.js` (scripts/build.mjs keeps this `require` external);
 * from sources it is engine.ts itself. Activation never calls this.
 */
import type * as Engine from './engine';

let loaded: typeof Engine | undefined;
let onLoad: ((ms: number) => void) | undefined;

/** The engine half, loaded once, synchronously (the first review or audit pays for it, not activation). */
export function engine(): typeof Engine {
  if (!loaded) {
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a separate bundle, loaded on first use
    loaded = require('./engine') as typeof Engine;
    onLoad?.(performance.now() - started);
  }
  return loaded;
}

/** Reports how long loading the engine took (for the log). */
export function onEngineLoad(listener: (ms: number) => void): void {
  onLoad = listener;
}
