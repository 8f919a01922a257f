"use strict";

const path = require("node:path");
const test = require("node:test");
const assert = require("node:assert/strict");
const { outputName } = require("../lib");

test("outputName swaps extension and keeps structure", () => {
  assert.equal(outputName("/p/a/b/photo.JPG", "webp", "/p"), path.join("a", "b", "photo.webp"));
});

test("outputName keeps extension", () => {
  assert.equal(outputName("/p/photo.png", "keep", "/p"), "photo.png");
});

test("inputs outside base are flattened instead of escaping --out", () => {
  assert.equal(outputName("/elsewhere/x.png", "webp", "/p"), "x.webp");
});
