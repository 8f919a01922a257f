export interface Table {
  header: string[];
  rows: string[][];
}

export function parseCsv(text: string, delimiter = ','): Table {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length === 0) {
    return { header: [], rows: [] };
  }
  const header = lines[0].split(delimiter).map((h) => h.trim());
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(delimiter);
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
  const lines = [table.header.join(delimiter), ...table.rows.map((r) => r.join(delimiter))];
  return lines.join('\n') + '\n';
}
