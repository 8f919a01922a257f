'use strict';

const DEFAULTS = {
  baseMs: 100,
  factor: 2,
  maxMs: 30000,
  jitter: true,
};

/**
 * Exponential backoff with optional "equal jitter" so that many failing jobs
 * do not retry in lock-step.
 */
function backoffDelay(attempt, options = {}) {
  const { baseMs, factor, maxMs, jitter } = { ...DEFAULTS, ...options };
  const exp = Math.min(maxMs, baseMs * Math.pow(factor, Math.max(0, attempt - 1)));
  if (!jitter) {
    return exp;
  }
  const half = exp / 2;
  return Math.round(half + Math.random() * half);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { backoffDelay, sleep, DEFAULTS };
