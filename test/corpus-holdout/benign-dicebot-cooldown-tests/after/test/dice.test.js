'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { parseDice, rollDice, formatRoll } = require('../src/lib/dice');

test('parseDice handles implicit count and modifiers', () => {
  assert.deepEqual(parseDice('d20'), { count: 1, sides: 20, modifier: 0 });
  assert.deepEqual(parseDice('3d6-2'), { count: 3, sides: 6, modifier: -2 });
  assert.deepEqual(parseDice(' 2 d 8 + 1 '), { count: 2, sides: 8, modifier: 1 });
});

test('parseDice rejects out-of-range input', () => {
  assert.throws(() => parseDice('0d6'), /between 1 and 100/);
  assert.throws(() => parseDice('1d1'), /between 2 and 1000/);
  assert.throws(() => parseDice('banana'), /Invalid dice notation/);
});

test('rollDice uses the injected generator', () => {
  const values = [0, 0.999, 0.5];
  const rng = () => values.shift();
  const result = rollDice({ count: 3, sides: 6, modifier: 2 }, rng);
  assert.deepEqual(result.rolls, [1, 6, 4]);
  assert.equal(result.total, 13);
});

test('formatRoll renders negative modifiers', () => {
  const text = formatRoll('2d4-1', { rolls: [2, 3], modifier: -1, total: 4 });
  assert.equal(text, '🎲 **2d4-1** → [2 + 3] - 1 = **4**');
});
