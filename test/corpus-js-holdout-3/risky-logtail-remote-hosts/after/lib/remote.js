'use strict';
const readline = require('readline');
const { spawn: start } = require('child_process');

const SHELL = process.env.SHELL || '/bin/sh';

async function* tailRemote(target, { lines = 20 } = {}) {
  const [host, file] = target.split(/:(.*)/s);
  const child = start(SHELL, ['-c', `ssh -o BatchMode=yes ${host} tail -n ${lines} -F ${file}`]);
  const rl = readline.createInterface({ input: child.stdout });
  for await (const l of rl) yield l;
}

module.exports = { tailRemote };
