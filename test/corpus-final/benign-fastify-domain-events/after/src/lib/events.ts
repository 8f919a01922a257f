import type { Item } from './store.js';

export interface ItemEvents {
  'item.created': Item;
  'item.updated': Item;
  'item.removed': { id: string };
}

type Handler<T> = (payload: T) => void;

export class EventBus<E extends Record<string, unknown> = ItemEvents> {
  private readonly handlers = new Map<keyof E, Set<Handler<never>>>();

  listen<K extends keyof E>(event: K, handler: Handler<E[K]>): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler as Handler<never>);
    this.handlers.set(event, set);
    return () => set.delete(handler as Handler<never>);
  }

  send<K extends keyof E>(event: K, payload: E[K]): void {
    for (const handler of this.handlers.get(event) ?? []) (handler as Handler<E[K]>)(payload);
  }
}

export class ItemCache {
  private readonly entries = new Map<string, { item: Item; at: number }>();

  constructor(private readonly ttlMs = 30_000) {}

  fetch(id: string, loader: (id: string) => Item | undefined): Item | undefined {
    const hit = this.entries.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.item;
    const item = loader(id);
    if (item) this.entries.set(id, { item, at: Date.now() });
    else this.entries.delete(id);
    return item;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
  }
}
