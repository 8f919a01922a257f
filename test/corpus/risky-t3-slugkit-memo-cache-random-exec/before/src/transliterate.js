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
};

export function transliterate(input) {
  return input
    .replace(/[äöüßæøåłđþ]/gi, (ch) => MAP[ch.toLowerCase()])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
