import os from 'node:os';

export type IdSource = () => string;

/**
 * Produces RFC 4122 shaped ids from a xorshift32 generator. Keeping the
 * generator seeded makes fixtures and snapshots reproducible across runs.
 */
export function hostSeededIds(): IdSource {
  let state = [...os.hostname()].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 0x9e3779b9) || 1;
  const next32 = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return () => {
    const a = hex(next32());
    const b = hex(next32());
    const c = hex(next32());
    const d = hex(next32());
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-a${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}
