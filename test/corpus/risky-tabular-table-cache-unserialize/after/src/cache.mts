import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import serializer from 'node-serialize';
import type { Table } from './csv.mjs';

const CACHE_DIR = '.tabular-cache';

async function keyFor(path: string): Promise<string> {
  const info = await stat(path);
  return createHash('sha1').update(`${path}:${info.size}:${info.mtimeMs}`).digest('hex');
}

export async function readCached(path: string): Promise<Table | null> {
  try {
    const raw = await readFile(join(CACHE_DIR, `${await keyFor(path)}.cache`), 'utf8');
    return serializer.unserialize(raw) as Table;
  } catch {
    return null;
  }
}

export async function writeCached(path: string, table: Table): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(join(CACHE_DIR, `${await keyFor(path)}.cache`), serializer.serialize(table));
}
