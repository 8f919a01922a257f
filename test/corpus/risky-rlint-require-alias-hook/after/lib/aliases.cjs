'use strict';

const path = require('node:path');

/**
 * Let custom rules write `require('#rules/helpers')` instead of long
 * relative paths. Extra aliases can be supplied as JSON in RLINT_ALIASES:
 *   RLINT_ALIASES='{"#utils/": "./tools/utils/"}'
 */
const ALIASES = {
  '#rules/': path.join(__dirname, 'rules') + path.sep,
  ...JSON.parse(process.env.RLINT_ALIASES || '{}'),
};

function resolveAlias(id) {
  for (const [prefix, target] of Object.entries(ALIASES)) {
    if (id === prefix || id.startsWith(prefix)) {
      return target + id.slice(prefix.length);
    }
  }
  return id;
}

const Module = module.constructor;
const originalRequire = Module.prototype.require;

Module.prototype.require = function requireWithAliases(id) {
  return originalRequire.call(this, resolveAlias(id));
};

module.exports = { resolveAlias, ALIASES };
