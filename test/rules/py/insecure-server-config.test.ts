import rule from '../../../src/core/rules/py/insecure-server-config';
import { ruleTester } from '../../ruleTester';

const S = 'mysite/settings.py';

ruleTester(rule, {
  valid: [
    // Token checks left on, a settings class with debug off, origins listed one by one.
    'import jwt\nclaims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": True, "require": ["exp"]})',
    'from pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    debug: bool = False\n    cors_origin_regex: str | None = r"https://[a-z0-9-]+--ledger-web\\.netlify\\.app"',
    'class Flags:\n    debug = True',
    "from flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get('FLASK_DEBUG') == '1')",
    "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=8080)",
    'import asyncio\nasyncio.run(main(), debug=True)',
    "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'], allow_credentials=True)",
    "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['*'])",
    { code: 'DEBUG = True', filename: 'src/tool.py' },
    { code: "DEBUG = os.environ.get('DEBUG') == '1'", filename: S },
    { code: "ALLOWED_HOSTS = ['example.com']", filename: S },
    { code: 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)', filename: 'tests/test_app.py' },
    'runner.run(debug=False)',
    'import subprocess\nsubprocess.run(cmd, check=True)',
    'logger.debug = True',
    { code: "import os\nDEBUG = os.environ.get('DJANGO_DEBUG', '0') == '1'", filename: S },
    { code: "import os\nDEBUG = os.getenv('DEBUG', 'false').lower() in ('1', 'true', 'yes')", filename: S },
    { code: "import os\nDEBUG = bool(int(os.environ.get('DEBUG', '0')))", filename: S },
    { code: "from decouple import config\nDEBUG = config('DEBUG', default=False, cast=bool)", filename: S },
    {
      code: 'import os\n\ndef env_flag(name, default=False):\n    raw = os.environ.get(name)\n    return default if raw is None else raw == "1"\n\nDEBUG = env_flag("DJANGO_DEBUG", default=False)',
      filename: S,
    },
    'from django.views.decorators.csrf import csrf_protect\n\n@csrf_protect\ndef form(request):\n    return render(request, "f.html")',
    { code: "import os\nDEBUG = os.environ.get('DEBUG', '1') == '1'", filename: 'src/tool.py' },
    { code: "import os\nDEBUG = os.environ['DEBUG'] == '1'", filename: S },
    {
      code: "c = get_config()\nc.ServerApp.ip = '127.0.0.1'\nc.ServerApp.token = os.environ['JUPYTER_TOKEN']",
      filename: 'jupyter_server_config.py',
    },
    {
      code: 'c = get_config()\nc.ServerApp.disable_check_xsrf = False\nc.ServerApp.open_browser = False',
      filename: 'jupyter_server_config.py',
    },
    "c.model.token = ''",
    "self.server.ip = '0.0.0.0'",
  ],
  invalid: [
    {
      name: 'a helper of the settings file that falls back to debug on',
      code: 'import os\n\ndef env_flag(name, default=False):\n    raw = os.environ.get(name)\n    if raw is None:\n        return default\n    return raw.lower() in ("1", "true")\n\nDEBUG = env_flag("DJANGO_DEBUG", default=True)',
      filename: S,
      errors: [{ messageId: 'setting', line: 9, severity: 'medium', category: 'insecure-config' }],
    },
    {
      name: 'a Django view exempted from CSRF checks',
      code: 'from django.views.decorators.csrf import csrf_exempt\n\n@csrf_exempt\ndef preview(request):\n    return render(request, "p.html")',
      errors: [
        {
          messageId: 'setting',
          line: 3,
          severity: 'medium',
          category: 'insecure-config',
          message: '`@csrf_exempt` switches CSRF protection off for this view: other sites can submit to it as the logged-in user.',
        },
      ],
    },
    {
      name: 'a Flask-WTF view exempted from CSRF checks',
      code: 'from flask_wtf.csrf import CSRFProtect\ncsrf = CSRFProtect(app)\n\n@csrf.exempt\n@app.post("/hook")\ndef hook():\n    return "ok"',
      errors: [{ messageId: 'setting', line: 4, severity: 'medium' }],
    },
    {
      name: 'jwt.decode with the signature and expiry checks switched off',
      code: 'import jwt\nclaims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False, "verify_exp": False})',
      errors: [
        { messageId: 'setting', line: 2, severity: 'high', category: 'insecure-config' },
        { messageId: 'setting', line: 2, severity: 'medium' },
      ],
    },
    {
      name: 'a settings class that defaults to debug and accepts every origin',
      code: 'from pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    cors_origin_regex: str | None = r"https?://.*"\n    debug: bool = True',
      errors: [
        { messageId: 'setting', line: 3, severity: 'medium' },
        { messageId: 'setting', line: 4, severity: 'medium' },
      ],
    },
    {
      code: 'import os\nDEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"',
      filename: S,
      errors: [{ messageId: 'setting', line: 2, severity: 'medium', category: 'insecure-config' }],
    },
    { code: "import os\nDEBUG = os.getenv('DEBUG', 'True').lower() in ('1', 'true')", filename: S, errors: [{ messageId: 'setting' }] },
    { code: "import os\nDEBUG = bool(int(os.environ.get('DEBUG', 1)))", filename: S, errors: [{ messageId: 'setting' }] },
    { code: "import os\nDEBUG = os.environ.get('PRODUCTION') != '1'", filename: S, errors: [{ messageId: 'setting' }] },
    {
      code: "from decouple import config\nDEBUG = config('DEBUG', default=True, cast=bool)",
      filename: S,
      errors: [{ messageId: 'setting' }],
    },
    {
      code: "import environ\nenv = environ.Env()\nDEBUG = env.bool('DEBUG', default=True)",
      filename: S,
      errors: [{ messageId: 'setting' }],
    },
    {
      code: 'c = get_config()  # noqa: F821\nc.ServerApp.ip = "0.0.0.0"\nc.IdentityProvider.token = ""\nc.ServerApp.disable_check_xsrf = True',
      filename: 'jupyter_server_config.py',
      errors: [
        { messageId: 'setting', line: 2, severity: 'medium', category: 'insecure-config' },
        { messageId: 'setting', line: 3, severity: 'high' },
        { messageId: 'setting', line: 4, severity: 'high' },
      ],
    },
    { code: "c.NotebookApp.token = ''\nc.NotebookApp.allow_origin = '*'", errors: [{ messageId: 'setting' }, { messageId: 'setting' }] },
    {
      code: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)",
      errors: [{ messageId: 'debug', line: 3, column: 1, severity: 'high', category: 'insecure-config' }],
    },
    { code: 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)', errors: [{ messageId: 'debug', severity: 'medium' }] },
    { code: 'from myapp import app\napp.run(debug=True, port=5000)', errors: [{ messageId: 'debug', severity: 'medium' }] },
    {
      code: "from flask_socketio import SocketIO\nsocketio = SocketIO(app)\nsocketio.run(app, host='0.0.0.0', debug=True)",
      errors: [{ messageId: 'debug', severity: 'high' }],
    },
    {
      code: "from werkzeug.serving import run_simple\nrun_simple('localhost', 5000, app, use_debugger=True, use_evalex=True)",
      errors: [{ messageId: 'debugger', severity: 'high' }],
    },
    {
      code: "from werkzeug.serving import run_simple\nrun_simple('0.0.0.0', 5000, app, debug=True)",
      errors: [{ messageId: 'debug', severity: 'high' }],
    },
    { code: 'app.debug = True', errors: [{ messageId: 'debug' }] },
    { code: "app.config['DEBUG'] = True", errors: [{ messageId: 'debug' }] },
    { code: 'app.config.update(WTF_CSRF_ENABLED=False)', errors: [{ messageId: 'setting' }] },
    { code: "app.config['WTF_CSRF_ENABLED'] = False", errors: [{ messageId: 'setting' }] },
    { code: 'DEBUG = True', filename: S, errors: [{ messageId: 'setting', severity: 'medium' }] },
    { code: "ALLOWED_HOSTS = ['*']", filename: S, errors: [{ messageId: 'setting' }] },
    { code: "ALLOWED_HOSTS = ['*']", filename: 'config/settings/production.py', errors: [{ messageId: 'setting' }] },
    {
      code: 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True',
      filename: S,
      errors: [{ messageId: 'cors', line: 1, severity: 'high' }],
    },
    { code: 'CORS_ORIGIN_ALLOW_ALL = True', filename: S, errors: [{ messageId: 'setting', severity: 'low' }] },
    {
      code: "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)",
      errors: [{ messageId: 'cors', severity: 'high' }],
    },
    {
      code: "from starlette.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origin_regex='.*', allow_credentials=True)",
      errors: [{ messageId: 'cors' }],
    },
    { code: 'from flask_cors import CORS\nCORS(app, supports_credentials=True)', errors: [{ messageId: 'cors' }] },
  ],
});
