const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch]);
}

function time(ts) {
  return new Date(ts).toISOString().slice(11, 16);
}

export function formatSummary(day, entries) {
  if (entries.length === 0) return `No standups recorded for ${day} yet.`;
  const lines = [`<b>Standup ${day}</b>`, ''];
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  for (const e of sorted) {
    if (e.skipped) {
      lines.push(`• <i>${escapeHtml(e.user)}</i> — away`);
      continue;
    }
    lines.push(`• <b>${escapeHtml(e.user)}</b> (${time(e.at)} UTC)`);
    lines.push(`  ${escapeHtml(e.text)}`);
  }
  lines.push('', `${sorted.filter((e) => !e.skipped).length} update(s)`);
  return lines.join('\n');
}
