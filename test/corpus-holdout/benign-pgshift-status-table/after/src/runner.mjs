import pg from 'pg';
import { loadMigrations } from './loader.mjs';
import { verifyChecksums } from './checksum.mjs';
import { log } from './log.mjs';

const TABLE = 'pgshift_migrations';

async function connect() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set');
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return client;
}

async function appliedRows(client) {
  const { rows } = await client.query(`SELECT version, name, checksum FROM ${TABLE} ORDER BY version`);
  return rows;
}

export async function migrateUp({ dir, steps = Infinity }) {
  const migrations = loadMigrations(dir);
  const client = await connect();
  try {
    const applied = await appliedRows(client);
    const problems = verifyChecksums(migrations, applied);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const done = new Set(applied.map((r) => r.version));
    const pending = migrations.filter((m) => !done.has(m.version)).slice(0, steps);
    for (const m of pending) {
      log.info(`Applying ${m.version}_${m.name}`);
      await client.query('BEGIN');
      try {
        await client.query(m.up);
        await client.query(`INSERT INTO ${TABLE} (version, name, checksum) VALUES ($1, $2, $3)`, [m.version, m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}

export async function migrateDown({ dir, steps = 1 }) {
  const migrations = loadMigrations(dir);
  const client = await connect();
  try {
    const applied = await appliedRows(client);
    const targets = applied.slice(-steps).reverse();
    for (const row of targets) {
      const m = migrations.find((x) => x.version === row.version);
      if (!m || !m.down) throw new Error(`No down migration for ${row.version}`);
      log.info(`Reverting ${m.version}_${m.name}`);
      await client.query('BEGIN');
      try {
        await client.query(m.down);
        await client.query(`DELETE FROM ${TABLE} WHERE version = $1`, [m.version]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return targets;
  } finally {
    await client.end();
  }
}

export async function status({ dir }) {
  const migrations = loadMigrations(dir);
  const client = await connect();
  try {
    const done = new Set((await appliedRows(client)).map((r) => r.version));
    return migrations.map((m) => ({ version: m.version, name: m.name, applied: done.has(m.version) }));
  } finally {
    await client.end();
  }
}
