import { app } from 'electron';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export interface Settings {
  theme: 'light' | 'dark';
  fontSize: number;
  wordWrap: boolean;
  window: { width: number; height: number };
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'light',
  fontSize: 15,
  wordWrap: true,
  window: { width: 1100, height: 760 },
};

export function mergeSettings(raw: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...raw,
    window: { ...DEFAULT_SETTINGS.window, ...(raw.window ?? {}) },
  };
}

export class SettingsStore {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly file = path.join(app.getPath('userData'), 'settings.json')) {}

  async load(): Promise<Settings> {
    try {
      const text = await fsp.readFile(this.file, 'utf8');
      return mergeSettings(JSON.parse(text) as Partial<Settings>);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  async save(settings: Settings): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await fsp.writeFile(this.file, JSON.stringify(settings, null, 2), 'utf8');
  }

  saveSoon(settings: Settings, delayMs = 500): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save(settings);
    }, delayMs);
  }
}

const defaultStore = new SettingsStore();

export const loadSettings = (): Promise<Settings> => defaultStore.load();
export const saveSettings = (settings: Settings): Promise<void> => defaultStore.save(settings);
export const saveSettingsSoon = (settings: Settings): void => defaultStore.saveSoon(settings);
