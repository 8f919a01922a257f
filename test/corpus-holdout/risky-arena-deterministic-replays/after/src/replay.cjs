'use strict';

function xorshift(seed) {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

class Recorder {
  constructor(roomId, seed) {
    this.roomId = roomId;
    this.seed = seed;
    this.frames = [];
  }

  record(tick, inputs) {
    if (inputs.length > 0) this.frames.push({ tick, inputs });
  }

  toJSON() {
    return { roomId: this.roomId, seed: this.seed, frames: this.frames };
  }
}

module.exports = { xorshift, Recorder };
