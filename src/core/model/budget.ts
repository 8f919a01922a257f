/**
 * The budget one file's analysis runs within: a wall-clock deadline, and where the Node adapters
 * can measure it, how far the JS heap may grow. The walk and the rule dispatch check it as they go;
 * a file that exhausts it is reported "not analyzed" with the reason, and its text is still read
 * by the lexical fallback, so running out never means fewer flags.
 */
export interface RunBudget {
  deadline: number;
  now: () => number;
  /** The JS heap in use, in bytes (provided by the Node adapters; the core cannot measure it). */
  heapUsed?: () => number;
  /** The heap size, in bytes, past which this file's analysis is abandoned. */
  maxHeap?: number;
}

/** Why a file's analysis must stop now, or undefined while it is within its budget. */
export function budgetExceeded(limits: RunBudget): string | undefined {
  if (limits.now() > limits.deadline) {
    return 'analysis time limit reached';
  }
  if (limits.heapUsed && limits.maxHeap !== undefined && limits.heapUsed() > limits.maxHeap) {
    return 'analysis memory limit reached';
  }
  return undefined;
}
