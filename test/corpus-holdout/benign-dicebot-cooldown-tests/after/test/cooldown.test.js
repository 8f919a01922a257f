'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { Cooldowns } = require('../src/lib/cooldown');

test('remaining is zero for unseen users', () => {
  const c = new Cooldowns(1000);
  assert.equal(c.remaining('u1', 'roll', 5000), 0);
});

test('remaining counts down from the window', () => {
  const c = new Cooldowns(1000);
  c.touch('u1', 'roll', 5000);
  assert.equal(c.remaining('u1', 'roll', 5000), 1000);
  assert.equal(c.remaining('u1', 'roll', 5400), 600);
  assert.equal(c.remaining('u1', 'roll', 6000), 0);
  assert.equal(c.remaining('u1', 'roll', 9000), 0);
});

test('cooldowns are per command', () => {
  const c = new Cooldowns(1000);
  c.touch('u1', 'roll', 5000);
  assert.equal(c.remaining('u1', 'poll', 5000), 0);
});

test('reset clears only the given user', () => {
  const c = new Cooldowns(1000);
  c.touch('u1', 'roll', 5000);
  c.touch('u2', 'roll', 5000);
  c.reset('u1');
  assert.equal(c.remaining('u1', 'roll', 5000), 0);
  assert.equal(c.remaining('u2', 'roll', 5000), 1000);
});

test('prune drops expired entries', () => {
  const c = new Cooldowns(1000);
  c.touch('u1', 'roll', 1000);
  c.touch('u2', 'roll', 5000);
  c.prune(5500);
  assert.deepEqual([...c.lastUse.keys()], ['u2:roll']);
});
