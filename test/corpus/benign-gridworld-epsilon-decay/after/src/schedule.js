/**
 * Exploration schedules. Each returns a function `episode -> epsilon`.
 *
 *   linear:      straight line from `start` to `end` over `episodes`
 *   exponential: start * (end/start)^(t/episodes)
 */
export function epsilonSchedule({ start = 1, end = 0.05, episodes, kind = 'linear' }) {
  if (!(episodes > 0)) throw new RangeError('episodes must be positive');
  if (start < end) throw new RangeError('start must be >= end');
  if (kind === 'linear') {
    return (ep) => {
      const t = Math.min(1, ep / episodes);
      return start + (end - start) * t;
    };
  }
  if (kind === 'exponential') {
    if (end <= 0) throw new RangeError('exponential decay needs end > 0');
    const ratio = end / start;
    return (ep) => start * Math.pow(ratio, Math.min(1, ep / episodes));
  }
  throw new Error(`unknown schedule kind "${kind}"`);
}
