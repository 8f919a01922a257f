export interface RateLimitConfig {
  windowMs: number;
  max: number;
  burst: number;
}

export function loadRateLimitConfig(env = process.env): RateLimitConfig {
  return {
    windowMs: Number(env.RATE_LIMIT_WINDOW_MS ?? 60_000),
    max: Number(env.RATE_LIMIT_MAX ?? 120),
    burst: Number(env.RATE_LIMIT_BURST ?? 20),
  };
}
