'use strict';

module.exports = {
  ...require('./queue'),
  ...require('./retry'),
  ...require('./notify'),
  ...require('./store'),
};
