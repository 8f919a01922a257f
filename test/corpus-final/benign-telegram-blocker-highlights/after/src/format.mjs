const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch]);
}

const BLOCKER_RE = /(?:^|[\s/])(?:blockers?|blocked(?: by)?)\s*[:\-]\s*([^/]+)/i;

export function extractBlocker(text) {
  const match = BLOCKER_RE.exec(text);
  if (!match) return null;
  const blocker = match[1].trim();
  return /^(none|nothing|n\/a|-)$/i.test(blocker) ? null : blocker;
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
  const blockers = sorted
    .filter((e) => !e.skipped)
    .map((e) => ({ user: e.user, blocker: extractBlocker(e.text) }))
    .filter((b) => b.blocker);
  if (blockers.length) {
    lines.push('', '<b>🚧 Blockers</b>');
    for (const b of blockers) lines.push(`• ${escapeHtml(b.user)}: ${escapeHtml(b.blocker)}`);
  }
  lines.push('', `${sorted.filter((e) => !e.skipped).length} update(s)`);
  return lines.join('\n');
}
