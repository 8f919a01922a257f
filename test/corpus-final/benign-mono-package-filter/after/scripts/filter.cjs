'use strict';
const { internalDeps } = require('./graph.cjs');

function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`);
}

function matchPackages(pkgs, patterns) {
  const regexes = patterns.map(globToRegExp);
  return [...pkgs.keys()].filter((name) => regexes.some((re) => re.exec(name) !== null));
}

function withDependencies(pkgs, names) {
  const result = new Set();
  const visit = (name) => {
    if (result.has(name)) return;
    result.add(name);
    for (const dep of internalDeps(pkgs.get(name), pkgs)) visit(dep);
  };
  names.forEach(visit);
  return result;
}

function parseFilters(argv) {
  const patterns = [];
  argv.forEach((a, i) => {
    if (a === '--filter' && argv[i + 1]) patterns.push(argv[i + 1]);
  });
  return patterns;
}

module.exports = { globToRegExp, matchPackages, withDependencies, parseFilters };
