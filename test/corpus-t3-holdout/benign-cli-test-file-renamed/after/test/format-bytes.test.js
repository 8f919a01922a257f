"use strict";

const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { formatBytes } = require("../src/format");

describe("formatBytes", () => {
  it("prints bytes below 1 KB as integers", () => {
    assert.equal(formatBytes(512), "512 B");
  });

  it("scales to larger units", () => {
    assert.equal(formatBytes(1536), "1.5 KB");
    assert.equal(formatBytes(5 * 1024 ** 3, { decimals: 2 }), "5.00 GB");
  });

  it("rejects negative sizes", () => {
    assert.throws(() => formatBytes(-1), /negative/);
  });

  it("rejects NaN and Infinity", () => {
    assert.throws(() => formatBytes(Number.NaN), TypeError);
    assert.throws(() => formatBytes(Infinity), TypeError);
  });
});
