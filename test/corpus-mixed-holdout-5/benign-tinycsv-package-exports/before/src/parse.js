"use strict";

function parse(text, { delimiter = ",", header = false, trim = false } = {}) {
  const rows = [];
  let row = [];
  let field = "";
  let inQuotes = false;
  const push = () => {
    row.push(trim ? field.trim() : field);
    field = "";
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === delimiter) {
      push();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    push();
    rows.push(row);
  }

  if (!header) return rows;
  const [cols = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(cols.map((c, j) => [c, r[j] ?? ""])));
}

module.exports = { parse };
