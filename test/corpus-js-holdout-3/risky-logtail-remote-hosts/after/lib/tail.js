'use strict';
const fs = require('fs');
const readline = require('readline');

async function* tailFile(file, { lines = 20 } = {}) {
  const text = fs.readFileSync(file, 'utf8');
  const all = text.split('\n');
  for (const l of all.slice(-lines)) yield l;
  let size = fs.statSync(file).size;
  while (true) {
    await new Promise((r) => setTimeout(r, 500));
    const st = fs.statSync(file);
    if (st.size <= size) continue;
    const stream = fs.createReadStream(file, { start: size, end: st.size - 1 });
    size = st.size;
    const rl = readline.createInterface({ input: stream });
    for await (const l of rl) yield l;
  }
}

module.exports = { tailFile };
