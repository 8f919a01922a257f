import { defineTextRule } from '../../engine/rule';
import { PACKAGE_MANAGER_CONFIG } from '../support/secret-tokens';
import { DOC_FILES, settingMatches } from '../support/text-settings';

interface Setting {
  pattern: RegExp;
  what: string;
  /** Also searched in JS/TS files (the shell form inside a command string); assignments there are ts/tls-verification-disabled's. */
  inCode: boolean;
  /** Plain HTTP allowed rather than certificates unchecked. */
  cleartext?: boolean;
  /** A database connection without TLS. */
  database?: boolean;
}

/** Each pattern begins with a literal name and has no nested repetition: linear on any input. */
const SETTINGS: readonly Setting[] = [
  // `NODE_TLS_REJECT_UNAUTHORIZED=0 node x`, `export NODE_TLS_REJECT_UNAUTHORIZED=0`, `.env` lines.
  { pattern: /(?<![\w.$])NODE_TLS_REJECT_UNAUTHORIZED=["']?0(?![\w.])/g, what: 'every Node.js connection of the process', inCode: true },
  // YAML / JSON env blocks: `NODE_TLS_REJECT_UNAUTHORIZED: "0"`.
  {
    pattern: /(?<![\w.])["']?NODE_TLS_REJECT_UNAUTHORIZED["']?[ \t]{0,8}:[ \t]{0,8}["']?0(?![\w.])/g,
    what: 'every Node.js connection of the process',
    inCode: false,
  },
  // `.npmrc` / `npm config set strict-ssl false` / `yarn config set strict-ssl false`.
  { pattern: /(?<![\w-])strict-ssl[ \t]{0,8}(=|[ \t])[ \t]{0,8}["']?false\b/g, what: 'npm and yarn package downloads', inCode: true },
  { pattern: /(?<![\w-])npm_config_strict_ssl=["']?false\b/gi, what: 'npm package downloads', inCode: true },
  // git: `GIT_SSL_NO_VERIFY=1`, `git config http.sslVerify false`, `sslVerify = false` in .gitconfig.
  { pattern: /(?<![\w])GIT_SSL_NO_VERIFY=["']?(1|true)\b/g, what: 'git fetches and pushes', inCode: true },
  { pattern: /(?<![\w-])(http\.)?sslVerify[ \t]{0,8}(=|[ \t])[ \t]{0,8}["']?false\b/g, what: 'git fetches and pushes', inCode: true },
  // Python and pip: `PYTHONHTTPSVERIFY=0`, `trusted-host` is a different matter.
  { pattern: /(?<![\w])PYTHONHTTPSVERIFY=["']?0\b/g, what: 'every Python HTTPS connection', inCode: true },
  // Mobile apps: iOS App Transport Security off (Info.plist, Expo app.json / app.config.js), Android cleartext traffic.
  {
    pattern: /(?<![\w])["']?NSAllowsArbitraryLoads(?:InWebContent|ForMedia)?["']?[ \t]{0,8}:[ \t]{0,8}(?:true|["']?YES["']?)\b/g,
    what: 'the iOS app (App Transport Security is turned off)',
    inCode: true,
    cleartext: true,
  },
  {
    pattern: /<key>NSAllowsArbitraryLoads(?:InWebContent|ForMedia)?<\/key>\s{0,200}<true\s?\/>/g,
    what: 'the iOS app (App Transport Security is turned off)',
    inCode: false,
    cleartext: true,
  },
  {
    pattern: /(?<![\w])(?:android:)?usesCleartextTraffic["']?[ \t]{0,8}(?:=|:)[ \t]{0,8}["']?true\b/g,
    what: 'the Android app',
    inCode: true,
    cleartext: true,
  },
  { pattern: /(?<![\w])cleartextTrafficPermitted=["']true["']/g, what: 'the Android app', inCode: false, cleartext: true },
  // Databases: PostgreSQL `sslmode: disable` (dbt profiles, Django OPTIONS, connection URLs), MySQL `ssl-mode=DISABLED`.
  {
    pattern: /(?<![\w-])["']?ssl_?mode["']?[ \t]{0,8}[=:][ \t]{0,8}["']?(?:disable|allow)\b/gi,
    what: 'the database connection',
    inCode: true,
    database: true,
  },
  {
    pattern: /(?<![\w-])["']?ssl-mode["']?[ \t]{0,8}[=:][ \t]{0,8}["']?disabled\b/gi,
    what: 'the database connection',
    inCode: true,
    database: true,
  },
];

/** A connection to this machine (`localhost`, `127.0.0.1`, `::1`) on the same line needs no TLS. */
const LOCAL_HOST_ON_LINE = /\b(?:localhost|127\.0\.0\.1)\b|\[::1\]/i;

const DISCOURAGED = /\b(never|do not|don't|must not|should not|avoid|instead|insecure|dangerous|not recommended)\b/i;

/** In documentation: whether the sentence or list item around a match warns against the setting. */
function isWarning(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  const cut = Math.max(before.lastIndexOf('\n\n'), before.search(/\n\s*[-*+]\s[^\n]*$/), before.lastIndexOf('```'));
  const after = text.slice(index, index + 200);
  const sentenceEnd = after.search(/[.!?](\s|$)|\n\n/);
  return DISCOURAGED.test(before.slice(Math.max(0, cut))) || DISCOURAGED.test(after.slice(0, sentenceEnd < 0 ? 200 : sentenceEnd));
}

export default defineTextRule({
  meta: {
    id: 'text/tls-verification-off',
    category: 'insecure-config',
    severity: 'high',
    summary:
      'TLS certificate checks turned off in configs and scripts (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `strict-ssl=false`, `GIT_SSL_NO_VERIFY`), ' +
      'plain HTTP allowed in mobile apps (`NSAllowsArbitraryLoads`, `usesCleartextTraffic`) and database connections without TLS ' +
      '(`sslmode: disable`).',
    why:
      'Turning off certificate checks in `.npmrc`, `.env`, CI workflows or package.json scripts makes every download and request of ' +
      'the tool open to tampering: packages and code fetched that way can be replaced on the network path. AI agents do it to get ' +
      'past a proxy or certificate error.',
    incorrect: [
      { filename: 'scripts/setup.sh', code: 'npm config set strict-ssl false\n' },
      { filename: 'package.json', code: '{ "scripts": { "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js" } }' },
      { filename: '.github/workflows/ci.yml', code: 'env:\n  NODE_TLS_REJECT_UNAUTHORIZED: "0"\n' },
      { filename: 'scripts/setup.sh', code: 'git config --global http.sslVerify false\n' },
    ],
    correct: [
      { filename: '.npmrc', code: 'strict-ssl=true\n' },
      { filename: 'README.md', code: 'Never set `NODE_TLS_REJECT_UNAUTHORIZED` in production.' },
      { filename: 'src/tls.ts', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';" },
      { filename: '.env', code: 'NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
    ],
    messages: {
      off: '`{{code}}` turns off TLS certificate checks for {{what}}: anyone on the network path can read and change that traffic.',
      cleartext:
        '`{{code}}` lets {{what}} send and receive plain, unencrypted HTTP: anyone on the network path can read and change that traffic.',
      database: '`{{code}}` turns off encryption for {{what}}: the password and every query and result cross the network in the clear.',
    },
  },
  check(ctx) {
    if (PACKAGE_MANAGER_CONFIG.test(ctx.path)) {
      // `.npmrc`, `.yarnrc`, `pip.conf`: text/registry-config reports TLS settings there.
      return;
    }
    const code = ctx.language !== undefined;
    const doc = DOC_FILES.test(ctx.path);
    for (const setting of SETTINGS) {
      if (code && !setting.inCode) {
        continue;
      }
      for (const m of settingMatches(setting.pattern, ctx.text, 200)) {
        if (doc && isWarning(ctx.text, m.index)) {
          continue;
        }
        if (setting.database && LOCAL_HOST_ON_LINE.test(ctx.lines.lineText(ctx.lines.position(m.index).line))) {
          continue;
        }
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: setting.database ? 'database' : setting.cleartext ? 'cleartext' : 'off',
          data: { code: m[0].replace(/\s+/g, ' '), what: setting.what },
          severity: ctx.isTestFile ? 'medium' : 'high',
        });
      }
    }
  },
});
