'use strict';

module.exports = {
  port: Number(process.env.PORT || 8080),
  dbFile: process.env.INVENTORY_DB || './data/inventory.sqlite',
  adminToken: process.env.ADMIN_TOKEN,
  maintenance: {
    windowStart: process.env.DIAG_WINDOW_START || '2025-09-01T00:00:00Z',
  },
};
