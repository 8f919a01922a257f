const fs = require('fs/promises');
const path = require('path');

const OUT_DIR = path.join(__dirname, '..', '..', 'out');

async function report(payload) {
  await fs.mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `report-${payload.id}.json`);
  await fs.writeFile(file, JSON.stringify(payload.rows, null, 2));
  return { file };
}

module.exports = { report, OUT_DIR };
