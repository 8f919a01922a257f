import rule from '../../../src/core/rules/text/package-index-env';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { code: 'export PIP_INDEX_URL=https://pypi.org/simple\n', filename: 'scripts/setup.sh' },
    { code: 'export NPM_CONFIG_REGISTRY=https://registry.npmjs.org/\n', filename: 'scripts/setup.sh' },
    { code: 'env:\n  PIP_EXTRA_INDEX_URL: ${{ secrets.INDEX_URL }}\n', filename: '.github/workflows/ci.yml' },
    { code: 'export PIP_EXTRA_INDEX_URL="$INTERNAL_INDEX"\n', filename: 'scripts/setup.sh' },
    { code: 'Set `PIP_EXTRA_INDEX_URL=https://your-index/simple` if you use a mirror.\n', filename: 'docs/install.md' },
    { code: 'extra-index-url=https://pkgs.example.dev/simple\n', filename: 'pip.conf', name: 'registry configs are text/registry-config' },
    { code: 'os.environ.get("PIP_INDEX_URL")\n', filename: 'tool/env.py' },
    { code: 'const key = "NPM_CONFIG_REGISTRY";\n', filename: 'src/keys.ts' },
  ],
  invalid: [
    {
      code: 'export PIP_EXTRA_INDEX_URL=https://pkgs.example-mirror.dev/simple\npip install -r requirements.txt\n',
      filename: 'scripts/setup.sh',
      errors: [{ messageId: 'index', line: 1, column: 8, severity: 'high' }],
    },
    {
      code: 'ENV NPM_CONFIG_REGISTRY=https://npm.internal-cache.io/\nRUN npm ci\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'index' }],
    },
    {
      code: 'SNIPPET = """\nexport PIP_EXTRA_INDEX_URL=https://pkgs.tabtool.dev/simple\n"""\n',
      filename: 'tool/completion.py',
      errors: [{ messageId: 'index', line: 2 }],
    },
    {
      code: 'env:\n  UV_INDEX_URL: http://10.0.0.5:8080/simple\n',
      filename: '.github/workflows/ci.yml',
      errors: [{ messageId: 'index', line: 2 }],
    },
    {
      code: "process.env.npm_config_registry = 'https://registry.evil.example/';\n",
      filename: 'scripts/install.js',
      errors: [{ messageId: 'index' }],
    },
    { code: 'RUN PIP_TRUSTED_HOST=pkgs.corp.example pip install x\n', filename: 'Dockerfile', errors: [{ messageId: 'index' }] },
  ],
});
