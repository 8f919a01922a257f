const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const { NotesStore } = require("../src/notes-store");

let dir;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkpad-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test("save then read", () => {
  const s = new NotesStore(dir);
  s.save("groceries", "- milk");
  expect(s.read("groceries")).toBe("- milk");
  expect(s.list()).toEqual(["groceries"]);
});

test("rejects ids with path separators", () => {
  const s = new NotesStore(dir);
  expect(() => s.read("../etc/passwd")).toThrow(/invalid note id/);
});

test("remove is idempotent", () => {
  const s = new NotesStore(dir);
  expect(s.remove("nope")).toBe(true);
});
