"use strict";

function quote(value, delimiter) {
  const s = value == null ? "" : String(value);
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

function stringify(rows, { delimiter = ",", columns } = {}) {
  if (rows.length === 0) return "";
  if (!Array.isArray(rows[0])) {
    const cols = columns ?? Object.keys(rows[0]);
    const lines = [cols.map((c) => quote(c, delimiter)).join(delimiter)];
    for (const r of rows) lines.push(cols.map((c) => quote(r[c], delimiter)).join(delimiter));
    return lines.join("\n") + "\n";
  }
  return rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join("\n") + "\n";
}

module.exports = { stringify };
