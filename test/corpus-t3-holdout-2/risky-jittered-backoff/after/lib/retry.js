'use strict';

const BASE_MS = 200;
const CAP_MS = 30_000;

function backoff(attempt, rand = Math.random) {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + rand() * ceiling);
}

module.exports = { backoff, BASE_MS, CAP_MS };
