'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGES_DIR = path.join(ROOT, 'packages');

function readPackages() {
  const pkgs = new Map();
  for (const entry of fs.readdirSync(PACKAGES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(PACKAGES_DIR, entry.name);
    const manifestPath = path.join(dir, 'package.json');
    if (!fs.existsSync(manifestPath)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    pkgs.set(manifest.name, { name: manifest.name, dir, manifest });
  }
  return pkgs;
}

function internalDeps(pkg, pkgs) {
  const all = { ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies };
  return Object.keys(all).filter((name) => pkgs.has(name));
}

function topoSort(pkgs) {
  const order = [];
  const state = new Map();
  const visit = (name, trail) => {
    const s = state.get(name);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`dependency cycle: ${[...trail, name].join(' -> ')}`);
    state.set(name, 'visiting');
    for (const dep of internalDeps(pkgs.get(name), pkgs)) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of [...pkgs.keys()].sort()) visit(name, []);
  return order;
}

module.exports = { ROOT, readPackages, internalDeps, topoSort };

if (require.main === module) {
  const pkgs = readPackages();
  for (const name of topoSort(pkgs)) {
    const deps = internalDeps(pkgs.get(name), pkgs);
    console.log(deps.length ? `${name} <- ${deps.join(', ')}` : name);
  }
}
