import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export interface Item {
  id: string;
  name: string;
  quantity: number;
  tags: string[];
  updatedAt: string;
}

export type ItemInput = { name: string; quantity: number; tags?: string[] };

export class ItemStore {
  private items = new Map<string, Item>();
  private dirty = false;

  constructor(private readonly file: string) {}

  async load(): Promise<void> {
    try {
      const raw = await fs.readFile(this.file, 'utf8');
      const parsed = JSON.parse(raw) as Item[];
      for (const item of parsed) this.items.set(item.id, item);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  async flush(): Promise<void> {
    if (!this.dirty) return;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.writeFile(this.file, JSON.stringify([...this.items.values()], null, 2));
    this.dirty = false;
  }

  size(): number {
    return this.items.size;
  }

  list(): Item[] {
    return [...this.items.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Item | undefined {
    return this.items.get(id);
  }

  create(input: ItemInput): Item {
    const item: Item = {
      id: randomUUID(),
      name: input.name,
      quantity: input.quantity,
      tags: input.tags ?? [],
      updatedAt: new Date().toISOString(),
    };
    this.items.set(item.id, item);
    this.dirty = true;
    return item;
  }

  update(id: string, input: ItemInput): Item | undefined {
    const existing = this.items.get(id);
    if (!existing) return undefined;
    const next: Item = {
      ...existing,
      ...input,
      tags: input.tags ?? existing.tags,
      updatedAt: new Date().toISOString(),
    };
    this.items.set(id, next);
    this.dirty = true;
    return next;
  }

  remove(id: string): boolean {
    const ok = this.items.delete(id);
    if (ok) this.dirty = true;
    return ok;
  }
}
