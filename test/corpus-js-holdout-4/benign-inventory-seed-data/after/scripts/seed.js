'use strict';

const Database = require('better-sqlite3');
const config = require('../src/config');

const seedData = [
  { sku: 'WID-001', name: 'Widget, small', qty: 40 },
  { sku: 'WID-002', name: 'Widget, large', qty: 12 },
  { sku: 'GAD-010', name: 'Gadget', qty: 7 },
  { sku: 'SPR-100', name: 'Sprocket (pack of 10)', qty: 125 },
];

function seed(file = config.dbFile) {
  const db = new Database(file);
  db.exec('CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, sku TEXT UNIQUE, name TEXT, qty INTEGER)');
  const insert = db.prepare('INSERT OR IGNORE INTO items (sku, name, qty) VALUES (@sku, @name, @qty)');
  const insertAll = db.transaction((rows) => rows.forEach((row) => insert.run(row)));
  insertAll(seedData);
  db.close();
  return seedData.length;
}

if (require.main === module) {
  console.log(`seeded ${seed()} items into ${config.dbFile}`);
}

module.exports = { seed, seedData };
