'use strict';

const builtin = {
  json: require('./formats/json.cjs'),
  text: require('./formats/text.cjs'),
};

function loadFormatter(name) {
  const fmt = builtin[name];
  if (!fmt) throw new Error(`Unknown formatter: ${name}`);
  return fmt;
}

module.exports = { loadFormatter };
