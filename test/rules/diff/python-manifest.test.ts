import rule from '../../../src/core/rules/diff/python-manifest';
import { added, modified } from '../../../src/core/rules/support/changes';
import * as assert from 'node:assert/strict';
import { diffRuleTester, runDiff } from '../../ruleTester';

const req = 'requests==2.31.0\nflask>=2.0\n';
const pyproject = (deps: string, extra = ''): string =>
  `[build-system]\nrequires = ["setuptools>=61", "wheel"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "app"\nversion = "1.0"\ndependencies = [\n${deps}]\n${extra}`;
const poetry = (deps: string, extra = ''): string =>
  `[tool.poetry]\nname = "app"\n\n[tool.poetry.dependencies]\npython = "^3.11"\n${deps}\n${extra}`;

const setupPy = (requires: string, extra = ''): string =>
  `from setuptools import setup\n\nsetup(\n    name="app",\n    version="1.0",\n    install_requires=[${requires}],\n${extra})\n`;

diffRuleTester(rule, {
  valid: [
    {
      name: 'setup.py: version bump',
      change: modified('setup.py', setupPy('"pyyaml>=6.0"'), setupPy('"pyyaml>=6.1"').replace('1.0', '1.1')),
    },
    {
      name: 'setup.py: extras key renamed, same packages',
      change: modified(
        'setup.py',
        setupPy('', '    extras_require={"http": ["requests"]},\n'),
        setupPy('', '    extras_require={"web": ["requests"]},\n'),
      ),
    },
    { name: 'setup.py: no requirement lists', change: modified('setup.py', 'setup(name="a")\n', 'setup(name="a", version="2")\n') },
    {
      name: 'a module named setup.py elsewhere is read the same way, unchanged lists',
      change: modified('pkg/setup.py', 'x = 1\n', 'x = 2\n'),
    },
    { name: 'requirements: version bump', change: modified('requirements.txt', req, 'requests==2.32.0\nflask>=2.1\n') },
    { name: 'requirements: comment added', change: modified('requirements.txt', req, `# pinned\n${req}`) },
    { name: 'requirements: editable self', change: added('requirements-dev.txt', '-e .\n-r requirements.txt\n') },
    { name: 'a text file of notes is not a requirements file', change: added('docs/notes.txt', 'Use -r deps/ml.txt\nthen run it\n') },
    { name: 'a word list is not a requirements file', change: added('data/words.txt', 'alpha\nbeta\ngamma\n') },
    { name: 'requirements: default index', change: modified('requirements.txt', req, `--index-url https://pypi.org/simple\n${req}`) },
    { name: 'requirements: hashes', change: modified('requirements.txt', req, 'requests==2.31.0 --hash=sha256:abc\nflask>=2.0\n') },
    { name: 'requirements: removed package', change: modified('requirements.txt', req, 'requests==2.31.0\n') },
    {
      name: 'requirements: unchanged git ref',
      change: modified(
        'requirements.txt',
        'git+https://github.com/x/y.git#egg=y\n',
        'git+https://github.com/x/y.git#egg=y\nrequests==2.0\n'.replace('requests==2.0\n', ''),
      ),
    },
    {
      name: 'pyproject: version bump',
      change: modified('pyproject.toml', pyproject('  "requests>=2.0",\n'), pyproject('  "requests>=2.31",\n')),
    },
    { name: 'poetry: version bump', change: modified('pyproject.toml', poetry('requests = "^2.0"'), poetry('requests = "^2.31"')) },
    {
      name: 'conda: known channel',
      change: modified(
        'environment.yml',
        'channels:\n  - defaults\ndependencies:\n  - numpy\n',
        'channels:\n  - conda-forge\n  - defaults\ndependencies:\n  - numpy\n',
      ),
    },
    { name: 'not a manifest', change: modified('docs/requirements.md', 'a', 'git+https://x/y.git') },
    {
      name: 'setup.cfg: bump',
      change: modified(
        'setup.cfg',
        '[options]\ninstall_requires =\n    requests>=2.0\n',
        '[options]\ninstall_requires =\n    requests>=2.31\n',
      ),
    },
    {
      name: 'pipfile: bump',
      change: modified(
        'Pipfile',
        '[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nrequests = "*"\n',
        '[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nrequests = "==2.31.0"\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'setup.py: typosquat added to install_requires',
      change: modified('setup.py', setupPy('"pyyaml>=6.0"'), setupPy('"pyyaml>=6.0", "requestz>=2.31"')),
      errors: [{ messageId: 'lookalike', severity: 'medium', line: 6 }],
    },
    {
      name: 'setup.py: new extra and a list kept in a constant',
      change: modified(
        'setup.py',
        setupPy('"pyyaml>=6.0"'),
        'REQUIRES = [\n    "pyyaml>=6.0",\n    "httpx>=0.27",  # http client\n]\n' +
          setupPy('', '    extras_require={\n        "dev": ["pytest"],\n    },\n').replace(
            'install_requires=[]',
            'install_requires=REQUIRES',
          ),
      ),
      errors: [
        { messageId: 'newDependency', line: 3 },
        { messageId: 'newDependency', line: 12 },
      ],
    },
    {
      name: 'setup.py: git requirement',
      change: modified('setup.py', setupPy(''), setupPy('"helper @ git+https://github.com/x/helper.git"')),
      errors: [{ messageId: 'directRef', severity: 'high' }],
    },
    {
      name: 'requirements: new package',
      change: modified('requirements.txt', req, `${req}httpx==0.27.0\n`),
      errors: [{ messageId: 'newDependency', severity: 'low', line: 3 }],
    },
    {
      name: 'requirements: typosquat',
      change: modified('requirements.txt', req, `${req}reqeusts==2.31.0\n`),
      errors: [{ messageId: 'lookalike', severity: 'medium' }],
    },
    {
      name: 'requirements: typosquat with underscore',
      change: modified('requirements.txt', req, `${req}python_dateutils\n`),
      errors: [{ messageId: 'lookalike' }],
    },
    {
      name: 'requirements: git requirement',
      change: modified('requirements.txt', req, `${req}git+https://github.com/x/helper.git@main#egg=helper\n`),
      errors: [{ messageId: 'directRef', severity: 'high' }],
    },
    {
      name: 'requirements: PEP 508 URL',
      change: modified('requirements.txt', req, 'requests @ https://files.example.com/requests-2.31.0.tar.gz\nflask>=2.0\n'),
      errors: [{ messageId: 'directRef', severity: 'high', line: 1 }],
    },
    {
      name: 'requirements: editable local path',
      change: modified('requirements.txt', req, `${req}-e ./vendor/helper\n`),
      errors: [{ messageId: 'localRef', severity: 'medium' }],
    },
    {
      name: 'requirements: index url',
      change: modified('requirements.txt', req, `-i https://mirror.evil.example/simple\n${req}`),
      errors: [{ messageId: 'index', severity: 'high', line: 1 }],
    },
    {
      name: 'requirements: extra index',
      change: modified('requirements.txt', req, `--extra-index-url=https://pypi.internal.example/simple\n${req}`),
      errors: [{ messageId: 'extraIndex' }],
    },
    {
      name: 'a requirements file under another name (included with -r) is read as one',
      change: added('deps/ml.txt', '--extra-index-url https://pypi.ml-mirror.example/simple\ntorch==2.3.0\ninternal-metrics==1.0\n'),
      errors: [{ messageId: 'newManifest' }, { messageId: 'extraIndex', line: 1 }],
    },
    {
      name: 'requirements: http index',
      change: modified('requirements.txt', req, `--index-url http://10.0.0.1/simple\n${req}`),
      errors: [{ messageId: 'httpIndex' }],
    },
    {
      name: 'requirements: trusted host',
      change: modified('requirements.txt', req, `--trusted-host mirror.example\n${req}`),
      errors: [{ messageId: 'trustedHost' }],
    },
    {
      name: 'requirements: find links',
      change: modified('requirements.txt', req, `-f https://wheels.example/\n${req}`),
      errors: [{ messageId: 'findLinks' }],
    },
    {
      name: 'constraints: git',
      change: modified('constraints.txt', '', 'helper @ git+ssh://git@github.com/x/helper.git\n'),
      errors: [{ messageId: 'directRef' }],
    },
    {
      name: 'pyproject: git dependency',
      change: modified(
        'pyproject.toml',
        pyproject('  "requests>=2.0",\n'),
        pyproject('  "requests>=2.0",\n  "helper @ git+https://github.com/x/helper.git",\n'),
      ),
      errors: [{ messageId: 'directRef', line: 10 }],
    },
    {
      name: 'pyproject: new optional dependency',
      change: modified(
        'pyproject.toml',
        pyproject('  "requests>=2.0",\n'),
        pyproject('  "requests>=2.0",\n', '\n[project.optional-dependencies]\ndev = ["pytest>=8", "ruff"]\n'),
      ),
      errors: [{ messageId: 'newDependency' }, { messageId: 'newDependency' }],
    },
    {
      name: 'pyproject: build backend changed',
      change: modified('pyproject.toml', pyproject(''), pyproject('').replace('setuptools.build_meta', 'backend')),
      errors: [{ messageId: 'buildSystem', severity: 'medium', line: 3 }],
    },
    {
      name: 'pyproject: in-tree backend',
      change: modified(
        'pyproject.toml',
        pyproject(''),
        pyproject('').replace('build-backend = "setuptools.build_meta"', 'build-backend = "backend"\nbackend-path = ["_build"]'),
      ),
      errors: [{ messageId: 'buildSystem' }, { messageId: 'backendPath', severity: 'high' }],
    },
    {
      name: 'pyproject: uv extra index',
      change: modified(
        'pyproject.toml',
        pyproject(''),
        pyproject('', '\n[tool.uv]\nextra-index-url = ["https://pypi.internal.example/simple"]\n'),
      ),
      errors: [{ messageId: 'extraIndex' }],
    },
    {
      name: 'pyproject: uv index table',
      change: modified(
        'pyproject.toml',
        pyproject(''),
        pyproject('', '\n[[tool.uv.index]]\nname = "corp"\nurl = "https://pypi.corp.example/simple"\n'),
      ),
      errors: [{ messageId: 'index' }],
    },
    {
      name: 'pyproject: uv git source',
      change: modified(
        'pyproject.toml',
        pyproject('  "helper",\n'),
        pyproject('  "helper",\n', '\n[tool.uv.sources]\nhelper = { git = "https://github.com/x/helper" }\n'),
      ),
      errors: [{ messageId: 'directRef' }],
    },
    {
      name: 'pyproject: setuptools cmdclass',
      change: modified('pyproject.toml', pyproject(''), pyproject('', '\n[tool.setuptools.cmdclass]\ninstall = "build_tools.Install"\n')),
      errors: [{ messageId: 'cmdclass', severity: 'high' }],
    },
    {
      name: 'poetry: new dependency',
      change: modified('pyproject.toml', poetry('requests = "^2.0"'), poetry('requests = "^2.0"\nhttpx = "^0.27"')),
      errors: [{ messageId: 'newDependency', line: 7 }],
    },
    {
      name: 'poetry: git dependency',
      change: modified(
        'pyproject.toml',
        poetry('requests = "^2.0"'),
        poetry('requests = { git = "https://github.com/x/requests.git", branch = "main" }'),
      ),
      errors: [{ messageId: 'directRef' }],
    },
    {
      name: 'poetry: source',
      change: modified(
        'pyproject.toml',
        poetry('requests = "^2.0"'),
        poetry(
          'requests = "^2.0"',
          '\n[[tool.poetry.source]]\nname = "corp"\nurl = "https://pypi.corp.example/simple"\npriority = "primary"\n',
        ),
      ),
      errors: [{ messageId: 'index' }],
    },
    {
      name: 'setup.cfg: dependency link',
      change: modified(
        'setup.cfg',
        '[options]\ninstall_requires =\n    requests>=2.0\n',
        '[options]\ninstall_requires =\n    requests>=2.0\n    helper\ndependency_links =\n    https://evil.example/helper.tar.gz\n',
      ),
      errors: [{ messageId: 'newDependency' }, { messageId: 'dependencyLink' }],
    },
    {
      name: 'pipfile: source url changed',
      change: modified(
        'Pipfile',
        '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\n',
        '[[source]]\nurl = "https://pypi.evil.example/simple"\nverify_ssl = false\n',
      ),
      errors: [{ messageId: 'index', line: 2 }, { messageId: 'trustedHost' }],
    },
    {
      name: 'pipfile: git package',
      change: modified(
        'Pipfile',
        '[packages]\nrequests = "*"\n',
        '[packages]\nrequests = "*"\nhelper = {git = "https://github.com/x/helper.git", ref = "main"}\n',
      ),
      errors: [{ messageId: 'directRef' }],
    },
    {
      name: 'conda: unknown channel and pip git dependency',
      change: modified(
        'environment.yml',
        'channels:\n  - defaults\ndependencies:\n  - numpy\n  - pip:\n    - requests\n',
        'channels:\n  - someuser\n  - defaults\ndependencies:\n  - numpy\n  - pip:\n    - requests\n    - git+https://github.com/x/helper.git\n',
      ),
      errors: [
        { messageId: 'channel', severity: 'medium', line: 2 },
        { messageId: 'directRef', line: 8 },
      ],
    },
    {
      name: 'pyproject: new file with standard build system and one dependency',
      change: added('pyproject.toml', pyproject('  "requests>=2.0",\n')),
      errors: [{ messageId: 'newDependency', line: 9 }],
    },
    {
      name: 'new requirements file aggregates',
      change: added('requirements.txt', 'requests\nflask\nnumpy\n'),
      errors: [{ messageId: 'newManifest', severity: 'low' }],
    },
  ],
});

describe(`${rule.meta.id} meta examples`, () => {
  rule.meta.incorrect.forEach((ex, i) => it(`incorrect ${i}`, () => assert.ok(runDiff(rule, ex.change).length > 0)));
  rule.meta.correct.forEach((ex, i) => it(`correct ${i}`, () => assert.deepEqual(runDiff(rule, ex.change), [])));
});
