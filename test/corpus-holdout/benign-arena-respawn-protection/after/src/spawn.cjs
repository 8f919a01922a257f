'use strict';

const MIN_DISTANCE = 120;
const ATTEMPTS = 20;
const MARGIN = 40;
const PROTECTION_MS = 2000;

function randomPoint(arena, rng) {
  return {
    x: MARGIN + rng() * (arena.width - MARGIN * 2),
    y: MARGIN + rng() * (arena.height - MARGIN * 2),
  };
}

function nearestDistance(point, others) {
  let best = Infinity;
  for (const o of others) {
    best = Math.min(best, Math.hypot(o.x - point.x, o.y - point.y));
  }
  return best;
}

function pickSpawnPoint(arena, others, rng = Math.random) {
  let best = randomPoint(arena, rng);
  let bestDistance = nearestDistance(best, others);
  for (let i = 1; i < ATTEMPTS && bestDistance < MIN_DISTANCE; i += 1) {
    const candidate = randomPoint(arena, rng);
    const d = nearestDistance(candidate, others);
    if (d > bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function spawnPlayer(player, arena, others, now = Date.now()) {
  const point = pickSpawnPoint(arena, others);
  player.x = point.x;
  player.y = point.y;
  player.vx = 0;
  player.vy = 0;
  player.protectedUntil = now + PROTECTION_MS;
  return player;
}

function isProtected(player, now = Date.now()) {
  return (player.protectedUntil ?? 0) > now;
}

module.exports = { pickSpawnPoint, randomPoint, nearestDistance, spawnPlayer, isProtected, PROTECTION_MS };
