import test from "node:test";
import assert from "node:assert/strict";
import { headings, updateToc } from "../src/toc.js";

test("collects headings up to maxDepth", () => {
  const md = "# A\n## B\n### C\n#### D\n";
  assert.deepEqual(headings(md, 2).map((h) => h.text), ["A", "B"]);
});

test("ignores headings inside code fences", () => {
  const md = "# A\n```\n# not a heading\n```\n";
  assert.equal(headings(md).length, 1);
});

test("rewrites the block between markers", () => {
  const md = "# Title\n<!-- toc -->\nold\n<!-- tocstop -->\n## Usage\n";
  assert.match(updateToc(md), /- \[Usage\]\(#usage\)/);
});
