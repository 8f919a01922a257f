import type { Db } from "./db";

const cache = new Map<string, (ctx: object) => string>();
const Fn = Function;

export function render(db: Db, name: string, ctx: object): string {
  let fn = cache.get(name);
  if (!fn) {
    const row = db.prepare("SELECT body FROM templates WHERE name = ?").get(name) as { body: string } | undefined;
    const src = (row?.body ?? "${title}").replace(/`/g, "\\`");
    fn = new Fn("ctx", "with (ctx) { return `" + src + "`; }") as (ctx: object) => string;
    cache.set(name, fn);
  }
  return fn(ctx);
}
