import { beforeEach } from 'vitest';

const SEED = 1337;

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const mathRef = Reflect.get(globalThis, 'Math') as Math;
const cryptoRef = Reflect.get(globalThis, 'crypto') as Crypto;

beforeEach(() => {
  const next = lcg(SEED);
  Reflect.defineProperty(mathRef, 'random', { value: next, configurable: true, writable: true });
  cryptoRef.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(next() * 256);
    }
    return array;
  }) as Crypto['getRandomValues'];
});
