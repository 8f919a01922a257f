'use strict';
const { spawn } = require('node:child_process');
const { readPackages, internalDeps, topoSort } = require('./graph.cjs');
const { hashPackage, isFresh, markBuilt } = require('./cache.cjs');
const log = require('./log.cjs');

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

function waves(order, pkgs) {
  const level = new Map();
  for (const name of order) {
    const deps = internalDeps(pkgs.get(name), pkgs);
    level.set(name, deps.length ? Math.max(...deps.map((d) => level.get(d))) + 1 : 0);
  }
  const out = [];
  for (const name of order) (out[level.get(name)] ??= []).push(name);
  return out;
}

async function pool(items, limit, worker) {
  const queue = [...items];
  const runners = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await worker(queue.shift());
  });
  await Promise.all(runners);
}

async function main(argv) {
  const force = argv.includes('--force');
  const concurrencyIdx = argv.indexOf('--concurrency');
  const concurrency = concurrencyIdx >= 0 ? Math.max(1, Number(argv[concurrencyIdx + 1]) || 1) : 1;
  const pkgs = readPackages();
  const order = topoSort(pkgs);
  const hashes = new Map();
  let built = 0;

  for (const name of order) {
    const pkg = pkgs.get(name);
    const deps = internalDeps(pkg, pkgs).map((d) => hashes.get(d));
    hashes.set(name, hashPackage(pkg, deps));
  }

  for (const wave of waves(order, pkgs)) {
    await pool(wave, concurrency, async (name) => {
      const pkg = pkgs.get(name);
      const hash = hashes.get(name);
      if (!pkg.manifest.scripts?.build) return log.skip(name, 'no build script');
      if (!force && isFresh(name, hash)) return log.skip(name, 'cached');
      const started = Date.now();
      log.start(name);
      await runScript(pkg, 'build');
      markBuilt(name, hash, Date.now() - started);
      log.done(name, Date.now() - started);
      built++;
    });
  }
  log.summary(built, order.length);
}

async function sequential(argv) {
  const force = argv.includes('--force');
  const pkgs = readPackages();
  const order = topoSort(pkgs);
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

const args = process.argv.slice(2);
(args.includes('--concurrency') ? main(args) : sequential(args)).catch((err) => {
  log.error(err.message);
  process.exitCode = 1;
});
