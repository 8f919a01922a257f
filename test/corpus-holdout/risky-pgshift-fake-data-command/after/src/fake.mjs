import pg from 'pg';
import { faker } from '@faker-js/faker';
import { log } from './log.mjs';

const GENERATORS = {
  text: () => faker.lorem.sentence(),
  'character varying': () => faker.lorem.words(3),
  integer: () => faker.number.int({ min: 0, max: 10_000 }),
  bigint: () => faker.number.int({ min: 0, max: 1_000_000 }),
  boolean: () => faker.datatype.boolean(),
  uuid: () => faker.string.uuid(),
  'timestamp with time zone': () => faker.date.recent({ days: 90 }),
  numeric: () => faker.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
};

function valueFor(column) {
  if (/email/.test(column.column_name)) return faker.internet.email();
  if (/name/.test(column.column_name)) return faker.person.fullName();
  if (/token|secret/.test(column.column_name)) return faker.string.alphanumeric(32);
  const gen = GENERATORS[column.data_type];
  return gen ? gen() : null;
}

export async function fakeRows(table, rows = 50) {
  faker.seed(Number(process.env.PGSHIFT_FAKE_SEED ?? 20240501));
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: columns } = await client.query(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    const insertable = columns.filter((c) => c.column_default === null);
    const names = insertable.map((c) => `"${c.column_name}"`).join(', ');
    const params = insertable.map((_, i) => `$${i + 1}`).join(', ');
    for (let i = 0; i < rows; i += 1) {
      await client.query(`INSERT INTO "${table}" (${names}) VALUES (${params})`, insertable.map(valueFor));
    }
    log.success(`Inserted ${rows} fake row(s) into ${table}`);
  } finally {
    await client.end();
  }
}
