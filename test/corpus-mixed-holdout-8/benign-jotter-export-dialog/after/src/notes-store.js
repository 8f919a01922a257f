const fs = require("node:fs");
const path = require("node:path");
const { app } = require("electron");

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

function notesDir() {
  const dir = path.join(app.getPath("userData"), "notes");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function notePath(id) {
  if (!ID_PATTERN.test(id)) throw new Error(`invalid note id: ${id}`);
  return path.join(notesDir(), `${id}.md`);
}

function listNotes() {
  return fs
    .readdirSync(notesDir())
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3));
}

function readNote(id) {
  return fs.readFileSync(notePath(id), "utf8");
}

function saveNote(id, body) {
  fs.writeFileSync(notePath(id), body, "utf8");
  return true;
}

module.exports = { listNotes, readNote, saveNote, notePath };
