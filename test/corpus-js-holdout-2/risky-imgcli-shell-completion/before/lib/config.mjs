export const DEFAULTS = Object.freeze({ width: 1600, quality: 80, out: 'dist/img' });

export async function loadConfig(flags = {}) {
  return {
    width: flags.width ? Number(flags.width) : DEFAULTS.width,
    quality: flags.quality ? Number(flags.quality) : DEFAULTS.quality,
    out: flags.out ?? DEFAULTS.out,
  };
}
