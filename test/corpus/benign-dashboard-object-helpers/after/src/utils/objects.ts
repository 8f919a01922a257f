/** Object.keys with the key type preserved. */
export function keysOf<T extends object>(obj: T): Array<keyof T & string> {
  return Object.keys(obj) as Array<keyof T & string>;
}

export function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) {
    if (key in obj) out[key] = obj[key];
  }
  return out;
}

export function omit<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Omit<T, K> {
  const drop = new Set<PropertyKey>(keys);
  const out = {} as Record<PropertyKey, unknown>;
  for (const key of keysOf(obj)) {
    if (!drop.has(key)) out[key] = obj[key];
  }
  return out as Omit<T, K>;
}

/**
 * Names of the methods declared directly on a class prototype (excluding the
 * constructor). Handy for building test doubles:
 *   ownMethodNames(ApiError.prototype)
 */
export function ownMethodNames(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype).filter((name) => {
    if (name === 'constructor') return false;
    const desc = Object.getOwnPropertyDescriptor(prototype, name);
    return typeof desc?.value === 'function';
  });
}
