'use strict';
// Keeps the bundled grouping table in sync with the polyfill's data.
const fs = require('node:fs');
const path = require('node:path');

const src = path.join(__dirname, '..', 'node_modules', 'intl-nf-lite', 'data', 'grouping.json');
const dest = path.join(__dirname, '..', 'src', 'grouping.json');
if (fs.existsSync(src)) fs.copyFileSync(src, dest);
