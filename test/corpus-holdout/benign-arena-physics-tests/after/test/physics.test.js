'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { step, collide, clamp, RADIUS, MAX_SPEED } = require('../src/physics.cjs');

const arena = { width: 1000, height: 1000 };
const idle = { up: false, down: false, left: false, right: false };

function player(overrides = {}) {
  return { x: 500, y: 500, vx: 0, vy: 0, input: { ...idle }, ...overrides };
}

test('clamp bounds values', () => {
  assert.equal(clamp(5, 0, 3), 3);
  assert.equal(clamp(-1, 0, 3), 0);
  assert.equal(clamp(2, 0, 3), 2);
});

test('idle players slow down', () => {
  const p = player({ vx: 100 });
  step(p, 0.05, arena);
  assert.ok(Math.abs(p.vx - 86) < 1e-9, `vx was ${p.vx}`);
});

test('speed never exceeds the cap', () => {
  const p = player({ vx: 10_000, input: { ...idle, right: true } });
  step(p, 0.05, arena);
  assert.ok(Math.hypot(p.vx, p.vy) <= MAX_SPEED + 1e-9);
});

test('players stay inside the arena', () => {
  const p = player({ x: 5, y: 995, vx: -300, vy: 300 });
  step(p, 0.05, arena);
  assert.equal(p.x, RADIUS);
  assert.equal(p.y, arena.height - RADIUS);
});

test('collide separates overlapping players symmetrically', () => {
  const a = player({ x: 100, y: 100 });
  const b = player({ x: 110, y: 100 });
  assert.equal(collide(a, b), true);
  assert.ok(Math.abs(b.x - a.x - RADIUS * 2) < 1e-9);
  assert.equal(a.x + b.x, 210);
});

test('collide ignores distant players', () => {
  assert.equal(collide(player({ x: 0 }), player({ x: 100 })), false);
});
