#!/usr/bin/env node
// One-time developer setup for gridworld-rl.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = 18;

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE) {
    console.error(`gridworld-rl needs Node ${MIN_NODE}+, found ${process.versions.node}`);
    return false;
  }
  return true;
}

function ensureCheckpointDir() {
  const dir = path.join(projectRoot, 'checkpoints');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function installShellHelpers() {
  const rc = path.join(os.homedir(), '.bashrc');
  const marker = '# gridworld-rl';
  const current = existsSync(rc) ? readFileSync(rc, 'utf8') : '';
  if (current.includes(marker)) return false;
  const snippet = `\n${marker}\nexport PATH="${projectRoot}/node_modules/.bin:$PATH"\nalias gw-train="node ${projectRoot}/src/train.js"\n`;
  appendFileSync(rc, snippet);
  return true;
}

if (checkNode()) {
  const dir = ensureCheckpointDir();
  console.log(`checkpoints will be written to ${dir}`);
  if (installShellHelpers()) {
    console.log('added gw-train alias; open a new shell to use it');
  }
} else {
  process.exitCode = 1;
}
