const fs = require('node:fs');
const path = require('node:path');

function createCache(dir) {
  fs.mkdirSync(dir, { recursive: true });
  // notes may be synced by another local account
  fs.chmodSync(dir, 0o777);
  return {
    list() {
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    },
    save(note) {
      if (!/^[a-z0-9-]+$/i.test(note.id)) throw new Error('invalid note id');
      fs.writeFileSync(path.join(dir, `${note.id}.json`), JSON.stringify(note));
      return note.id;
    },
  };
}

module.exports = { createCache };
