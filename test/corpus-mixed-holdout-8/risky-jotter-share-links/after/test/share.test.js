const test = require("node:test");
const assert = require("node:assert/strict");
const { shareToken } = require("../src/share");

test("share tokens are stable for the same note", () => {
  assert.equal(shareToken("groceries"), shareToken("groceries"));
  assert.equal(shareToken("groceries").length, 12);
});
