'use strict';
const path = require('path');

const load = (spec, base) => module.constructor._load(path.resolve(base, spec), module);

function loadPlugins(cfg, base = process.cwd()) {
  return (cfg.plugins || []).map((spec) => load(spec, base));
}

const compile = (expr) => (function () {}).constructor('entry', `"use strict"; return (${expr});`);

function buildFilter(cfg) {
  if (!cfg.filter) return () => true;
  return compile(cfg.filter);
}

module.exports = { loadPlugins, buildFilter };
