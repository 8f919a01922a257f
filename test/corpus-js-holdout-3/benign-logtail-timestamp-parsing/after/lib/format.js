'use strict';
const chalk = require('chalk');

const COLORS = { info: chalk.cyan, warn: chalk.yellow, error: chalk.red };
const TS = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\b/g;

function extractTimestamps(msg) {
  const found = [];
  let m;
  TS.lastIndex = 0;
  while ((m = TS.exec(msg)) !== null) found.push(m[1]);
  return found;
}

function parse(line) {
  const m = /^\[(\w+)\]\s+(.*)$/.exec(line);
  if (!m) return { level: 'info', msg: line, ts: extractTimestamps(line)[0] };
  return { level: m[1].toLowerCase(), msg: m[2], ts: extractTimestamps(m[2])[0] };
}

function formatLine(line, cfg) {
  const { level, msg, ts } = parse(line);
  if (!cfg.levels.includes(level)) return null;
  const paint = cfg.color ? COLORS[level] || ((s) => s) : (s) => s;
  const stamp = ts ? chalk.gray(ts.slice(11, 19)) + ' ' : '';
  return stamp + paint(`[${level}] `) + msg;
}

module.exports = { formatLine, parse, extractTimestamps };
