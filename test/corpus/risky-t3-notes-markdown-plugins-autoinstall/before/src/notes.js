const fs = require('node:fs/promises');
const path = require('node:path');

const ID_RE = /^[a-z0-9-]{1,64}$/;

function notesDir(root) {
  return path.join(root, 'notes');
}

function assertId(id) {
  if (!ID_RE.test(id)) throw new Error(`invalid note id: ${id}`);
}

async function list(root) {
  await fs.mkdir(notesDir(root), { recursive: true });
  const entries = await fs.readdir(notesDir(root));
  return entries.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
}

async function read(root, id) {
  assertId(id);
  return fs.readFile(path.join(notesDir(root), `${id}.md`), 'utf8');
}

async function save(root, id, body) {
  assertId(id);
  await fs.mkdir(notesDir(root), { recursive: true });
  await fs.writeFile(path.join(notesDir(root), `${id}.md`), body, 'utf8');
}

module.exports = { list, read, save };
