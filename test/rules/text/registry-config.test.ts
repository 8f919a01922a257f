import rule from '../../../src/core/rules/text/registry-config';
import * as assert from 'node:assert/strict';
import { ruleTester, runTs } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { filename: '.npmrc', code: 'save-exact=true\nengine-strict=true\n' },
    { filename: '.npmrc', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
    { filename: '.npmrc', code: 'registry=https://registry.npmjs.org/\n' },
    { filename: '.npmrc', code: '# registry=https://evil.example/\n' },
    { filename: '.npmrc', code: 'ignore-scripts=true\nstrict-ssl=true\n' },
    { filename: 'packages/a/.npmrc', code: 'auto-install-peers=true\n' },
    { filename: '.yarnrc', code: 'registry "https://registry.yarnpkg.com"\n' },
    { filename: '.yarnrc.yml', code: 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n' },
    { filename: '.yarnrc.yml', code: 'npmAuthToken: "${NPM_TOKEN}"\nenableScripts: false\n' },
    { filename: 'pip.conf', code: '[global]\nindex-url = https://pypi.org/simple\ntimeout = 60\n' },
    { filename: '.pypirc', code: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' },
    { filename: 'bunfig.toml', code: '[install]\nexact = true\n' },
    { filename: 'config/app.ini', code: 'registry=https://npm.evil.example/\n' },
    { filename: 'README.md', code: 'strict-ssl=false\n' },
    { filename: '.npmrc', code: `registry=${'x'.repeat(200000)}\n` },
  ],
  invalid: [
    {
      filename: '.npmrc',
      code: 'save-exact=true\nregistry=https://npm.evil.example/\n',
      errors: [{ messageId: 'registry', severity: 'high', line: 2, category: 'supply-chain' }],
    },
    { filename: '.npmrc', code: 'registry=http://registry.npmjs.org/\n', errors: [{ messageId: 'httpRegistry', severity: 'high' }] },
    { filename: '.npmrc', code: '@acme:registry=https://npm.acme.internal/\n', errors: [{ messageId: 'registry', severity: 'medium' }] },
    { filename: '.npmrc', code: '@acme:registry=https://npm.pkg.github.com\n', errors: [{ messageId: 'registry', severity: 'low' }] },
    { filename: '.pnpmrc', code: 'strict-ssl=false\n', errors: [{ messageId: 'tlsOff', severity: 'high', category: 'insecure-config' }] },
    {
      filename: '.npmrc',
      code: '//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0\n',
      errors: [{ messageId: 'token', severity: 'high', category: 'secrets' }],
    },
    { filename: '.npmrc', code: 'ignore-scripts=false\n', errors: [{ messageId: 'scriptsOn', severity: 'medium' }] },
    { filename: '.npmrc', code: 'unsafe-perm=true\n', errors: [{ messageId: 'unsafePerm' }] },
    { filename: '.npmrc', code: 'always-auth=true\n', errors: [{ messageId: 'alwaysAuth', severity: 'low' }] },
    { filename: '.npmrc', code: 'node-options=--require ./scripts/hook.js\n', errors: [{ messageId: 'runs', severity: 'high' }] },
    { filename: '.npmrc', code: 'script-shell=./bin/sh-wrapper\n', errors: [{ messageId: 'runs' }] },
    { filename: '.yarnrc', code: 'registry "https://yarn.evil.example"\n', errors: [{ messageId: 'registry', severity: 'high' }] },
    { filename: '.yarnrc', code: 'strict-ssl false\n', errors: [{ messageId: 'tlsOff' }] },
    {
      filename: '.yarnrc.yml',
      code: 'npmRegistryServer: "https://yarn.evil.example"\n',
      errors: [{ messageId: 'registry', severity: 'high' }],
    },
    {
      filename: '.yarnrc.yml',
      code: 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme.example"\n',
      errors: [{ messageId: 'registry', severity: 'medium', line: 3 }],
    },
    { filename: '.yarnrc.yml', code: 'checksumBehavior: ignore\n', errors: [{ messageId: 'checksums', severity: 'high' }] },
    { filename: '.yarnrc.yml', code: 'enableStrictSsl: false\n', errors: [{ messageId: 'tlsOff', category: 'insecure-config' }] },
    { filename: '.yarnrc.yml', code: 'npmAuthToken: npm_a1B2c3D4e5F6g7H8\n', errors: [{ messageId: 'token', category: 'secrets' }] },
    { filename: '.yarnrc.yml', code: 'yarnPath: scripts/yarn.js\n', errors: [{ messageId: 'runs', severity: 'high' }] },
    { filename: '.yarnrc.yml', code: 'unsafeHttpWhitelist:\n  - "*.example.com"\n', errors: [{ messageId: 'httpAllowed' }] },
    { filename: '.yarnrc.yml', code: 'enableScripts: true\n', errors: [{ messageId: 'scriptsOn' }] },
    {
      filename: 'pip.conf',
      code: '[global]\nextra-index-url = https://pypi.internal.example/simple\n',
      errors: [{ messageId: 'extraIndex', severity: 'high', line: 2 }],
    },
    {
      filename: 'pip.ini',
      code: '[global]\nindex-url = https://mirror.example/simple\n',
      errors: [{ messageId: 'registry', severity: 'high' }],
    },
    {
      filename: 'pip.conf',
      code: '[global]\ntrusted-host = mirror.example\n',
      errors: [{ messageId: 'trustedHost', category: 'insecure-config' }],
    },
    {
      filename: 'pip.conf',
      code: '[global]\nindex-url = https://user:s3cretPass@mirror.example/simple\n',
      errors: [{ messageId: 'registry' }],
    },
    {
      filename: '.pypirc',
      code: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJGFiYw\n',
      errors: [{ messageId: 'token', category: 'secrets' }],
    },
    {
      filename: 'bunfig.toml',
      code: '[install]\nregistry = "https://bun.evil.example/"\n',
      errors: [{ messageId: 'registry', severity: 'high' }],
    },
    { filename: 'bunfig.toml', code: 'preload = ["./scripts/setup.ts"]\n', errors: [{ messageId: 'runs', severity: 'medium' }] },
  ],
});

describe(`${rule.meta.id} meta examples`, () => {
  rule.meta.incorrect.forEach((ex, i) =>
    it(`incorrect ${i}`, () => assert.ok(runTs(rule, ex.code, ex.filename).some((f) => f.ruleId === rule.meta.id))),
  );
  rule.meta.correct.forEach((ex, i) =>
    it(`correct ${i}`, () =>
      assert.deepEqual(
        runTs(rule, ex.code, ex.filename).filter((f) => f.ruleId === rule.meta.id),
        [],
      )),
  );
});
