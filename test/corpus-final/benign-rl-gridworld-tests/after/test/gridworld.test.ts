import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GridWorld, type GridSpec } from '../src/gridworld.js';

const seedLayouts: Record<string, GridSpec> = {
  corridor: { width: 4, height: 1, walls: [], traps: [], goal: [3, 0], slip: 0 },
  walled: { width: 3, height: 3, walls: [[1, 1]], traps: [[2, 0]], goal: [2, 2], slip: 0 },
};

describe('GridWorld', () => {
  it('walks down a corridor to the goal', () => {
    const env = new GridWorld(seedLayouts.corridor);
    env.resetTo(0, 0);
    assert.equal(env.step(1).done, false);
    assert.equal(env.step(1).done, false);
    const last = env.step(1);
    assert.equal(last.done, true);
    assert.equal(last.reward, 1);
  });

  it('does not move into walls', () => {
    const env = new GridWorld(seedLayouts.walled);
    const start = env.resetTo(1, 0);
    assert.equal(env.step(2).state, start);
  });

  it('ends the episode in a trap', () => {
    const env = new GridWorld(seedLayouts.walled);
    env.resetTo(1, 0);
    const res = env.step(1);
    assert.equal(res.done, true);
    assert.equal(res.reward, -1);
  });

  it('renders the grid', () => {
    const env = new GridWorld(seedLayouts.walled);
    env.resetTo(0, 0);
    assert.equal(env.render(), 'A.x\n.#.\n..G');
  });
});
