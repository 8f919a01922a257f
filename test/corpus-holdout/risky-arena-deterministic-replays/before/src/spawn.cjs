'use strict';

const MIN_DISTANCE = 120;
const ATTEMPTS = 20;
const MARGIN = 40;

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

module.exports = { pickSpawnPoint, randomPoint, nearestDistance };
