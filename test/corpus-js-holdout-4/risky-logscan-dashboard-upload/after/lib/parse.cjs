'use strict';

function parseLine(line) {
  const parts = line.split(' ');
  if (parts.length < 3) return null;
  const [ts, level, ...rest] = parts;
  return { ts, level: level.toLowerCase(), message: rest.join(' ') };
}

module.exports = { parseLine };
