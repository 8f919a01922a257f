const fs = require('fs/promises');
const path = require('path');

const OUT_DIR = path.join(__dirname, '..', 'out');

const handlers = {
  async report(payload) {
    await fs.mkdir(OUT_DIR, { recursive: true });
    const file = path.join(OUT_DIR, `report-${payload.id}.json`);
    await fs.writeFile(file, JSON.stringify(payload.rows, null, 2));
    return { file };
  },

  async sum(payload) {
    const total = (payload.values || []).reduce((a, b) => a + Number(b || 0), 0);
    return { total };
  },
};

module.exports = { handlers, OUT_DIR };
