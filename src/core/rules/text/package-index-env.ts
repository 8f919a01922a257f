import { defineTextRule } from '../../engine/rule';

/** Environment variables that move package installs to another index or registry. */
const VARIABLES =
  /\b(PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|PIP_TRUSTED_HOST|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|UV_INDEX|POETRY_REPOSITORIES_\w+_URL|NPM_CONFIG_REGISTRY|npm_config_registry|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER|BUN_CONFIG_REGISTRY|PNPM_REGISTRY|CONDA_CHANNELS)\b[ \t]*[:=][ \t]*["']?([^\s"'`;]+)/g;
/** The default public indexes: pointing at them changes nothing. */
const DEFAULTS = /^https:\/\/(pypi\.org\/simple\/?|registry\.npmjs\.org\/?|registry\.yarnpkg\.com\/?|files\.pythonhosted\.org\/?)$/i;
/** References to another variable or a placeholder, not a value. */
const INDIRECT = /^(\$|%|<|\{\{|\$\{)/;
const DOCS = /\.(md|markdown|rst|txt|adoc)$/i;
/** Registry configs have their own rule (text/registry-config). */
const REGISTRY_FILES = /(^|\/)(\.npmrc|\.yarnrc(\.yml)?|\.pnpmrc|bunfig\.toml|pip\.(conf|ini)|\.pypirc)$/;

export default defineTextRule({
  meta: {
    id: 'text/package-index-env',
    category: 'supply-chain',
    severity: 'high',
    summary:
      'Environment variables that send package installs to another index or registry (`PIP_EXTRA_INDEX_URL`, `PIP_INDEX_URL`, `UV_INDEX_URL`, `NPM_CONFIG_REGISTRY`, `YARN_REGISTRY`...), in any file: shell scripts, Dockerfiles, CI files, strings in code.',
    why:
      'An extra index lets a package with the same name as a private one be installed from somewhere else (dependency confusion), and a ' +
      'replaced registry decides the code of every package. Set in an environment variable, the change hides in a script, a Dockerfile ' +
      'or a string written to a shell profile rather than in the manifest a reviewer checks.',
    incorrect: [
      {
        filename: 'scripts/setup.sh',
        code: 'export PIP_EXTRA_INDEX_URL=https://pkgs.example-mirror.dev/simple\npip install -r requirements.txt\n',
      },
      { filename: 'Dockerfile', code: 'ENV NPM_CONFIG_REGISTRY=https://npm.internal-cache.io/\nRUN npm ci\n' },
      { filename: 'tool/completion.py', code: 'SNIPPET = """\nexport PIP_EXTRA_INDEX_URL=https://pkgs.tabtool.dev/simple\n"""\n' },
    ],
    correct: [
      { filename: 'scripts/setup.sh', code: 'export PIP_INDEX_URL=https://pypi.org/simple\n' },
      { filename: 'ci.yml', code: 'env:\n  PIP_EXTRA_INDEX_URL: ${{ secrets.INDEX_URL }}\n' },
      { filename: 'docs/install.md', code: 'Set `PIP_EXTRA_INDEX_URL=https://your-index/simple` if you use a mirror.\n' },
    ],
    messages: {
      index: '`{{name}}` sends package installs to `{{value}}`: that server can serve any code under any package name.',
    },
  },
  check(ctx) {
    if (DOCS.test(ctx.path) || REGISTRY_FILES.test(ctx.path)) {
      return;
    }
    for (const match of ctx.text.matchAll(VARIABLES)) {
      const value = match[2];
      if (DEFAULTS.test(value) || INDIRECT.test(value) || !/[./]/.test(value)) {
        continue;
      }
      const start = match.index;
      ctx.report({
        start,
        end: start + match[0].length,
        messageId: 'index',
        data: { name: match[1], value: value.length > 80 ? `${value.slice(0, 77)}...` : value },
      });
    }
  },
});
