'use strict';

const Database = require('better-sqlite3');
const fp = require('fastify-plugin');

module.exports = fp(async function dbPlugin(fastify, opts) {
  const db = new Database(opts.file);
  db.pragma('journal_mode = WAL');
  fastify.decorate('db', {
    count: (table) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n,
    all: (sql, ...params) => db.prepare(sql).all(...params),
    run: (sql, ...params) => db.prepare(sql).run(...params),
  });
  fastify.addHook('onClose', async () => db.close());
});
