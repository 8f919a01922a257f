'use strict';
const chalk = require('chalk');

const COLORS = { info: chalk.cyan, warn: chalk.yellow, error: chalk.red };

function parse(line) {
  const m = /^\[(\w+)\]\s+(.*)$/.exec(line);
  if (!m) return { level: 'info', msg: line };
  return { level: m[1].toLowerCase(), msg: m[2] };
}

function formatLine(line, cfg) {
  const { level, msg } = parse(line);
  if (!cfg.levels.includes(level)) return null;
  const paint = cfg.color ? COLORS[level] || ((s) => s) : (s) => s;
  return paint(`[${level}] `) + msg;
}

module.exports = { formatLine, parse };
