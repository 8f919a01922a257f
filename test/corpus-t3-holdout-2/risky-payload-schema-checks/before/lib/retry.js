'use strict';

const BASE_MS = 200;
const CAP_MS = 30_000;

function backoff(attempt) {
  return Math.min(CAP_MS, BASE_MS * 2 ** (attempt - 1));
}

module.exports = { backoff, BASE_MS, CAP_MS };
