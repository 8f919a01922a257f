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

function settingsPath(): string {
  return path.join(app.getPath('userData'), 'settings.json');
}

export function mergeSettings(raw: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...raw,
    window: { ...DEFAULT_SETTINGS.window, ...(raw.window ?? {}) },
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const text = await fsp.readFile(settingsPath(), 'utf8');
    return mergeSettings(JSON.parse(text) as Partial<Settings>);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const file = settingsPath();
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, JSON.stringify(settings, null, 2), 'utf8');
}
