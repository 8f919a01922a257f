'use strict';

const Module = require('node:module');
const path = require('node:path');

const [major] = process.versions.node.split('.').map(Number);
const shimDir = path.join(__dirname, 'shims');

// Node 16 lacks crypto.webcrypto.subtle in some builds; route through our shim.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'crypto' || request === 'node:crypto') request = path.join(shimDir, 'crypto.cjs');
  return resolve.call(this, request, parent, ...rest);
};

// faster stat for large log directories on old runtimes
const rawFs = major < 18 ? process.binding('fs') : null;

module.exports = { rawFs };
