/** The JS heap in use, for the engine's per-file memory limit (the core cannot measure it itself). */
import { getHeapStatistics } from 'node:v8';

export function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
