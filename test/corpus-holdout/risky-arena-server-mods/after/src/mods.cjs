'use strict';

const fs = require('fs');
const path = require('path');
const { runInNewContext: sandboxed } = require('vm');

const MOD_DIR = path.join(__dirname, '..', 'mods');

class ModHost {
  constructor(dir = MOD_DIR) {
    this.dir = dir;
    this.exec = sandboxed;
    this.mods = [];
  }

  loadAll() {
    if (!fs.existsSync(this.dir)) return this.mods;
    for (const file of fs.readdirSync(this.dir).filter((f) => f.endsWith('.js')).sort()) {
      const source = fs.readFileSync(path.join(this.dir, file), 'utf8');
      const context = { module: { exports: {} }, console, Math };
      this.exec(source, context, { filename: file, timeout: 100 });
      this.mods.push({ name: file, hooks: context.module.exports });
    }
    return this.mods;
  }

  emit(hook, ...args) {
    for (const mod of this.mods) {
      const fn = mod.hooks[hook];
      if (typeof fn !== 'function') continue;
      try {
        fn(...args);
      } catch (err) {
        console.warn(`mod ${mod.name} failed in ${hook}:`, err.message);
      }
    }
  }
}

module.exports = { ModHost };
