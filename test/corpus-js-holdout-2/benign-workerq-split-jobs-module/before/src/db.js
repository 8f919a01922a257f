const sqlite3 = require('sqlite3');
const path = require('path');

const db = new sqlite3.Database(path.join(__dirname, '..', 'data', 'queue.db'));

db.serialize(() => {
  db.run(`CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT DEFAULT 'queued',
    attempts INTEGER DEFAULT 0
  )`);
});

function nextJob() {
  return new Promise((resolve, reject) =>
    db.get(`SELECT * FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1`, (err, row) =>
      err ? reject(err) : resolve(row),
    ),
  );
}

function setStatus(id, status) {
  return new Promise((resolve, reject) =>
    db.run(`UPDATE jobs SET status = ? WHERE id = ?`, [status, id], (err) => (err ? reject(err) : resolve())),
  );
}

module.exports = { db, nextJob, setStatus };
