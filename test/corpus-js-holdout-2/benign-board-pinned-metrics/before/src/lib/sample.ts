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
