import rule from '../../../src/core/rules/diff/security-control-removed';
import { deleted, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const SETTINGS = `MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
`;
const APP = 'const app = express();\napp.use(helmet());\napp.use(rateLimit({ windowMs: 60000, max: 100 }));\napp.use(express.json());\n';

diffRuleTester(rule, {
  valid: [
    { name: 'middleware reordered', change: modified('mysite/settings.py', SETTINGS, SETTINGS.split('\n').reverse().join('\n')) },
    { name: 'helmet reconfigured', change: modified('src/app.ts', APP, APP.replace('helmet()', 'helmet({ hsts: false })')) },
    { name: 'a comment mentioning csrf removed', change: modified('src/app.ts', `// app.use(csrf())\n${APP}`, APP) },
    { name: 'cors is not one of these controls', change: modified('src/app.ts', `app.use(cors());\n${APP}`, APP) },
    {
      name: 'test files are not applications',
      change: modified('tests/test_views.py', '@login_required\ndef v(): pass\n', 'def v(): pass\n'),
    },
    { name: 'a deleted file is another rule', change: deleted('mysite/settings.py', SETTINGS) },
  ],
  invalid: [
    {
      name: 'Django CSRF middleware removed',
      change: modified('mysite/settings.py', SETTINGS, SETTINGS.replace('    "django.middleware.csrf.CsrfViewMiddleware",\n', '')),
      errors: [
        {
          messageId: 'removed',
          side: 'removed',
          severity: 'high',
          message:
            '`"django.middleware.csrf.CsrfViewMiddleware",` was removed, and with it CSRF protection for every form and POST endpoint; the new version of `mysite/settings.py` does not put it back.',
        },
      ],
    },
    {
      name: 'helmet and the rate limiter removed',
      change: modified('src/app.ts', APP, 'const app = express();\napp.use(express.json());\n'),
      errors: [
        { messageId: 'removed', side: 'removed' },
        { messageId: 'removed', side: 'removed' },
      ],
    },
    {
      name: 'login decorator dropped from one of two views',
      change: modified(
        'app/views.py',
        '@login_required\ndef a(request):\n    return 1\n\n@login_required\ndef export(request):\n    return data()\n',
        '@login_required\ndef a(request):\n    return 1\n\ndef export(request):\n    return data()\n',
      ),
      errors: [{ messageId: 'removed', side: 'removed' }],
    },
    {
      name: 'login decorator dropped from a view',
      change: modified(
        'app/views.py',
        '@login_required\ndef export(request):\n    return data()\n',
        'def export(request):\n    return data()\n',
      ),
      errors: [{ messageId: 'removed', side: 'removed' }],
    },
  ],
});
