export type Schedule = (episode: number) => number;

export function exponential(start: number, min: number, decay: number): Schedule {
  return (episode) => Math.max(min, start * decay ** episode);
}

export function linear(start: number, end: number, episodes: number): Schedule {
  return (episode) => {
    if (episode >= episodes) return end;
    return start + ((end - start) * episode) / episodes;
  };
}

export function constant(value: number): Schedule {
  return () => value;
}

export function describe(schedule: Schedule, points = [0, 100, 500, 1000]): string {
  return points.map((p) => `${p}:${schedule(p).toFixed(3)}`).join(' ');
}
