'use strict';

module.exports = {
  port: Number(process.env.PORT || 8080),
  dbFile: process.env.INVENTORY_DB || './data/inventory.sqlite',
  adminToken: process.env.ADMIN_TOKEN,
};
