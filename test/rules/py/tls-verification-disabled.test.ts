import rule from '../../../src/core/rules/py/tls-verification-disabled';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import requests\nrequests.get(url, verify='/etc/ssl/certs/ca.pem')",
    'import requests\nrequests.get(url, timeout=10)',
    'import requests\nrequests.get(url, verify=True)',
    'import ssl\nctx = ssl.create_default_context()',
    'def check(verify=False):\n    return verify',
    'import ssl\nif ctx.verify_mode == ssl.CERT_NONE:\n    warn()',
    "import os\nos.environ['PYTHONHTTPSVERIFY'] = '1'",
    "import os\nos.environ['REQUESTS_CA_BUNDLE'] = '/etc/ssl/ca.pem'",
    'model.fit(x, y, verbose=False)',
    'import paramiko\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())',
    'import warnings\nwarnings.filterwarnings("ignore", category=DeprecationWarning)',
    'opts.verify = args.verify',
    "text = 'verify=False'",
  ],
  invalid: [
    {
      code: 'import requests\nrequests.get(url, verify=False)',
      errors: [{ messageId: 'keyword', line: 2, column: 1, severity: 'high', category: 'insecure-config' }],
    },
    { code: 'import requests\nrequests.post(url, json=data, verify=0)', errors: [{ messageId: 'keyword' }] },
    { code: 'import requests as r\nr.request("GET", url, verify=False)', errors: [{ messageId: 'keyword' }] },
    { code: 'import httpx\nclient = httpx.Client(verify=False)', errors: [{ messageId: 'keyword' }] },
    { code: 'import httpx\nasync with httpx.AsyncClient(verify=False) as c:\n    pass', errors: [{ messageId: 'keyword' }] },
    { code: 'session.get(url, verify=False)', errors: [{ messageId: 'keyword' }] },
    { code: "import boto3\ns3 = boto3.client('s3', verify=False)", errors: [{ messageId: 'keyword' }] },
    { code: 'import aiohttp\nconn = aiohttp.TCPConnector(ssl=False)', errors: [{ messageId: 'keyword' }] },
    { code: 'async def f(session):\n    await session.get(url, ssl=False)', errors: [{ messageId: 'keyword' }] },
    { code: 'from elasticsearch import Elasticsearch\nes = Elasticsearch(hosts, verify_certs=False)', errors: [{ messageId: 'keyword' }] },
    { code: "import urllib3\nhttp = urllib3.PoolManager(cert_reqs='CERT_NONE')", errors: [{ messageId: 'keyword' }] },
    { code: 'import ssl, urllib3\nhttp = urllib3.PoolManager(cert_reqs=ssl.CERT_NONE)', errors: [{ messageId: 'keyword' }] },
    { code: 'import requests\ns = requests.Session()\ns.verify = False', errors: [{ messageId: 'attribute', line: 3 }] },
    { code: 'import ssl\nctx = ssl._create_unverified_context()', errors: [{ messageId: 'unverified' }] },
    { code: 'import ssl\nssl._create_default_https_context = ssl._create_unverified_context', errors: [{ messageId: 'globalUnverified' }] },
    {
      code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE',
      errors: [
        { messageId: 'attribute', line: 3 },
        { messageId: 'certNone', line: 4 },
      ],
    },
    { code: 'import ssl\ns = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)', errors: [{ messageId: 'keyword' }] },
    { code: 'from ssl import CERT_NONE\nmode = CERT_NONE', errors: [{ messageId: 'certNone' }] },
    { code: 'import urllib3\nurllib3.disable_warnings()', errors: [{ messageId: 'warnings', severity: 'medium' }] },
    {
      code: 'import requests\nfrom urllib3.exceptions import InsecureRequestWarning\nrequests.packages.urllib3.disable_warnings(InsecureRequestWarning)',
      errors: [{ messageId: 'warnings' }],
    },
    {
      code: "import warnings\nwarnings.filterwarnings('ignore', category=urllib3.exceptions.InsecureRequestWarning)",
      errors: [{ messageId: 'warnings' }],
    },
    { code: "import os\nos.environ['PYTHONHTTPSVERIFY'] = '0'", errors: [{ messageId: 'env' }] },
    { code: "import os\nos.environ['CURL_CA_BUNDLE'] = ''", errors: [{ messageId: 'env' }] },
    { code: "import os\nos.environ.setdefault('GIT_SSL_NO_VERIFY', 'true')", errors: [{ messageId: 'env' }] },
    { code: "import os\nos.environ.update(NODE_TLS_REJECT_UNAUTHORIZED='0')", errors: [{ messageId: 'env' }] },
    { code: "import os\nos.putenv('PYTHONHTTPSVERIFY', '0')", errors: [{ messageId: 'env' }] },
    {
      code: 'import paramiko\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
      errors: [{ messageId: 'hostKey', severity: 'medium' }],
    },
    { code: 'from paramiko import WarningPolicy\nc.set_missing_host_key_policy(WarningPolicy)', errors: [{ messageId: 'hostKey' }] },
  ],
});
