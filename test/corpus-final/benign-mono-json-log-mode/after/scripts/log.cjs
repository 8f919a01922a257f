'use strict';

const json = process.env.LOG_FORMAT === 'json';
const useColor = !json && process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const dim = paint(2);
const green = paint(32);
const yellow = paint(33);
const red = paint(31);
const bold = paint(1);

const timings = [];

function stamp() {
  return dim(new Date().toISOString().slice(11, 19));
}

function emit(level, fields, text) {
  if (json) {
    const line = JSON.stringify({ time: new Date().toISOString(), level, ...fields });
    (level === 'error' ? console.error : console.log)(line);
  } else {
    (level === 'error' ? console.error : console.log)(text);
  }
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.name.length), 7);
  return rows
    .sort((a, b) => b.ms - a.ms)
    .map((r) => `  ${r.name.padEnd(width)}  ${(r.ms / 1000).toFixed(1).padStart(6)}s`)
    .join('\n');
}

module.exports = {
  start(name) {
    emit('info', { event: 'start', pkg: name }, `${stamp()} ${bold('build')} ${name}`);
  },
  done(name, ms) {
    timings.push({ name, ms });
    emit('info', { event: 'done', pkg: name, ms }, `${stamp()} ${green('done ')} ${name} ${dim(`(${(ms / 1000).toFixed(1)}s)`)}`);
  },
  skip(name, reason) {
    emit('info', { event: 'skip', pkg: name, reason }, `${stamp()} ${yellow('skip ')} ${name} ${dim(reason)}`);
  },
  error(message) {
    emit('error', { event: 'error', message }, `${stamp()} ${red('error')} ${message}`);
  },
  summary(built, total) {
    if (json) {
      emit('info', { event: 'summary', built, total, timings }, '');
      return;
    }
    console.log(`\n${bold(String(built))} of ${total} package(s) rebuilt`);
    if (timings.length) console.log(`\n${dim('slowest packages')}\n${table(timings)}`);
  },
};
