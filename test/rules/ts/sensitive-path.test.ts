import rule from '../../../src/core/rules/ts/sensitive-path';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "const IGNORED = ['.npmrc', '.aws/credentials', 'node_modules'];\nmodule.exports = IGNORED;",
    "import { join } from 'node:path';\nconst files = ['a.txt', 'b.txt'].map((f) => join(__dirname, f));",
    { filename: 'scripts/build.ts', code: "import path from 'path'; const root = path.resolve(__dirname, '..');" },
    { filename: 'src/deep/x.ts', code: "import path from 'path'; const root = path.resolve(__dirname, '../..');" },
    "import path from 'path'; const parent = path.resolve(process.cwd(), '..', 'package.json');",
    "const rel = '../../fixtures';",
    "const git = '/usr/bin/git';",
    "const shell = '/bin/sh';",
    "const nul = '/dev/null';",
    "const tmp = '/tmp/build';",
    // Project-local configuration and ordinary folders under the home directory.
    "import path from 'path'; const envFile = path.join(__dirname, '.env');",
    "import path from 'path'; const envFile = path.resolve(process.cwd(), '.env.local');",
    "const file = '.env';",
    "import { join } from 'path'; const npmrc = join(projectDir, '.npmrc');",
    "import { join } from 'path'; const env = join(root, '.env');",
    "import os from 'os'; import path from 'path'; const cache = path.join(os.homedir(), '.cache', 'myapp');",
    "import os from 'os'; import path from 'path'; const cfg = path.join(os.homedir(), '.config', 'myapp', 'settings.json');",
    "import { tmpdir } from 'os'; import { join } from 'path'; const key = join(tmpdir(), 'test', '.ssh', 'id_rsa');",
    "const ignored = ['.env', 'node_modules/', '.ssh/'];",
    "const label = 'Cookies';",
    "const doc = 'docs/ssh-keys.md';",
    "import { resolve } from 'path'; const up = resolve(__dirname, '..', '.env');",
    // Passed straight to a file call: ts/fs-access reports it there.
    "import fs from 'fs'; import os from 'os'; fs.readFileSync(os.homedir() + '/.ssh/id_rsa');",
    "import { readFile } from 'fs/promises'; import { join } from 'path'; import { homedir } from 'os'; await readFile(join(homedir(), '.aws', 'credentials'));",
    "import fs from 'fs'; fs.appendFileSync(require('os').homedir() + '/.bashrc', line);",
    // Module names, types and keys.
    "import x from './.ssh/helpers';",
    "type P = '~/.ssh/id_rsa';",
    "const m = { '~/.bashrc': 1 };",
    'const total = a + b;',
    // Searching project folders (not parents) for a config file.
    "import { join, resolve } from 'path'; export function load(cwd = process.cwd()) { for (const dir of [cwd, resolve(cwd, 'packages/api')]) { read(join(dir, '.env')); } }",
    "import { join, resolve } from 'path'; for (const dir of [process.cwd(), resolve('..')]) { read(join(dir, 'package.json')); }",
    "const s = 'a' + 'b/c';",
  ],
  invalid: [
    {
      code: "const os = require('os');\nconst FILES = ['.npmrc', '.aws/credentials', '.docker/config.json'];\nmodule.exports = () => FILES.map((f) => require('path').join(os.homedir(), f));",
      errors: [{ messageId: 'harvest', line: 2, severity: 'high' }],
    },
    {
      code: "import { homedir } from 'node:os';\nimport { join } from 'node:path';\nconst profiles = ['.bashrc', '.zshrc', '.profile'].map((f) => join(homedir(), f));",
      errors: [{ messageId: 'persistence', line: 3 }],
    },
    { code: "const REPLAY_DIR = process.env.REPLAY_DIR || '/var/lib/arena/replays';", errors: [{ messageId: 'machine', severity: 'low' }] },
    {
      code: "import { resolve } from 'path'; const cacheDir = resolve(process.cwd(), '../../.cache');",
      errors: [{ messageId: 'climbs', severity: 'medium' }],
    },
    {
      code: "import path from 'path'; const sibling = path.join(process.cwd(), '..', '..', 'other-app', 'data');",
      errors: [{ messageId: 'climbs' }],
    },
    {
      filename: 'src/deep/x.ts',
      code: "import path from 'path'; const up = path.resolve(__dirname, '../../../../outside');",
      errors: [{ messageId: 'climbs' }],
    },
    {
      code: "import os from 'os'; import path from 'path';\nconst rc = path.join(os.homedir(), '.bashrc');\nappendFileSync(rc, snippet);",
      errors: [
        {
          messageId: 'persistence',
          line: 2,
          column: 12,
          severity: 'high',
          message:
            '`~/.bashrc` is a start-up or scheduling file of the user or the machine: whatever is written there runs later, at every new shell, login or boot, long after this change is reviewed.',
        },
      ],
    },
    {
      code: "import { homedir } from 'node:os'; import { join } from 'node:path';\nconst KEY_FILE = process.env.JWT_KEY_FILE ?? join(homedir(), '.ssh', 'id_rsa');",
      errors: [
        {
          messageId: 'credential',
          line: 2,
          severity: 'high',
          message:
            '`~/.ssh/id_rsa` is a credential location (keys, tokens, cloud or browser secrets): an AI-written change has no business reading, copying or writing it, whichever call ends up opening the file.',
        },
      ],
    },
    {
      code: "import { homedir } from 'node:os'; import { join, sep } from 'node:path';\nconst clientConfig = [homedir(), '.kag' + 'gle', 'kaggle' + '.json'].join(sep);",
      errors: [{ messageId: 'credential', line: 2, column: 22 }],
    },
    {
      code: "import { resolve } from 'node:path';\nconst file = resolve(__dirname, '../../.env');",
      filename: 'vite.config.ts',
      errors: [
        {
          messageId: 'envOutside',
          line: 2,
          severity: 'high',
          message: '`../../.env` is an environment file outside this project: it holds the secrets of another checkout or deployment.',
        },
      ],
    },
    {
      code: "import path from 'path'; const f = path.join(__dirname, '..', '..', '..', '.env.production');",
      filename: 'src/config/load.ts',
      errors: [{ messageId: 'envOutside' }],
    },
    { code: "const key = '~/.ssh/id_ed25519';", errors: [{ messageId: 'credential' }] },
    { code: "const creds = process.env.HOME + '/.aws/credentials';", errors: [{ messageId: 'credential' }] },
    {
      code: "import os from 'os'; const gc = `${os.homedir()}/.config/gcloud/application_default_credentials.json`;",
      errors: [{ messageId: 'credential' }],
    },
    { code: "import { homedir } from 'os'; const kube = homedir() + '/.kube/config';", errors: [{ messageId: 'credential' }] },
    {
      code: "import { homedir as h } from 'os'; import * as p from 'path'; const d = p.resolve(h(), '.docker/config.json');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "const os = require('node:os'); const path = require('node:path'); const n = path.join(os.homedir(), '.npmrc');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const n = path.join(os.homedir(), '.git-credentials');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const g = path.join(os.homedir(), '.gnupg');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const a = path.join(os.homedir(), '.azure', 'accessTokens.json');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const n = path.join(os.homedir(), '.netrc');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const p = path.join(os.homedir(), '.pypirc');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const ld = path.join(os.homedir(), 'Library/Application Support/Google/Chrome/Default', 'Login Data');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const c = path.join(os.homedir(), '.config', 'google-chrome', 'Default', 'Cookies');",
      errors: [{ messageId: 'credential' }],
    },
    { code: "const ls = process.env.LOCALAPPDATA + '/Google/Chrome/User Data/Local State';", errors: [{ messageId: 'credential' }] },
    {
      code: "import os from 'os'; const ff = os.homedir() + '/.mozilla/firefox/abc.default/logins.json';",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; const kc = `${os.homedir()}/Library/Keychains/login.keychain-db`;",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import { join } from 'path'; const k = join(dir, '.ssh', 'id_rsa');",
      errors: [{ messageId: 'credential', severity: 'high' }],
    },
    { code: 'const k = `${home}/.aws/credentials`;', errors: [{ messageId: 'credential' }] },
    { code: "const shadow = '/etc/shadow';", errors: [{ messageId: 'credential' }] },
    { code: "const users = '/etc/passwd';", errors: [{ messageId: 'account', severity: 'high' }] },
    { code: "const sudo = ['/etc', 'sudoers.d', 'ci'].join('/');", errors: [{ messageId: 'credential' }] },
    { code: "const job = '/etc/cron.d/refresh';", errors: [{ messageId: 'persistence', severity: 'high' }] },
    { code: "import os from 'os'; const z = os.homedir() + '/.zshrc';", errors: [{ messageId: 'persistence' }] },
    {
      code: "import os from 'os'; import path from 'path'; const p = path.join(os.homedir(), '.profile');",
      errors: [{ messageId: 'persistence' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const agent = path.join(os.homedir(), 'Library', 'LaunchAgents', 'com.acme.sync.plist');",
      errors: [{ messageId: 'persistence' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const auto = path.join(os.homedir(), '.config/autostart/sync.desktop');",
      errors: [{ messageId: 'persistence' }],
    },
    { code: "const tab = '/var/spool/cron/crontabs/root';", errors: [{ messageId: 'persistence' }] },
    {
      code: "import { join } from 'path'; const rc = join(home, '.bash_profile');",
      errors: [{ messageId: 'persistence', severity: 'medium' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const opts = { keyFile: path.join(os.homedir(), '.ssh/id_rsa') };",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; spawn('cat', [path.join(os.homedir(), '.ssh', 'id_rsa')]);",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import os from 'os'; import path from 'path'; const p = path.join(os.homedir(), '.ssh', 'id_rsa');",
      filename: 'test/keys.test.ts',
      errors: [{ messageId: 'credential', severity: 'medium' }],
    },
    {
      code: "const { homedir } = require('os'); const { join } = require('path');\nconst parts = [homedir(), '.ssh'];\nconst key = join(parts[0], parts[1], 'id_rsa');",
      errors: [{ messageId: 'credential', line: 3 }],
    },
    {
      code: "import { join, resolve } from 'node:path';\nexport function loadEnv(cwd = process.cwd()) {\n  for (const dir of [cwd, resolve(cwd, '..'), resolve(cwd, '../..')]) {\n    const vars = parse(read(join(dir, '.env')));\n  }\n}",
      filename: 'src/lib/env.ts',
      errors: [
        {
          messageId: 'envOutside',
          line: 3,
          severity: 'high',
          message: '`../.env` is an environment file outside this project: it holds the secrets of another checkout or deployment.',
        },
      ],
    },
    {
      code: "import path from 'path'; import os from 'os';\nfor (const base of [os.homedir(), '/root']) {\n  check(path.join(base, '.aws', 'credentials'));\n}",
      errors: [
        { messageId: 'credential', line: 2 },
        { messageId: 'credential', line: 3 },
      ],
    },
    {
      code: "const SSH = atob('LnNzaA=='); import { homedir } from 'os'; import { join } from 'path'; const k = join(homedir(), SSH, 'id_rsa');",
      errors: [{ messageId: 'credential' }],
    },
  ],
});
