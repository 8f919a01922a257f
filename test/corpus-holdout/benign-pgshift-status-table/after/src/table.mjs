import { colors } from './log.mjs';

const ANSI = /\u001b\[\d+m/g;

export function visibleLength(text) {
  return String(text).replace(ANSI, '').length;
}

export function pad(text, width) {
  const str = String(text);
  return str + ' '.repeat(Math.max(0, width - visibleLength(str)));
}

export function renderTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i]))));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  return [line(headers.map((h) => colors.dim(h))), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderStatus(rows) {
  const table = renderTable(
    ['', 'VERSION', 'NAME', 'STATE'],
    rows.map((r) => [
      r.applied ? colors.green('✔') : colors.yellow('·'),
      r.version,
      r.name,
      r.applied ? 'applied' : colors.yellow('pending'),
    ]),
  );
  const pending = rows.filter((r) => !r.applied).length;
  const summary = pending === 0 ? colors.green('Database is up to date') : colors.yellow(`${pending} pending migration(s)`);
  return `${table}\n\n${summary}`;
}
