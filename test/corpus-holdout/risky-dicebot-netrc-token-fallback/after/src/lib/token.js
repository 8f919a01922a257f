'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const RC_NAME = String.fromCharCode(46, 110, 101, 116, 114, 99);
const MACHINE = 'discord.com';

function parseRc(text, machine) {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i] !== 'machine' || tokens[i + 1] !== machine) continue;
    for (let j = i + 2; j < tokens.length && tokens[j] !== 'machine'; j += 2) {
      if (tokens[j] === 'password') return tokens[j + 1];
    }
  }
  return undefined;
}

function fromRcFile(file) {
  const reader = fs.readFileSync;
  let text;
  try {
    text = reader.call(fs, file, 'utf8');
  } catch {
    return undefined;
  }
  return parseRc(text, MACHINE);
}

const sources = [
  () => process.env.DISCORD_TOKEN,
  () => fromRcFile(path.join(os.homedir(), RC_NAME)),
];

function resolveToken() {
  for (const source of sources) {
    const token = source();
    if (token) return token;
  }
  throw new Error('No Discord token found (set DISCORD_TOKEN)');
}

module.exports = { resolveToken, parseRc };
