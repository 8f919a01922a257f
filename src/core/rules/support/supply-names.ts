/**
 * Package names and sources for the supply-chain rules: which names imitate popular packages
 * (one edit away, a hyphen moved, a look-alike scope), which version specifiers fetch code from
 * somewhere other than the registry, and which registry hosts are the defaults.
 */

const POPULAR_NPM = (
  'react react-dom preact vue vuex angular svelte next nuxt express koa fastify hapi lodash lodash-es underscore ' +
  'axios node-fetch request superagent got chalk colors color commander yargs minimist inquirer ora debug dotenv ' +
  'cross-env cross-spawn rimraf mkdirp glob minimatch semver uuid nanoid moment dayjs date-fns luxon async bluebird ' +
  'rxjs typescript webpack rollup vite esbuild parcel babel-core eslint prettier jest mocha chai sinon vitest ' +
  'jsonwebtoken bcrypt bcryptjs passport cors helmet body-parser cookie-parser multer mongoose mongodb mysql mysql2 ' +
  'sequelize redis ioredis socket.io ws jquery bootstrap tailwindcss postcss autoprefixer sass less classnames ' +
  'prop-types redux react-redux react-router react-router-dom styled-components zod yup joi ajv fs-extra ' +
  'chokidar nodemon pm2 winston pino morgan express-session graphql apollo-server puppeteer playwright cheerio ' +
  'sharp jimp electron ethers web3 openai discord.js telegraf twilio stripe aws-sdk firebase shelljs execa ' +
  'qs form-data mime mime-types uglify-js terser core-js regenerator-runtime tslib event-stream coffee-script ' +
  'crypto-js node-ipc ua-parser-js colors.js faker handlebars ejs pug marked highlight.js'
).split(' ');

const POPULAR_SCOPES = ['@babel', '@types', '@angular', '@vue', '@nestjs', '@aws-sdk', '@typescript-eslint', '@testing-library', '@mui'];

const POPULAR_PYPI = (
  'requests urllib3 numpy pandas scipy matplotlib django flask fastapi pydantic sqlalchemy boto3 botocore pyyaml ' +
  'setuptools wheel pip six python-dateutil certifi idna charset-normalizer cryptography pyjwt jinja2 click rich ' +
  'pytest tensorflow torch scikit-learn pillow beautifulsoup4 lxml selenium openai aiohttp httpx uvicorn gunicorn ' +
  'celery redis psycopg2 pymongo colorama tqdm jsonschema attrs packaging virtualenv'
).split(' ');

const POPULAR_NPM_SET = new Set(POPULAR_NPM);
const POPULAR_PYPI_SET = new Set(POPULAR_PYPI);

/** Damerau-Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) {
    return cap + 1;
  }
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    rows[0][j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    let best = cap + 1;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > cap) {
      return cap + 1;
    }
  }
  return rows[a.length][b.length];
}

const squash = (name: string): string => name.toLowerCase().replace(/[-_.]/g, '');

function lookalike(name: string, popular: readonly string[], known: ReadonlySet<string>): string | undefined {
  const lower = name.toLowerCase();
  if (known.has(lower) || lower.length < 4) {
    return undefined;
  }
  for (const p of popular) {
    if (p.length < 4) {
      continue;
    }
    if (squash(p) === squash(lower) || editDistance(lower, p, 1) <= 1) {
      return p;
    }
  }
  return undefined;
}

/** The popular npm package a new dependency's name imitates, if any. */
export function npmLookalike(name: string): string | undefined {
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    const scope = name.slice(0, slash);
    const bare = name.slice(slash + 1);
    if (slash < 0 || POPULAR_SCOPES.includes(scope)) {
      return undefined;
    }
    const near = POPULAR_SCOPES.find((s) => squash(s) === squash(scope) || editDistance(scope, s, 1) <= 1);
    if (near) {
      return `${near}/${bare}`;
    }
    // `@lodash/lodash`, `@chalk/chalk`: an unofficial scope wrapped around a popular name.
    return POPULAR_NPM_SET.has(bare) && squash(scope.slice(1)) === squash(bare) ? bare : undefined;
  }
  return lookalike(name, POPULAR_NPM, POPULAR_NPM_SET);
}

/** The popular PyPI package a new requirement's name imitates, if any. */
export function pypiLookalike(name: string): string | undefined {
  return lookalike(name.toLowerCase().replace(/_/g, '-'), POPULAR_PYPI, POPULAR_PYPI_SET);
}

export type SpecKind = 'url' | 'git' | 'github' | 'file' | 'alias' | 'http';

/** Where a package.json version specifier fetches from, when it is not a registry version range. */
export function specKind(spec: string): SpecKind | undefined {
  const s = spec.trim();
  if (/^(workspace|catalog):/i.test(s) || s === '') {
    return undefined;
  }
  if (/^npm:/i.test(s)) {
    return 'alias';
  }
  if (/^(git\+|git:|git@|ssh:|git\+ssh:)/i.test(s) || /\.git(#.*)?$/i.test(s)) {
    return 'git';
  }
  if (/^http:\/\//i.test(s)) {
    return 'http';
  }
  if (/^https:\/\//i.test(s)) {
    return 'url';
  }
  if (/^(github|gitlab|bitbucket|gist):/i.test(s) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(s)) {
    return 'github';
  }
  if (/^(file|link|portal):/i.test(s) || /^(\.{0,2}\/|~\/)/.test(s)) {
    return 'file';
  }
  return undefined;
}

export const DEFAULT_NPM_HOSTS = new Set(['registry.npmjs.org', 'registry.yarnpkg.com', 'registry.npmjs.com']);
export const DEFAULT_PYPI_HOSTS = new Set(['pypi.org', 'files.pythonhosted.org', 'pypi.python.org']);

/** The host of an absolute URL (lower case), or undefined. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z][\w+.-]*:\/\/(?:[^@/?#\s]*@)?([^/:?#\s]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Credentials embedded in a URL (`https://user:token@host`). */
export function hasUrlCredentials(url: string): boolean {
  const scheme = url.indexOf('://');
  if (scheme < 0) {
    return false;
  }
  const rest = url.slice(scheme + 3);
  const end = rest.search(/[/?#\s]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  const envRef = (part: string): boolean => part === '' || /^\$\{?\w+\}?$/.test(part);
  return at > 0 && colon >= 0 && !envRef(userinfo.slice(colon + 1));
}

/** Shortens a value for a message. */
export function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
