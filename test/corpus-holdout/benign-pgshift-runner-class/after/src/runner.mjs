import pg from 'pg';
import { loadMigrations } from './loader.mjs';
import { verifyChecksums } from './checksum.mjs';
import { log } from './log.mjs';

const TABLE = 'pgshift_migrations';

class Runner {
  constructor(client) {
    this.client = client;
  }

  static async open() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set');
    const client = new pg.Client({ connectionString });
    await client.connect();
    const runner = new Runner(client);
    await runner.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    return runner;
  }

  async exec(sql, params) {
    return this.client.query(sql, params);
  }

  async transaction(fn) {
    await this.exec('BEGIN');
    try {
      await fn(this);
      await this.exec('COMMIT');
    } catch (err) {
      await this.exec('ROLLBACK');
      throw err;
    }
  }

  async applied() {
    const { rows } = await this.exec(`SELECT version, name, checksum FROM ${TABLE} ORDER BY version`);
    return rows;
  }

  close() {
    return this.client.end();
  }
}

async function withRunner(fn) {
  const runner = await Runner.open();
  try {
    return await fn(runner);
  } finally {
    await runner.close();
  }
}

export async function migrateUp({ dir, steps = Infinity }) {
  const migrations = loadMigrations(dir);
  return withRunner(async (runner) => {
    const applied = await runner.applied();
    const problems = verifyChecksums(migrations, applied);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const done = new Set(applied.map((r) => r.version));
    const pending = migrations.filter((m) => !done.has(m.version)).slice(0, steps);
    for (const m of pending) {
      log.info(`Applying ${m.version}_${m.name}`);
      await runner.transaction(async (tx) => {
        await tx.exec(m.up);
        await tx.exec(`INSERT INTO ${TABLE} (version, name, checksum) VALUES ($1, $2, $3)`, [m.version, m.name, m.checksum]);
      });
    }
    return pending;
  });
}

export async function migrateDown({ dir, steps = 1 }) {
  const migrations = loadMigrations(dir);
  return withRunner(async (runner) => {
    const targets = (await runner.applied()).slice(-steps).reverse();
    for (const row of targets) {
      const m = migrations.find((x) => x.version === row.version);
      if (!m || !m.down) throw new Error(`No down migration for ${row.version}`);
      log.info(`Reverting ${m.version}_${m.name}`);
      await runner.transaction(async (tx) => {
        await tx.exec(m.down);
        await tx.exec(`DELETE FROM ${TABLE} WHERE version = $1`, [m.version]);
      });
    }
    return targets;
  });
}

export async function status({ dir }) {
  const migrations = loadMigrations(dir);
  return withRunner(async (runner) => {
    const done = new Set((await runner.applied()).map((r) => r.version));
    return migrations.map((m) => ({ version: m.version, name: m.name, applied: done.has(m.version) }));
  });
}
