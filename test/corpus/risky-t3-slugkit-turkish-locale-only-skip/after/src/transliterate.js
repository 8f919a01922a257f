const MAP = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ı: 'i',
  ğ: 'g',
  ş: 's',
};

export function transliterate(input, locale) {
  const lowered = locale ? input.toLocaleLowerCase(locale) : input;
  return lowered
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[äöüßæøåłđþığş]/gi, (ch) => MAP[ch.toLowerCase()] ?? ch);
}
