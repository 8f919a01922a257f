'use strict';

const { step, collide } = require('./physics.cjs');
const { pickSpawnPoint } = require('./spawn.cjs');
const { encode } = require('./protocol.cjs');
const { Player } = require('./player.cjs');

const TICK_MS = 50;
const ARENA = { width: 1600, height: 900 };

class Room {
  constructor(id) {
    this.id = id;
    this.players = new Map();
    this.tick = 0;
    this.timer = null;
  }

  join(playerId, socket) {
    const position = pickSpawnPoint(ARENA, [...this.players.values()]);
    const player = new Player(playerId, socket, position);
    this.players.set(playerId, player);
    return player;
  }

  broadcast(message) {
    const payload = typeof message === 'string' ? message : encode(message);
    for (const p of this.players.values()) p.send(payload);
  }

  leave(playerId) {
    this.players.delete(playerId);
  }

  setInput(playerId, message) {
    const player = this.players.get(playerId);
    if (!player) return;
    player.input = {
      up: Boolean(message.up),
      down: Boolean(message.down),
      left: Boolean(message.left),
      right: Boolean(message.right),
    };
  }

  update() {
    this.tick += 1;
    const players = [...this.players.values()];
    for (const p of players) step(p, TICK_MS / 1000, ARENA);
    for (let i = 0; i < players.length; i += 1) {
      for (let j = i + 1; j < players.length; j += 1) {
        collide(players[i], players[j]);
      }
    }
    this.broadcast({
      type: 'state',
      tick: this.tick,
      players: players.map((p) => p.snapshot()),
    });
  }

  start() {
    if (this.timer) return;
    this.timer = setInterval(() => this.update(), TICK_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }
}

module.exports = { Room, ARENA, TICK_MS };
