const fs = require("node:fs");
const path = require("node:path");

const ID_RE = /^[a-z0-9-]{1,64}$/;

class NotesStore {
  constructor(dir) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
  }

  file(id) {
    if (!ID_RE.test(id)) throw new Error(`invalid note id: ${id}`);
    return path.join(this.dir, `${id}.md`);
  }

  list() {
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.slice(0, -3))
      .sort();
  }

  read(id) {
    return fs.readFileSync(this.file(id), "utf8");
  }

  save(id, body) {
    fs.writeFileSync(this.file(id), body, "utf8");
    return true;
  }

  remove(id) {
    fs.rmSync(this.file(id), { force: true });
    return true;
  }
}

module.exports = { NotesStore, ID_RE };
