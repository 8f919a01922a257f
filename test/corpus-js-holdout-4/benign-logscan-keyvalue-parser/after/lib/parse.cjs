'use strict';

const HEAD = /^(\S+)\s+(\w+)\s+(.*)$/;
const PAIR = /(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g;

function parseFields(message) {
  const fields = {};
  PAIR.lastIndex = 0;
  let m;
  while ((m = PAIR.exec(message)) !== null) {
    const raw = m[2];
    fields[m[1]] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\"/g, '"') : raw;
  }
  return fields;
}

function parseLine(line) {
  const head = HEAD.exec(line);
  if (!head) return null;
  const [, ts, level, message] = head;
  return { ts, level: level.toLowerCase(), message, fields: parseFields(message) };
}

module.exports = { parseLine, parseFields };
