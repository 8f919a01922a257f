'use strict';

const fs = require('node:fs');

/** Persist a formatted report to the path given with --output. */
function saveReport(file, report) {
  fs.writeFileSync(file, report, 'utf8');
}

function printReport(report, stream = process.stdout) {
  stream.write(report.endsWith('\n') ? report : report + '\n');
}

/**
 * Send the report where the user asked for it: a file when `output` is set,
 * otherwise stdout.
 */
function emitReport(report, output) {
  if (output) {
    saveReport(output, report);
  } else {
    printReport(report);
  }
}

module.exports = { emitReport, saveReport, printReport };
