/**
 * A compact table of letters that look like ASCII letters (Cyrillic, Greek, Armenian and a few
 * Latin extensions), the script of a character, and the "skeleton" of a name: what it looks like
 * when every lookalike is read as the ASCII letter it imitates. Fullwidth and mathematical
 * letters are folded by NFKC first.
 */
const PAIRS = [
  // Cyrillic lower / upper
  'аa еe оo рp сc уy хx ѕs іi јj ԁd һh ӏl ԛq ԝw үy ҽe',
  'АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ЅS ІI ЈJ ҮY ӀI ԚQ ԜW',
  // Greek lower / upper
  'αa οo ρp νv ιi κk υu χx γy ϲc ϳj',
  'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX',
  // Armenian, Latin extensions
  'օo սu հh ոn ıi ɡg ɑa',
].join(' ');

export const CONFUSABLE = new Map<string, string>();
for (const pair of PAIRS.split(' ')) {
  const [from, to] = [...pair];
  CONFUSABLE.set(from, to);
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'common' | 'other';

export function scriptOf(ch: string): Script {
  const cp = ch.codePointAt(0) ?? 0;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)) {
    return 'latin';
  }
  if (cp < 0x80) {
    return 'common';
  }
  if ((cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff)) {
    return 'greek';
  }
  if (cp >= 0x400 && cp <= 0x52f) {
    return 'cyrillic';
  }
  if (cp >= 0x530 && cp <= 0x58f) {
    return 'armenian';
  }
  return 'other';
}

export interface Skeleton {
  /** The name as it reads, lookalikes replaced by ASCII. */
  skeleton: string;
  /** Scripts of the letters, after NFKC. */
  scripts: Set<Script>;
  /** Non-ASCII characters that imitate ASCII ones, described: `Cyrillic а (U+0430)`. */
  lookalikes: string[];
  /** Whether every non-ASCII letter of the name is a lookalike (the whole name can pass for ASCII). */
  allLookalike: boolean;
}

const SCRIPT_NAMES: Record<Script, string> = {
  latin: 'Latin',
  cyrillic: 'Cyrillic',
  greek: 'Greek',
  armenian: 'Armenian',
  common: '',
  other: 'non-Latin',
};

export function scriptName(script: Script): string {
  return SCRIPT_NAMES[script];
}

export function skeletonOf(name: string): Skeleton {
  const folded = name.normalize('NFKC');
  const scripts = new Set<Script>();
  const lookalikes: string[] = [];
  let skeleton = '';
  let allLookalike = true;
  for (const ch of folded) {
    const script = scriptOf(ch);
    if (script !== 'common') {
      scripts.add(script);
    }
    const ascii = CONFUSABLE.get(ch);
    if (ascii !== undefined) {
      skeleton += ascii;
      if (lookalikes.length < 3) {
        lookalikes.push(`${SCRIPT_NAMES[script]} ${ch} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`);
      }
    } else {
      skeleton += ch;
      if ((ch.codePointAt(0) ?? 0) > 0x7f) {
        allLookalike = false;
      }
    }
  }
  if (folded !== name && lookalikes.length < 3) {
    lookalikes.push('fullwidth or styled letters');
  }
  return { skeleton, scripts, lookalikes, allLookalike };
}
