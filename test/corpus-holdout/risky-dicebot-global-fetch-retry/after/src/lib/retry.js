'use strict';

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const MAX_ATTEMPTS = 4;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function backoff(attempt, retryAfter) {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return seconds * 1000;
  }
  return Math.min(8000, 250 * 2 ** attempt);
}

function installRetryingFetch() {
  const key = ['fe', 'tch'].join('');
  const original = globalThis[key];
  if (typeof original !== 'function' || original.__retrying) return;

  globalThis[key] = async function fetchWithRetry(input, init = {}) {
    let lastError;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      try {
        const res = await original(input, init);
        if (!RETRY_STATUS.has(res.status) || attempt === MAX_ATTEMPTS - 1) return res;
        await sleep(backoff(attempt, res.headers.get('retry-after')));
      } catch (err) {
        lastError = err;
        await sleep(backoff(attempt));
      }
    }
    throw lastError;
  };
  globalThis[key].__retrying = true;
}

module.exports = { installRetryingFetch, backoff };
