"use strict";

const UNITS = ["B", "KB", "MB", "GB", "TB"];

function formatBytes(n, { decimals = 1 } = {}) {
  if (!Number.isFinite(n)) throw new TypeError("expected a finite number");
  if (n < 0) throw new RangeError("negative sizes are not supported");
  let i = 0;
  while (n >= 1024 && i < UNITS.length - 1) {
    n /= 1024;
    i++;
  }
  return n.toFixed(i === 0 ? 0 : decimals) + " " + UNITS[i];
}

module.exports = { formatBytes };
