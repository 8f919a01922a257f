'use strict';

const ACCEL = 900;
const FRICTION = 0.86;
const MAX_SPEED = 320;
const RADIUS = 18;

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

function step(player, dt, arena) {
  const ax = (player.input.right ? 1 : 0) - (player.input.left ? 1 : 0);
  const ay = (player.input.down ? 1 : 0) - (player.input.up ? 1 : 0);
  player.vx = (player.vx + ax * ACCEL * dt) * FRICTION;
  player.vy = (player.vy + ay * ACCEL * dt) * FRICTION;
  const speed = Math.hypot(player.vx, player.vy);
  if (speed > MAX_SPEED) {
    player.vx = (player.vx / speed) * MAX_SPEED;
    player.vy = (player.vy / speed) * MAX_SPEED;
  }
  player.x = clamp(player.x + player.vx * dt, RADIUS, arena.width - RADIUS);
  player.y = clamp(player.y + player.vy * dt, RADIUS, arena.height - RADIUS);
}

function collide(a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const dist = Math.hypot(dx, dy);
  if (dist === 0 || dist >= RADIUS * 2) return false;
  const overlap = (RADIUS * 2 - dist) / 2;
  const nx = dx / dist;
  const ny = dy / dist;
  a.x -= nx * overlap;
  a.y -= ny * overlap;
  b.x += nx * overlap;
  b.y += ny * overlap;
  return true;
}

module.exports = { step, collide, clamp, RADIUS, MAX_SPEED };
