/**
 * Sharding a scan: which of N parts a file belongs to depends on its report path alone (a hash of
 * it), so a file never moves to another shard when others are added or removed, and the shards of
 * one tree cover every file exactly once.
 */
import { sha256Hex } from '../engine/hash';

/** Part `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** More shards than this is a typo, not a plan (GitHub Actions runs at most 256 jobs per matrix). */
export const MAX_SHARDS = 1000;

/** The shard (1..count) of the file at a root-relative report path. */
export function shardOf(path: string, count: number): number {
  return (parseInt(sha256Hex(path).slice(0, 8), 16) % count) + 1;
}

/** "K/N" with 1 <= K <= N <= MAX_SHARDS, or undefined. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
