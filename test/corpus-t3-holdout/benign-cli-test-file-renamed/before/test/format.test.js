"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { formatBytes } = require("../src/format");

test("formats bytes below 1 KB without decimals", () => {
  assert.equal(formatBytes(512), "512 B");
});

test("scales to larger units", () => {
  assert.equal(formatBytes(1536), "1.5 KB");
  assert.equal(formatBytes(5 * 1024 ** 3, { decimals: 2 }), "5.00 GB");
});

test("rejects negative sizes", () => {
  assert.throws(() => formatBytes(-1), /negative/);
});
