export interface Table {
  header: string[];
  rows: string[][];
}

/** Split one CSV record, honouring double-quoted fields and "" escapes. */
export function splitRecord(line: string, delimiter = ','): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  cells.push(cell);
  return cells;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function parseCsv(text: string, delimiter = ','): Table {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length === 0) {
    return { header: [], rows: [] };
  }
  const header = splitRecord(lines[0], delimiter).map((h) => h.trim());
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = splitRecord(lines[i], delimiter);
    if (cells.length !== header.length) {
      throw new Error(`line ${i + 1}: expected ${header.length} columns, got ${cells.length}`);
    }
    rows.push(cells.map((c) => c.trim()));
  }
  return { header, rows };
}

export function column(table: Table, name: string): string[] {
  const idx = table.header.indexOf(name);
  if (idx === -1) {
    throw new Error(`unknown column "${name}"`);
  }
  return table.rows.map((row) => row[idx]);
}

export function toCsv(table: Table, delimiter = ','): string {
  const record = (cells: string[]) => cells.map((c) => quote(c, delimiter)).join(delimiter);
  const lines = [record(table.header), ...table.rows.map(record)];
  return lines.join('\n') + '\n';
}
