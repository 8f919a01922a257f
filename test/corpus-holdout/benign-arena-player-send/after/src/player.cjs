'use strict';

const OPEN = 1;

class Player {
  constructor(id, socket, position) {
    this.id = id;
    this.socket = socket;
    this.x = position.x;
    this.y = position.y;
    this.vx = 0;
    this.vy = 0;
    this.input = { up: false, down: false, left: false, right: false };
    this.score = 0;
    this.dropped = 0;
  }

  get connected() {
    return this.socket.readyState === OPEN;
  }

  send(payload) {
    if (!this.connected) {
      this.dropped += 1;
      return false;
    }
    this.socket.send(payload);
    return true;
  }

  snapshot() {
    return { id: this.id, x: this.x, y: this.y, score: this.score };
  }
}

module.exports = { Player };
