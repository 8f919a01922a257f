import rule from '../../../src/core/rules/py/sensitive-read';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "FILES = ['config.yaml', 'settings.toml', 'README.md']",
    "with open('config.json') as f:\n    cfg = json.load(f)",
    "from pathlib import Path\ntext = Path('data/train.txt').read_text()",
    "import os\ncache = os.path.join(os.path.expanduser('~'), '.cache', 'app')",
    "ignored = ['.env', '.ssh/']",
    "print('Put your key in ~/.ssh/id_rsa')",
    'def f():\n    """Reads ~/.aws/credentials for you."""\n    return 1',
    "# open('~/.ssh/id_rsa')\nx = 1",
    'from dotenv import load_dotenv\nload_dotenv()',
    "import os\nopen(os.path.join(os.path.dirname(__file__), 'data.csv'))",
    "import os\nwith open(os.path.expanduser('~/.bashrc')) as f:\n    pass",
    "import os\nopen(os.path.expanduser('~/.ssh/authorized_keys'), 'a')",
    "import os\nos.path.exists('.env')",
    "env_file = os.path.join(project_dir, '.env')",
    "from pathlib import Path\nPath('~/.config/myapp/settings.toml').expanduser().read_text()",
    "with open('/etc/hostname') as f:\n    pass",
    'import os\n\ndef cover(request):\n    name = os.path.basename(request.GET.get("name", ""))\n    return os.path.join(MEDIA_ROOT, "covers", name)',
    'import os\n\ndef cover(request, pk):\n    return os.path.join(MEDIA_ROOT, "covers", f"{pk}.jpg")',
  ],
  invalid: [
    {
      name: 'a file path built from a query parameter',
      code: 'import os\nfrom django.conf import settings\n\ndef cover(request):\n    name = request.GET.get("name", "")\n    src = os.path.join(settings.MEDIA_ROOT, "covers", name)\n    return open(src, "rb")',
      errors: [
        {
          messageId: 'requestPath',
          line: 6,
          severity: 'medium',
          category: 'filesystem',
          message:
            'This path is built from request input (`name`): a name with `../` or an absolute path reaches any file the server can read, not just settings.MEDIA_ROOT.',
        },
      ],
    },
    {
      name: 'a list of token files searched in turn',
      code: '_TOKEN_PATHS = ("~/.cache/huggingface/token", "~/.huggingface/token", "~/.netrc")',
      errors: [
        { messageId: 'harvest', line: 1, column: 16, severity: 'high', category: 'secrets' },
        { messageId: 'path', category: 'filesystem' },
        { messageId: 'path', category: 'filesystem' },
        { messageId: 'path', category: 'filesystem' },
      ],
    },
    {
      name: 'a literal credential path is flagged even when the call is a local function',
      code: "def open(p):\n    return p\nopen('~/.ssh/id_rsa')",
      errors: [{ messageId: 'path', line: 3 }],
    },
    {
      code: "import os\nkey = open(os.path.expanduser('~/.ssh/id_rsa')).read()",
      errors: [{ messageId: 'credential', line: 2, column: 7, severity: 'high', category: 'filesystem' }],
    },
    {
      code: "from pathlib import Path\ncreds = (Path.home() / '.aws' / 'credentials').read_text()",
      errors: [{ messageId: 'credential', severity: 'high' }],
    },
    {
      code: "from pathlib import Path\np = Path.home() / '.aws' / 'credentials'\ndata = p.read_text()",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "import os\ncfg = os.path.join(os.environ['HOME'], '.kube', 'config')",
      errors: [{ messageId: 'path', line: 2, severity: 'high', category: 'filesystem' }],
    },
    {
      code: "import os\ncfg = os.path.join(os.environ['HOME'], '.kube', 'config')\nwith open(cfg) as f:\n    send(f.read())",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    { code: 'import browser_cookie3\ncj = browser_cookie3.chrome()', errors: [{ messageId: 'browser', severity: 'high' }] },
    { code: 'import win32crypt\nwin32crypt.CryptUnprotectData(blob, None, None, None, 0)', errors: [{ messageId: 'decrypt' }] },
    { code: 'import netrc\nauth = netrc.netrc()', errors: [{ messageId: 'credential' }] },
    { code: "open('/home/ubuntu/.netrc').read()", errors: [{ messageId: 'credential' }] },
    { code: "import os\nopen(os.path.expanduser('~/.git-credentials'))", errors: [{ messageId: 'credential' }] },
    { code: "import os\nopen(os.path.expanduser('~/.pypirc'))", errors: [{ messageId: 'credential' }] },
    { code: "import os\nopen(os.path.expanduser('~/.docker/config.json'))", errors: [{ messageId: 'credential' }] },
    {
      code: "import os\nd = os.path.expanduser('~/.config/gcloud')\nfor f in os.listdir(d):\n    pass",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "import glob, os\nkeys = glob.glob(os.path.expanduser('~/.ssh/id_*'))",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import sqlite3, os\ndb = sqlite3.connect(os.path.expanduser('~/.config/google-chrome/Default/Cookies'))",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import shutil, os\nshutil.copy(os.path.join(os.getenv('LOCALAPPDATA'), 'Google/Chrome/User Data/Default/Login Data'), 'ld.db')",
      errors: [{ messageId: 'credential' }],
    },
    { code: "open('../../.env').read()", errors: [{ messageId: 'envOutside' }] },
    { code: "open('.env').read()", errors: [{ messageId: 'projectEnv', severity: 'low' }] },
    {
      code: "import os\nos.path.exists(os.path.expanduser('~/.aws/credentials'))",
      errors: [{ messageId: 'credential', severity: 'medium' }],
    },
    { code: "open('/etc/passwd').readlines()", errors: [{ messageId: 'account', severity: 'medium', category: 'filesystem' }] },
    { code: "open('/etc/shadow')", errors: [{ messageId: 'credential' }] },
    { code: "open('/proc/self/environ').read()", errors: [{ messageId: 'credential' }] },
    { code: "import os\nos.path.expanduser('~/.bash_history')", errors: [{ messageId: 'path' }] },
    {
      code: "import configparser, os\nc = configparser.ConfigParser()\nc.read(os.path.expanduser('~/.aws/credentials'))",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "import os\nhome = os.environ.get('HOME')\nkey = open(f'{home}/.ssh/id_ed25519').read()",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "import os\nkey = open(os.getenv('HOME') + '/.ssh/id_rsa').read()",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "from pathlib import Path\nkey = Path('~/.ssh/id_rsa').expanduser().read_bytes()",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "from pathlib import Path\nfor p in (Path.home() / '.ssh').iterdir():\n    pass",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os\nKEY = os.path.join(os.path.expanduser('~'), '.ssh', 'id_rsa')\nupload(KEY)",
      errors: [{ messageId: 'path', line: 2 }],
    },
    { code: "import os as o\nf = o.path.expanduser('~/.kube/config')", errors: [{ messageId: 'path' }] },
    {
      code: "import tarfile, os\nwith tarfile.open('b.tgz', 'w:gz') as t:\n    t.add(os.path.expanduser('~/.ssh'))",
      errors: [{ messageId: 'path', line: 3 }],
    },
    {
      code: "import os\nopen(os.path.expanduser('~/.ssh/id_rsa')).read()",
      filename: 'tests/test_keys.py',
      errors: [{ messageId: 'credential', severity: 'medium' }],
    },
    {
      code: "import importlib\no = importlib.import_module('os')\nopen(o.path.expanduser('~/.ssh/id_rsa'))",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "r = open\nr('/root/.aws/credentials')",
      errors: [{ messageId: 'credential', line: 2 }],
    },
  ],
});
