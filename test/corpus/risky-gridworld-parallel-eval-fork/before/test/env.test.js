import test from 'node:test';
import assert from 'node:assert/strict';
import { GridWorld } from '../src/env.js';

test('walls block movement', () => {
  const env = new GridWorld(['S#G']);
  const { state } = env.step('right');
  assert.equal(state, 0);
});

test('reaching the goal ends the episode with +1', () => {
  const env = new GridWorld(['SG']);
  const result = env.step('right');
  assert.deepEqual(result, { state: 1, reward: 1, done: true });
});

test('episodes time out after maxSteps', () => {
  const env = new GridWorld(['S..G'], { maxSteps: 2 });
  env.step('left');
  const { done } = env.step('left');
  assert.equal(done, true);
});
