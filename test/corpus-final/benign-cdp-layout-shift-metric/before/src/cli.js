#!/usr/bin/env node
'use strict';
const { launchChrome } = require('./chrome');
const { CdpClient } = require('./cdp');
const { auditPage } = require('./audit');
const { writeReport } = require('./report');

function parseArgs(argv) {
  const opts = { urls: [], out: 'reports', headless: true, timeout: 30000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a === '--headed') opts.headless = false;
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else opts.urls.push(a);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.urls.length === 0) {
    console.error('usage: page-audit [--out dir] [--headed] [--timeout ms] <url...>');
    process.exitCode = 2;
    return;
  }
  const chrome = await launchChrome({ headless: opts.headless });
  try {
    const client = await CdpClient.connect(chrome.wsEndpoint);
    for (const url of opts.urls) {
      const result = await auditPage(client, url, { timeout: opts.timeout });
      const file = await writeReport(opts.out, result);
      console.log(`${url}: ${result.consoleErrors.length} console error(s), LCP ${result.metrics.lcp ?? 'n/a'}ms -> ${file}`);
    }
    await client.close();
  } finally {
    chrome.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
