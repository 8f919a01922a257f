"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { outputName } = require("../lib");

test("outputName swaps extension", () => {
  assert.equal(outputName("a/b/photo.JPG", "webp"), "photo.webp");
});

test("outputName keeps extension", () => {
  assert.equal(outputName("a/b/photo.png", "keep"), "photo.png");
});
