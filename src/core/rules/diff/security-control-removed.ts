import { defineDiffRule } from '../../engine/rule';
import { modified } from '../support/changes';
import { isTestCode } from '../support/tests-paths';

/** At most this many findings per file. */
const MAX_FINDINGS = 10;

interface Control {
  /** Matches the removed line; the first capture is the token that must be gone from the new file. */
  pattern: RegExp;
  what: string;
}

/**
 * Protections a web application switches on in one line: framework middleware and extensions
 * against CSRF, clickjacking, missing security headers, unauthenticated requests and request floods.
 */
const CONTROLS: readonly Control[] = [
  { pattern: /\b(CsrfViewMiddleware)\b/, what: 'CSRF protection for every form and POST endpoint' },
  { pattern: /\b(SecurityMiddleware)\b/, what: 'security headers and HTTPS redirects' },
  { pattern: /\b(XFrameOptionsMiddleware)\b/, what: 'clickjacking protection' },
  { pattern: /\b(AuthenticationMiddleware)\b/, what: 'request authentication' },
  { pattern: /\b(CSRFProtect)\s*\(/, what: 'CSRF protection for the Flask app' },
  { pattern: /\b(Talisman)\s*\(/, what: 'security headers and HTTPS enforcement for the Flask app' },
  { pattern: /\b(TrustedHostMiddleware|HTTPSRedirectMiddleware)\b/, what: 'host checking or HTTPS redirects' },
  { pattern: /\.use\(\s*(helmet)\s*\(/, what: 'the security headers helmet sets' },
  { pattern: /\.use\(\s*(csurf|csrf|csrfProtection|lusca\.csrf)\b/, what: 'CSRF protection' },
  { pattern: /\.use\(\s*[^)\n]{0,40}\b(rateLimit|limiter|rateLimiter|slowDown)\b/, what: 'rate limiting' },
  {
    pattern: /\.use\(\s*[^)\n]{0,40}\b(requireAuth|authenticate|ensureAuthenticated|authMiddleware|isAuthenticated|verifyToken)\b/,
    what: 'authentication of every request',
  },
  {
    pattern: /(@(?:login_required|permission_required|requires_auth|jwt_required))\b/,
    what: 'the login or permission check on this view',
  },
];

export default defineDiffRule({
  meta: {
    id: 'diff/security-control-removed',
    category: 'insecure-config',
    severity: 'high',
    summary:
      'A security control removed from an application: Django CSRF/security/clickjacking middleware, Flask CSRFProtect and Talisman, helmet, csurf, rate limiters, auth middleware and login decorators.',
    why:
      'These protections are one line each, so deleting one is a one-line diff that looks like tidying. A change that removes ' +
      'CSRF middleware "to fix a 403" or drops an auth decorator from a view opens the application without adding any code a ' +
      'scanner would notice; only the removal shows it.',
    incorrect: [
      {
        change: modified(
          'mysite/settings.py',
          "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    'django.middleware.csrf.CsrfViewMiddleware',\n]\n",
          "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n]\n",
        ),
      },
      { change: modified('src/app.ts', 'app.use(helmet());\napp.use(express.json());\n', 'app.use(express.json());\n') },
    ],
    correct: [
      {
        change: modified(
          'src/app.ts',
          'app.use(helmet());\napp.use(express.json());\n',
          'app.use(helmet({ contentSecurityPolicy: { directives } }));\napp.use(express.json());\n',
        ),
      },
      { change: modified('src/app.ts', 'app.use(cors());\n', 'app.use(express.json());\n') },
    ],
    messages: {
      removed: '`{{line}}` was removed, and with it {{what}}; the new version of `{{file}}` does not put it back.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath ?? ctx.change.oldPath;
    if (!path || ctx.oldText === undefined || ctx.newText === undefined || isTestCode(path)) {
      return;
    }
    const newText = ctx.newText;
    const oldText = ctx.oldText;
    let count = 0;
    for (const removed of ctx.lineChanges().removed) {
      const text = removed.text.trim();
      if (text.startsWith('#') || text.startsWith('//')) {
        continue;
      }
      for (const control of CONTROLS) {
        const m = control.pattern.exec(removed.text);
        // Moved or kept elsewhere: the new version uses the control as often as the old one did.
        if (!m || occurrences(newText, m[1]) >= occurrences(oldText, m[1])) {
          continue;
        }
        if (++count > MAX_FINDINGS) {
          return;
        }
        ctx.report({
          messageId: 'removed',
          data: { line: text.length > 80 ? `${text.slice(0, 77)}...` : text, what: control.what, file: path },
          line: removed.anchor,
          side: 'removed',
          snippet: removed.text,
        });
        break;
      }
    }
  },
});

function occurrences(text: string, token: string): number {
  let n = 0;
  for (let i = text.indexOf(token); i >= 0 && n < 1000; i = text.indexOf(token, i + token.length)) {
    n++;
  }
  return n;
}
