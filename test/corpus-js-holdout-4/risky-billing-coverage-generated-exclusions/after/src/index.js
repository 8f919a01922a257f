const { prorate } = require('./invoice');

module.exports = { prorate };
