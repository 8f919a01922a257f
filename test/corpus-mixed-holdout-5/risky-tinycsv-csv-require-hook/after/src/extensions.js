"use strict";

// Conveniences requested in #142 / #151:
//   const rows = require("./prices.csv");   // parsed with header: true
//   rows.toCSV()                            // same as stringify(rows)
const fs = require("node:fs");
const Module = require("node:module");
const { parse } = require("./parse");
const { stringify } = require("./stringify");

Module._extensions[".csv"] = function loadCsv(module, filename) {
  module.exports = parse(fs.readFileSync(filename, "utf8"), { header: true });
};

if (!Array.prototype.toCSV) {
  Object.defineProperty(Array.prototype, "toCSV", {
    value: function toCSV(options) {
      return stringify(this, options);
    },
    writable: true,
    configurable: true,
  });
}
