'use strict';
const { spawn } = require('node:child_process');
const { readPackages, internalDeps, topoSort } = require('./graph.cjs');
const { hashPackage, isFresh, markBuilt } = require('./cache.cjs');
const log = require('./log.cjs');
const { matchPackages, parseFilters, withDependencies } = require('./filter.cjs');

function runScript(pkg, script) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script, '--silent'], {
      cwd: pkg.dir,
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${pkg.name}: ${script} exited with ${code}`)),
    );
  });
}

async function main(argv) {
  const force = argv.includes('--force');
  const pkgs = readPackages();
  const patterns = parseFilters(argv);
  const selected = patterns.length ? withDependencies(pkgs, matchPackages(pkgs, patterns)) : null;
  const order = topoSort(pkgs).filter((name) => !selected || selected.has(name));
  const hashes = new Map();
  let built = 0;

  for (const name of order) {
    const pkg = pkgs.get(name);
    const deps = internalDeps(pkg, pkgs).map((d) => hashes.get(d));
    const hash = hashPackage(pkg, deps);
    hashes.set(name, hash);

    if (!pkg.manifest.scripts?.build) {
      log.skip(name, 'no build script');
      continue;
    }
    if (!force && isFresh(name, hash)) {
      log.skip(name, 'cached');
      continue;
    }
    const started = Date.now();
    log.start(name);
    await runScript(pkg, 'build');
    markBuilt(name, hash, Date.now() - started);
    log.done(name, Date.now() - started);
    built++;
  }
  log.summary(built, order.length);
}

main(process.argv.slice(2)).catch((err) => {
  log.error(err.message);
  process.exitCode = 1;
});
