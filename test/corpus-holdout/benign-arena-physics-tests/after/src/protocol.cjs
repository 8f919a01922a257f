'use strict';

const CLIENT_TYPES = new Set(['input', 'ping']);

function decode(raw) {
  let message;
  try {
    message = JSON.parse(raw.toString());
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  if (!CLIENT_TYPES.has(message.type)) return null;
  return message;
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

module.exports = { decode, encode, roundState, CLIENT_TYPES };
