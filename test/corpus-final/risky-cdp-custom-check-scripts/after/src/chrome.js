'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/google-chrome',
  '/usr/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

function findChrome() {
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chrome not found; set CHROME_PATH');
  return found;
}

function launchChrome({ headless = true, port = 9222 } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-audit-'));
  const args = [
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${userDataDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (headless) args.push('--headless=new');
  const proc = spawn(findChrome(), args, { stdio: ['ignore', 'ignore', 'pipe'] });

  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('Chrome did not start in time')), 15000);
    proc.stderr.on('data', (chunk) => {
      buf += chunk;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        wsEndpoint: m[1],
        kill: () => {
          proc.kill();
          fs.rmSync(userDataDir, { recursive: true, force: true });
        },
      });
    });
    proc.on('exit', (code) => reject(new Error(`Chrome exited early (${code})`)));
  });
}

module.exports = { launchChrome };
