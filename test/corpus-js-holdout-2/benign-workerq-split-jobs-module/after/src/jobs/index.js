const { report, OUT_DIR } = require('./report');

const handlers = {
  report,

  async sum(payload) {
    const total = (payload.values || []).reduce((a, b) => a + Number(b || 0), 0);
    return { total };
  },
};

module.exports = { handlers, OUT_DIR };
