'use strict';

module.exports = { format: (report) => JSON.stringify(report, null, 2) };
