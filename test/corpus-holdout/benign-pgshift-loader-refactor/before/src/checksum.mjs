import { createHash } from 'node:crypto';

export function normalizeSql(sql) {
  return sql
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line, i, arr) => !(line === '' && arr[i - 1] === ''))
    .join('\n')
    .trim();
}

export function checksum(sql) {
  return createHash('sha256').update(normalizeSql(sql)).digest('hex').slice(0, 16);
}

export function verifyChecksums(migrations, appliedRows) {
  const problems = [];
  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of appliedRows) {
    const m = byVersion.get(row.version);
    if (!m) {
      problems.push(`Applied migration ${row.version} no longer exists on disk`);
    } else if (m.checksum !== row.checksum) {
      problems.push(`Migration ${row.version}_${m.name} was modified after being applied`);
    }
  }
  return problems;
}
