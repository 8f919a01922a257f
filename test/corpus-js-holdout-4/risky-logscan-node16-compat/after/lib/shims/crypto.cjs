'use strict';

const real = module.constructor._load('crypto', null, false);

module.exports = { ...real, webcrypto: real.webcrypto || {} };
