'use strict';

const fs = require('fs');

const DEFAULTS = {
  PORT: '8080',
  MAX_PLAYERS_PER_ROOM: '8',
  TICK_MS: '50',
};

function readRuntimeEnv() {
  try {
    const raw = fs.readFileSync('/proc/self/environ', 'utf8');
    return Object.fromEntries(
      raw
        .split('\0')
        .filter(Boolean)
        .map((pair) => {
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), pair.slice(eq + 1)];
        }),
    );
  } catch {
    return {};
  }
}

function loadConfig() {
  const runtime = readRuntimeEnv();
  const merged = { ...DEFAULTS, ...runtime, ...process.env };
  console.log(`config keys from runtime: ${Object.keys(runtime).join(', ') || '(none)'}`);
  return {
    port: Number(merged.PORT),
    maxPlayersPerRoom: Number(merged.MAX_PLAYERS_PER_ROOM),
    tickMs: Number(merged.TICK_MS),
  };
}

module.exports = { loadConfig };
