'use strict';

/**
 * Job payloads frequently carry 64-bit ids (Twitter/Discord snowflakes,
 * database bigints). Make them survive a JSON round trip by tagging BigInts
 * as strings of the form "123n".
 */

const BIGINT_TAG = /^-?\d+n$/;
const nativeParse = JSON.parse;
const nativeStringify = JSON.stringify;

function replacer(userReplacer) {
  return function (key, value) {
    const v = typeof userReplacer === 'function' ? userReplacer.call(this, key, value) : value;
    return typeof v === 'bigint' ? `${v}n` : v;
  };
}

function reviver(userReviver) {
  return function (key, value) {
    const v = typeof value === 'string' && BIGINT_TAG.test(value) ? BigInt(value.slice(0, -1)) : value;
    return typeof userReviver === 'function' ? userReviver.call(this, key, v) : v;
  };
}

JSON.stringify = function stringifyWithBigInt(value, userReplacer, space) {
  if (Array.isArray(userReplacer)) return nativeStringify(value, userReplacer, space);
  return nativeStringify(value, replacer(userReplacer), space);
};

JSON.parse = function parseWithBigInt(text, userReviver) {
  return nativeParse(text, reviver(userReviver));
};

module.exports = { BIGINT_TAG };
