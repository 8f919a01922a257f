import rule from '../../../src/core/rules/py/hardcoded-endpoint';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'def f():\n    """See https://docs.python.org/3/library/os.html"""',
    '"""Module doc: data from http://45.33.32.156/x."""\nx = 1',
    "BASE = 'http://localhost:8000'",
    "BASE = 'http://127.0.0.1:5000/api'",
    "site = 'https://example.com/docs'",
    "__version__ = '1.2.3.4'",
    "ns = 'http://www.w3.org/2000/svg'",
    '# see https://pastebin.com/raw/abc\nx = 1',
    "host = '0.0.0.0'",
    "mask = '255.255.255.0'",
    "setup(name='x', url='https://github.com/me/x')",
    "logger.info('Docs at https://myproject.readthedocs.io')",
    "raise ValueError('see https://github.com/me/x/issues/1')",
    "parser.add_argument('--url', help='default https://api.x.io')",
    "import requests\nrequests.get('https://api.github.com/repos/a/b')",
    "meta = {'homepage': 'https://x.io'}",
    "msg = 'Hello world.'",
    "tag = 'v1.2.3'",
    { code: "URL = 'https://api.stripe.com/v1'", filename: 'tests/test_api.py' },
    "HUB = f'https://{bucket}.s3.amazonaws.com/key'",
  ],
  invalid: [
    // The indexes everyone uses are only hard-coded URLs, not a new package source.
    { code: 'TORCH_INDEX = "https://download.pytorch.org/whl/cu121"', errors: [{ messageId: 'url', severity: 'low' }] },
    { code: 'INDEX = "https://pypi.org/simple"', errors: [{ messageId: 'url', severity: 'low' }] },
    {
      code: '_ACCEL_INDEX = "https://pypi.dsctl-build.net/simple"',
      errors: [{ messageId: 'packageIndex', severity: 'medium', category: 'supply-chain' }],
    },
    {
      code: 'cmd = ["pip", "install", "--extra-index-url", "http://10.0.0.5:8080/packages", "accel"]',
      errors: [{ messageId: 'localUrl' }],
    },
    {
      code: 'PIP_CONF = "[global]\\nextra-index-url = http://pkgs.example-mirror.net/pypi\\n"',
      errors: [{ messageId: 'packageIndex', severity: 'high' }],
    },
    {
      code: "API = 'https://api.stripe.com/v1'",
      errors: [{ messageId: 'url', line: 1, column: 7, severity: 'low', category: 'network' }],
    },
    { code: "HOOK = 'https://discord.com/api/webhooks/123/abc'", errors: [{ messageId: 'drop', severity: 'high' }] },
    { code: "T = 'https://api.telegram.org/bot123:abc/sendMessage'", errors: [{ messageId: 'drop', severity: 'high' }] },
    { code: "U = 'https://abc.ngrok-free.app/collect'", errors: [{ messageId: 'drop' }] },
    { code: "U = 'https://pastebin.com/raw/xyz'", errors: [{ messageId: 'drop' }] },
    { code: "U = 'https://webhook.site/123'", errors: [{ messageId: 'drop' }] },
    { code: "U = 'https://x.requestbin.net/r/1'", errors: [{ messageId: 'drop' }] },
    { code: "host = '45.33.32.156'", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: "addr = ('45.33.32.156', 4444)", errors: [{ messageId: 'rawIp' }] },
    { code: "C2 = 'http://45.33.32.156:8080/beacon'", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: "META = 'http://169.254.169.254/latest/meta-data/'", errors: [{ messageId: 'metadata', severity: 'high' }] },
    {
      code: "DB = 'postgres://u:p@db.x.io/app'\nAPI = 'https://admin:hunter2@api.x.io/v1'",
      errors: [{ messageId: 'credentials', line: 2, severity: 'medium' }],
    },
    { code: "srv = '10.0.0.5'", errors: [{ messageId: 'localIp', severity: 'low' }] },
    { code: "u = f'https://evil.io/c?d={data}'", errors: [{ messageId: 'url' }] },
    { code: "name = f'{encoded}.exfil.attacker.net'", errors: [{ messageId: 'dynamicHost', severity: 'medium' }] },
    { code: "u = 'https://x' '.io/a'", errors: [{ messageId: 'url' }] },
    { code: "hosts = ['1.2.3.4', '5.6.7.8']", errors: [{ messageId: 'rawIp' }] },
    { code: "v6 = '2606:4700:4700::1111'", errors: [{ messageId: 'rawIp' }] },
    {
      code: "import requests\nrequests.post(url, json={'cb': 'https://pastebin.com/api/api_post.php'})",
      errors: [{ messageId: 'drop' }],
    },
  ],
});
