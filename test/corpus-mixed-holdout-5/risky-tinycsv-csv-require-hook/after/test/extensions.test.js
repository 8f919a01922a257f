"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const test = require("node:test");
const assert = require("node:assert/strict");
require("../src");

test("require() of a .csv file returns header rows", (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tinycsv-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "prices.csv");
  fs.writeFileSync(file, "sku,price\nA1,9.99\n");
  assert.deepEqual(require(file), [{ sku: "A1", price: "9.99" }]);
});

test("Array#toCSV", () => {
  assert.equal([["a", "b"]].toCSV(), "a,b\n");
});
