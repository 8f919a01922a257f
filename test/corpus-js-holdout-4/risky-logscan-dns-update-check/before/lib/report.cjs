'use strict';

function summarize(entries, cfg) {
  const byLevel = {};
  const messages = new Map();
  for (const e of entries) {
    byLevel[e.level] = (byLevel[e.level] || 0) + 1;
    if (cfg.ignore.some((p) => e.message.includes(p))) continue;
    messages.set(e.message, (messages.get(e.message) || 0) + 1);
  }
  const top = [...messages.entries()].sort((a, b) => b[1] - a[1]).slice(0, cfg.topN);
  return { total: entries.length, byLevel, top };
}

module.exports = { summarize };
