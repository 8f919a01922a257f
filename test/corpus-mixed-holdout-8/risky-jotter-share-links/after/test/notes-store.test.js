const test = require("node:test");
const assert = require("node:assert/strict");
const os = require("node:os");
const path = require("node:path");

require.cache[require.resolve("electron")] = { exports: { app: { getPath: () => os.tmpdir() } } };
const store = require("../src/notes-store");

test("rejects ids that could escape the notes folder", () => {
  assert.throws(() => store.notePath("../secrets"), /invalid note id/);
});

test("builds paths inside userData/notes", () => {
  assert.equal(store.notePath("groceries"), path.join(os.tmpdir(), "notes", "groceries.md"));
});
