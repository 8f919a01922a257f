'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { Room, TICK_MS } = require('../src/room.cjs');

test('Room exposes the lifecycle used by the server', () => {
  const methods = Object.getOwnPropertyNames(Room.prototype).filter((n) => n !== 'constructor').sort();
  assert.deepEqual(methods, ['join', 'leave', 'setInput', 'start', 'stop', 'update']);
});

test('tick rate is 20 Hz', () => {
  assert.equal(1000 / TICK_MS, 20);
});

test('setInput coerces values to booleans', () => {
  const room = new Room('room-test');
  room.join(1, { readyState: 1, send() {} });
  room.setInput(1, { up: 1, down: '', left: 'yes', right: null });
  assert.deepEqual(room.players.get(1).input, { up: true, down: false, left: true, right: false });
});
