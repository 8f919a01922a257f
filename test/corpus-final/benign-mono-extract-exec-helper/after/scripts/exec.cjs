'use strict';
const { spawn } = require('node:child_process');

class ScriptError extends Error {
  constructor(pkgName, script, code) {
    super(`${pkgName}: ${script} exited with ${code}`);
    this.name = 'ScriptError';
    this.exitCode = code;
  }
}

/** Runs `npm run <script>` inside a workspace package directory. */
function runNpmScript(pkg, script) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script, '--silent'], {
      cwd: pkg.dir,
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new ScriptError(pkg.name, script, code))));
  });
}

module.exports = { runNpmScript, ScriptError };
