import rule from '../../../src/core/rules/py/hidden-string';
import type { Category } from '../../../src/core/model/finding';
import { ruleTester } from '../../ruleTester';

/** What the string names, in its category, and the disguise, as obfuscation. */
const hidden = (line: number, category: Category, column?: number) =>
  [
    { messageId: 'hidden', line, category, severity: 'high', ...(column ? { column } : {}) },
    { messageId: 'disguised', line, category: 'obfuscation', severity: 'high', ...(column ? { column } : {}) },
  ] as const;

ruleTester(rule, {
  valid: [
    // Plain literals are not this rule's business.
    "url = 'https://api.example.com/v1'",
    "cmd = 'system'",
    "HOST = '45.33.2.9'",
    "path = '~/.ssh/id_rsa'",
    'x = "\\x73ystem"',
    // Built from pieces a reader can see.
    "BASE = 'https://api.example.com'\nurl = BASE + '/users'",
    "API = 'https://api.github.com'\nurl = API + '/repos/' + 'owner'",
    "url = 'https://{}.amazonaws.com'.format('us-east-1')",
    "bucket = 'data'\nurl = 'https://%s.s3.amazonaws.com' % bucket",
    "url = ('https://api.example.com'\n       '/v1/users')",
    "mode = 'eval'\nname = str(mode)",
    "MODE = 'EVAL'\nmode = MODE.lower()",
    "phase = 'train' if training else 'eval'\nkey = phase.lower()",
    "BASE_DIR = '/app'\nENV = BASE_DIR + '/.env'",
    "PROC = '/proc/self'\nstatus = PROC + '/environ'",
    "url = 'https://exfil.' + 'attacker.com/upload'",
    "SITE = '/usr/lib/python3/site-packages/'\nhook = SITE + 'mypkg.pth'",
    // Ordinary strings built from pieces.
    "greeting = ' '.join(['Hello', 'world'])",
    "title = ''.join(['sys', 'admin', ' guide'])",
    "csv = ','.join(['name', 'age', 'email'])",
    "label = 'Epoch ' + '1'",
    "weights = 'resnet50' + '.pth'",
    "script = 'install' + '.sh'",
    "module = 'os' + '.path'",
    "log = '%s: %s' % ('status', 'ok')",
    "msg = '{} items'.format(3)",
    'name = f"{first} {last}"',
    'url = f"https://{host}/api"',
    "path = os.path.join(base, 'config.json')",
    "path = os.path.join(home, '.ssh')",
    "import shutil\n_rm = getattr(shutil, 'rmtree')",
    'import shutil\nshutil.rmtree(tmp, ignore_errors=True)',
    "RM = 'rmtree'\nimport shutil\nfn = getattr(shutil, 'rm' + 'tree')",
    "prefix = 'un' + 'linked'",
    "key = '_'.join(['sk', 'live', 'xxxxxxxxxxxxxxxxxxxxxxxx'])",
    "name = '_'.join(['sk', 'live', 'mode'])",
    "KEY = 'sk_live_51NfQ8aQ2eZvjYkL0xg7Rt3WqHc'\nk = KEY[:8] + KEY[8:]",
    // Local and private addresses.
    "url = 'http://' + 'localhost' + ':8000'",
    "url = 'http://' + '127.0.0.1' + ':5000/health'",
    "host = '.'.join(['192', '168', '1', '10'])",
    "bind = '0.0.0.0' + ':8080'",
    "VERSION = (1, 2, 0, 3)\n__version__ = '.'.join(map(str, VERSION))",
    "url = 'http://' + 'db.internal' + '/q'",
    "svc = 'redis' + '.local'",
    // Unknown pieces.
    'url = base + path',
    "name = ''.join(parts)",
    "name = ''.join(map(chr, codes))",
    '# getattr(os, "sys" + "tem")\nx = 1',
    '"""Calls \'sys\' + \'tem\' in the docs."""',
  ],
  invalid: [
    {
      code: 'import codecs\nname = codecs.decode("WNK_FRRQ_BIREEVQR", "rot13")',
      errors: [
        {
          messageId: 'rot13',
          line: 2,
          message:
            'This rot13 text spells `JAX_SEED_OVERRIDE`: a constant nobody writes that way except to keep it from being read or searched for.',
        },
      ],
    },
    // Sensitive API names.
    { code: "import os\ngetattr(os, 'sys' + 'tem')('id')", errors: [...hidden(2, 'process', 13)] },
    { code: "import os\nf = getattr(os, 'po' 'pen')", errors: [...hidden(2, 'process')] },
    { code: "name = ''.join(['e', 'v', 'a', 'l'])", errors: [...hidden(1, 'dynamic-code', 8)] },
    { code: "name = bytes.fromhex('6576616c').decode()", errors: [...hidden(1, 'dynamic-code', 8)] },
    { code: 'mod = __import__("".join(map(chr, (115, 121, 115))))', errors: [...hidden(1, 'sandbox-escape', 18)] },
    {
      code: 'mod = __import__("".join(map(chr, (115, 117, 98, 112, 114, 111, 99, 101, 115, 115))))',
      errors: [...hidden(1, 'process')],
    },
    { code: "x = ''.join(chr(c) for c in [101, 120, 101, 99])", errors: [...hidden(1, 'dynamic-code')] },
    { code: "x = ''.join([chr(c) for c in (112, 111, 112, 101, 110)])", errors: [...hidden(1, 'process')] },
    { code: "x = ''.join(chr(c ^ 1) for c in [100, 119, 96, 109])", errors: [...hidden(1, 'dynamic-code')] },
    { code: "x = ''.join(map(str.lower, ['S', 'Y', 'S', 'T', 'E', 'M']))", errors: [...hidden(1, 'process')] },
    { code: "name = chr(101) + 'val'", errors: [...hidden(1, 'dynamic-code')] },
    { code: "name = 'metsys'[::-1]", errors: [...hidden(1, 'process', 8)] },
    { code: "import base64\nname = base64.b64decode('ZXhlYw==').decode()", errors: [...hidden(2, 'dynamic-code', 8)] },
    { code: "import codecs\nname = codecs.decode('riny', 'rot13')", errors: [...hidden(2, 'dynamic-code')] },
    { code: "import binascii\nname = binascii.unhexlify('706f70656e').decode()", errors: [...hidden(2, 'process')] },
    { code: "name = '%s%s' % ('sys', 'tem')", errors: [...hidden(1, 'process')] },
    { code: "name = '%c%c%c%c' % (101, 120, 101, 99)", errors: [...hidden(1, 'dynamic-code')] },
    { code: "name = '{}{}'.format('__subcl', 'asses__')", errors: [...hidden(1, 'sandbox-escape')] },
    { code: "attr = '__glo' + 'bals__'", errors: [...hidden(1, 'sandbox-escape')] },
    { code: "b = '__buil' + 'tins__'", errors: [...hidden(1, 'dynamic-code')] },
    { code: "m = 'sock' + 'et'", errors: [...hidden(1, 'network')] },
    { code: "import urllib.request\nf = getattr(urllib.request, 'url' + 'open')", errors: [...hidden(2, 'network')] },
    { code: "import importlib\nsp = importlib.import_module('sub' + 'process')", errors: [...hidden(2, 'process')] },
    { code: "target = 'subprocess' + '.Po' + 'pen'", errors: [...hidden(1, 'process')] },
    {
      code: "p1 = 'sys'\np2 = 'tem'\nimport os\nrun = getattr(os, p1 + p2)",
      errors: [...hidden(4, 'process')],
    },
    { code: "import shutil\n_rm = getattr(shutil, 'rm' + 'tree')", errors: [...hidden(2, 'filesystem', 23)] },
    { code: "import os\nf = getattr(os, ''.join(['un', 'link']))", errors: [...hidden(2, 'filesystem')] },
    { code: "import os\nop = 'kniLmys'[::-1].lower()", errors: [...hidden(2, 'filesystem')] },
    // Addresses.
    {
      code: "import base64\nurl = base64.b64decode('aHR0cHM6Ly9jb2xsZWN0b3IuZXZpbC5pby94').decode()",
      errors: [...hidden(2, 'network')],
    },
    { code: "url = 'https://' + 'collector' + '.evil' + '.io/x'", errors: [...hidden(1, 'network', 7)] },
    { code: "host = '.'.join(['45', '33', '2', '9'])", errors: [...hidden(1, 'network')] },
    { code: "addr = '.'.join(map(str, [45, 33, 2, 9]))", errors: [...hidden(1, 'network')] },
    { code: "host = '%d.%d.%d.%d' % (45, 33, 2, 9)", errors: [...hidden(1, 'network')] },
    { code: "c2 = '9.2.33.54'[::-1] + ':4444'", errors: [...hidden(1, 'network')] },
    { code: "host = 'moc.live-rekcatta'[::-1]", errors: [...hidden(1, 'network')] },
    { code: "meta = 'http://169.254.' + '169.254/latest/meta-data/'", errors: [...hidden(1, 'network')] },
    { code: "url = 'https://{}.{}.{}/x'.format('drop', 'evil', 'io')", errors: [...hidden(1, 'network')] },
    {
      code: 'import os\n_SINK = os.environ.get("SINK") or bytes.fromhex("687474703a2f2f33342e3131372e35392e38313a383038302f78").decode()',
      errors: [...hidden(2, 'network', 35)],
    },
    // Credentials assembled from pieces.
    {
      name: 'a live key split into a list and joined: flagged where the pieces are',
      code: 'import os\n_stripe = ["sk", "live", "51NfQ8aQ2eZvjYkL0xg7Rt3WqHc"]\nKEY = os.environ.get("STRIPE_KEY", "_".join(_stripe))',
      errors: [
        { messageId: 'hidden', line: 2, category: 'secrets', severity: 'high' },
        { messageId: 'disguised', line: 3, category: 'obfuscation' },
      ],
    },
    { code: "tok = 'gh' + 'p_' + 'Zx8kQ2mW9vR4tY7uI1oP3aS5dF6gH0jK2lL4'", errors: [...hidden(1, 'secrets')] },
    // Paths.
    { code: "key = '~/' + '.ss' + 'h/id_rsa'", errors: [...hidden(1, 'secrets')] },
    { code: "creds = '/'.join(['~', '.a' + 'ws', 'credentials'])", errors: [...hidden(1, 'secrets')] },
    { code: "rc = '~/.bash' + 'rc'", errors: [...hidden(1, 'filesystem')] },
    { code: "env = '/proc/self/env' + 'iron'", errors: [...hidden(1, 'sandbox-escape')] },
    { code: "sock = '/var/run/docker' + '.sock'", errors: [...hidden(1, 'sandbox-escape')] },
    {
      code: "import base64\nsock = base64.b64decode('L3Zhci9ydW4vZG9ja2VyLnNvY2s=').decode()",
      errors: [...hidden(2, 'sandbox-escape')],
    },
    { code: "hook = '/usr/lib/python3/site-packages/' + 'ev' + 'il.pth'", errors: [...hidden(1, 'sandbox-escape')] },
    { code: "name = 'site' + 'customize'", errors: [...hidden(1, 'sandbox-escape')] },
    { code: "shadow = '/etc/' + 'pass' + 'wd'", errors: [...hidden(1, 'filesystem')] },
    // Reported once, at the outermost building expression.
    {
      code: "import base64\nurl = str(base64.b64decode('aHR0cHM6Ly9jb2xsZWN0b3IuZXZpbC5pby94'), 'utf-8')",
      errors: [...hidden(2, 'network', 11)],
    },
    {
      code: "import os\ncmd = getattr(os, ''.join(['s', 'y', 's']) + 'tem')\nother = 'sys' + 'tem'",
      errors: [...hidden(2, 'process', 19), ...hidden(3, 'process')],
    },
  ],
});
