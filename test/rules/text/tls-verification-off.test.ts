import rule from '../../../src/core/rules/text/tls-verification-off';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { filename: '.npmrc', code: 'strict-ssl=true\n' },
    { filename: '.npmrc', code: 'strict-ssl=false\n', name: 'package-manager configs are text/registry-config business' },
    { filename: '.yarnrc', code: 'strict-ssl false\n' },
    { filename: 'README.md', code: 'Never set `NODE_TLS_REJECT_UNAUTHORIZED` in production.' },
    { filename: 'src/tls.ts', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';" },
    { filename: 'src/tls.ts', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED='0';" },
    { filename: 'src/tls.ts', code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED']='0';" },
    { filename: 'src/tls.ts', code: "spawn('node', [], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });" },
    { filename: '.env', code: 'NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
    { filename: '.env', code: 'NODE_TLS_REJECT_UNAUTHORIZED=0.5\n' },
    { filename: 'ci.yml', code: 'env:\n  NODE_TLS_REJECT_UNAUTHORIZED: "1"\n' },
    { filename: '.gitconfig', code: '[http]\n  sslVerify = true\n' },
    { filename: 'docs/x.md', code: 'the strict-ssl option controls certificate checks' },
    {
      filename: 'SECURITY.md',
      code: '- Do not disable TLS certificate verification (`rejectUnauthorized: false` or\n  `NODE_TLS_REJECT_UNAUTHORIZED=0`) to work around proxy errors.\n',
    },
    { filename: 'README.md', code: 'Setting `strict-ssl=false` is insecure; add the CA instead.' },
  ],
  invalid: [
    {
      filename: 'scripts/ci.sh',
      code: 'set -e\nnpm config set strict-ssl false\n',
      errors: [{ messageId: 'off', line: 2, severity: 'high' }],
    },
    { filename: 'config/npm.ini', code: 'strict-ssl = false\n', errors: [{ messageId: 'off' }] },
    { filename: 'scripts/setup.sh', code: 'npm config set strict-ssl false\n', errors: [{ messageId: 'off' }] },
    { filename: 'ci.yml', code: 'run: yarn config set strict-ssl false\n', errors: [{ messageId: 'off' }] },
    {
      filename: 'package.json',
      code: '{ "scripts": { "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js" } }',
      errors: [{ messageId: 'off' }],
    },
    { filename: '.env', code: 'PORT=3000\nNODE_TLS_REJECT_UNAUTHORIZED=0\n', errors: [{ messageId: 'off', line: 2 }] },
    { filename: 'Dockerfile', code: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n', errors: [{ messageId: 'off' }] },
    { filename: 'scripts/run.sh', code: 'export NODE_TLS_REJECT_UNAUTHORIZED="0"\n', errors: [{ messageId: 'off' }] },
    { filename: '.github/workflows/ci.yml', code: 'env:\n  NODE_TLS_REJECT_UNAUTHORIZED: "0"\n', errors: [{ messageId: 'off', line: 2 }] },
    { filename: 'config.json', code: '{ "env": { "NODE_TLS_REJECT_UNAUTHORIZED": "0" } }', errors: [{ messageId: 'off' }] },
    { filename: 'src/run.ts', code: "execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npm install');", errors: [{ messageId: 'off' }] },
    { filename: 'scripts/setup.sh', code: 'git config --global http.sslVerify false\n', errors: [{ messageId: 'off' }] },
    { filename: '.gitconfig', code: '[http]\n  sslVerify = false\n', errors: [{ messageId: 'off', line: 2 }] },
    { filename: 'ci.yml', code: 'run: GIT_SSL_NO_VERIFY=1 git clone $REPO\n', errors: [{ messageId: 'off' }] },
    { filename: '.env', code: 'PYTHONHTTPSVERIFY=0\n', errors: [{ messageId: 'off' }] },
    {
      filename: 'README.md',
      code: '## Behind a proxy\n\nRun `NODE_TLS_REJECT_UNAUTHORIZED=0 npm start` to get past the proxy.\n',
      errors: [{ messageId: 'off', line: 3 }],
    },
    { filename: 'test/fixtures/setup.sh', code: 'npm config set strict-ssl false\n', errors: [{ messageId: 'off', severity: 'medium' }] },
  ],
});
