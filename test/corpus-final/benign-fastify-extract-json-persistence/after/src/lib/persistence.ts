import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Persistence<T> {
  read(): Promise<T[]>;
  write(records: T[]): Promise<void>;
}

export class JsonFilePersistence<T> implements Persistence<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T[]> {
    try {
      const raw = await fs.readFile(this.file, 'utf8');
      return JSON.parse(raw) as T[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  async write(records: T[]): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.writeFile(this.file, JSON.stringify(records, null, 2));
  }
}
