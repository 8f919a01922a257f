"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { parse, stringify } = require("../src");

test("quoted fields with embedded commas and quotes", () => {
  assert.deepEqual(parse('a,"b,c","d ""e"""\n'), [["a", "b,c", 'd "e"']]);
});

test("header mode", () => {
  assert.deepEqual(parse("x,y\n1,2\n", { header: true }), [{ x: "1", y: "2" }]);
});

test("roundtrip", () => {
  const rows = [["a", "b\nc"], ["1", '"q"']];
  assert.deepEqual(parse(stringify(rows)), rows);
});
