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

export function savePrefs(p: Prefs): void {
  localStorage.setItem('prefs', JSON.stringify(p));
}
