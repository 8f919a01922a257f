'use strict';

const CLIENT_TYPES = new Set(['input', 'ping']);
const INPUT_KEYS = ['up', 'down', 'left', 'right'];

const stats = { invalid: 0, lastLogAt: 0 };

function reject(reason) {
  stats.invalid += 1;
  const now = Date.now();
  if (now - stats.lastLogAt > 10_000) {
    console.warn(`protocol: rejected ${stats.invalid} message(s), latest reason: ${reason}`);
    stats.lastLogAt = now;
  }
  return null;
}

function sanitize(message) {
  if (message.type === 'input') {
    const out = { type: 'input' };
    for (const key of INPUT_KEYS) {
      if (message[key] !== undefined && typeof message[key] !== 'boolean') return reject(`${key} must be boolean`);
      out[key] = message[key] === true;
    }
    return out;
  }
  if (message.type === 'ping') {
    if (typeof message.t !== 'number' || !Number.isFinite(message.t)) return reject('ping.t must be a finite number');
    return { type: 'ping', t: message.t };
  }
  return reject(`unknown type ${String(message.type)}`);
}

function decode(raw) {
  if (raw.length > 1024) return reject('message too large');
  let message;
  try {
    message = JSON.parse(raw.toString());
  } catch {
    return reject('invalid JSON');
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return reject('not an object');
  if (!CLIENT_TYPES.has(message.type)) return reject(`unsupported type ${String(message.type)}`);
  return sanitize(message);
}

function encode(message) {
  return JSON.stringify(message);
}

function roundState(players) {
  return players.map((p) => ({
    id: p.id,
    x: Math.round(p.x * 10) / 10,
    y: Math.round(p.y * 10) / 10,
    score: p.score,
  }));
}

module.exports = { decode, encode, roundState, CLIENT_TYPES, stats };
