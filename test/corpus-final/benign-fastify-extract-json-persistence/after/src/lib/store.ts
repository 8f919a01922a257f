import { randomUUID } from 'node:crypto';
import { JsonFilePersistence, type Persistence } from './persistence.js';

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

  private readonly persistence: Persistence<Item>;

  constructor(fileOrPersistence: string | Persistence<Item>) {
    this.persistence =
      typeof fileOrPersistence === 'string' ? new JsonFilePersistence<Item>(fileOrPersistence) : fileOrPersistence;
  }

  async load(): Promise<void> {
    for (const item of await this.persistence.read()) this.items.set(item.id, item);
  }

  async flush(): Promise<void> {
    if (!this.dirty) return;
    await this.persistence.write([...this.items.values()]);
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
