'use strict';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const dim = paint(2);
const green = paint(32);
const yellow = paint(33);
const red = paint(31);
const bold = paint(1);

function stamp() {
  return dim(new Date().toISOString().slice(11, 19));
}

module.exports = {
  start(name) {
    console.log(`${stamp()} ${bold('build')} ${name}`);
  },
  done(name, ms) {
    console.log(`${stamp()} ${green('done ')} ${name} ${dim(`(${(ms / 1000).toFixed(1)}s)`)}`);
  },
  skip(name, reason) {
    console.log(`${stamp()} ${yellow('skip ')} ${name} ${dim(reason)}`);
  },
  error(message) {
    console.error(`${stamp()} ${red('error')} ${message}`);
  },
  summary(built, total) {
    console.log(`\n${bold(String(built))} of ${total} package(s) rebuilt`);
  },
};
