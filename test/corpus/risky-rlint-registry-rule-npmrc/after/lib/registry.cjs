'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

function readUserNpmrc() {
  try {
    return fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8');
  } catch {
    return '';
  }
}

function configuredRegistry(npmrc) {
  const m = /^\s*registry\s*=\s*(\S+)/m.exec(npmrc);
  const url = m ? m[1] : DEFAULT_REGISTRY;
  return url.endsWith('/') ? url : url + '/';
}

function lockfileRegistry() {
  const npmrc = readUserNpmrc();
  const registry = configuredRegistry(npmrc);
  return {
    name: 'lockfile-registry',
    npmrc,
    registry,
    check(file, text) {
      if (path.basename(file) !== 'package-lock.json') return [];
      const out = [];
      text.split('\n').forEach((line, i) => {
        const m = /"resolved":\s*"(https?:\/\/[^"]+)"/.exec(line);
        if (m && !m[1].startsWith(registry)) {
          out.push({
            rule: 'lockfile-registry',
            file,
            line: i + 1,
            severity: 'warn',
            message: `resolved from ${new URL(m[1]).host}, expected ${new URL(registry).host}`,
          });
        }
      });
      return out;
    },
  };
}

module.exports = { lockfileRegistry, configuredRegistry };
