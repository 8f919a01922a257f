export const DEFAULTS = Object.freeze({ width: 1600, quality: 80, out: 'dist/img' });

const SIZE = /^(\d+)x(\d+)$/;

export function parseSize(value) {
  const m = SIZE.exec(String(value).trim());
  if (!m) throw new Error(`--size must look like 800x600, got ${value}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

export async function loadConfig(flags = {}) {
  const size = flags.size ? parseSize(flags.size) : null;
  return {
    width: size ? size.width : flags.width ? Number(flags.width) : DEFAULTS.width,
    height: size ? size.height : undefined,
    quality: flags.quality ? Number(flags.quality) : DEFAULTS.quality,
    out: flags.out ?? DEFAULTS.out,
  };
}
