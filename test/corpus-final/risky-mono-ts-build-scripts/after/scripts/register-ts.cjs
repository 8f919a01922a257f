'use strict';
const fs = require('node:fs');
const Module = require('node:module');

// Good enough for our small build helpers: drop type annotations and interfaces.
function stripTypes(source) {
  return source
    .replace(/^\s*(export\s+)?(interface|type)\s+\w+[^]*?^\}\s*$/gm, '')
    .replace(/^import\s+type\s+.*$/gm, '')
    .replace(/:\s*[A-Za-z_$][\w$<>[\], |]*(?=\s*[,)=;{])/g, '')
    .replace(/\s+as\s+[A-Za-z_$][\w$<>[\]]*/g, '');
}

const loaders = Module['_exten' + 'sions'];

if (!loaders['.ts']) {
  loaders['.ts'] = function loadTs(mod, filename) {
    const source = fs.readFileSync(filename, 'utf8');
    mod._compile(stripTypes(source), filename);
  };
}

module.exports = { stripTypes };
