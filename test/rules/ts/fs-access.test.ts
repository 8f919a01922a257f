import rule from '../../../src/core/rules/ts/fs-access';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import path from 'path'; const p = path.join(__dirname, 'data.json');",
    "import fs from 'fs'; if (fs.existsSync('config.json')) { console.log('found'); }",
    "import fs from 'fs'; const st = fs.statSync(file);",
    "import { access } from 'fs/promises'; await access('package.json');",
    "import fs from 'fs'; fs.writeSync(1, 'hello\\n');",
    'const cache = { readFile: (k) => k }; cache.readFile("x");',
    'class Store { writeFile(p) { return p } } new Store().writeFile("/etc/passwd");',
    'function readFile(p) { return p } readFile("~/.ssh/id_rsa");',
    'this.fs.readFileSync("x");',
    'db.run("DELETE FROM t");',
    "const data = JSON.parse('{}');",
    'const note = \'fs.rmSync("/", { recursive: true })\';',
    "import type { Stats } from 'fs'; let s: Stats;",
    "import { Stats } from 'fs'; function size(s: Stats) { return s.size; }",
    "import fs from 'fs'; const { R_OK } = fs.constants;",
    "import fs from 'fs';",
    "require('fs');",
    'function f(fs) { fs.unlinkSync(p); }',
    "import { existsSync } from 'node:fs'; existsSync('/.dockerenv');",
  ],
  invalid: [
    // A module generated from a string is read as code: what it does is flagged where it is written.
    {
      code: [
        "import { writeFileSync } from 'node:fs';",
        "const source = \"require('fs').rmSync('/etc/passwd');\";",
        "writeFileSync('./gen.cjs', source);",
      ].join('\n'),
      errors: [
        {
          messageId: 'outside',
          line: 2,
          column: 17,
          severity: 'high',
          message:
            '`fs.rmSync` touches `/etc/passwd`, outside the project: code that reaches into the home directory or system folders can read secrets, plant files that run later, or destroy data. (in code that runs from a string)',
        },
        { messageId: 'write', line: 3, severity: 'medium' },
      ],
    },
    {
      code: [
        "const fs = require('fs');",
        "const BLOB = '" + Buffer.from("require('fs').unlinkSync('/etc/hosts')").toString('base64') + "';",
        'const file = `/tmp/warm-${process.pid}.js`;',
        "fs.writeFileSync(file, Buffer.from(BLOB, 'base64'));",
      ].join('\n'),
      errors: [
        // Decoded from base64: the flag lands on the literal that carries the code.
        {
          messageId: 'outside',
          line: 2,
          severity: 'high',
          message:
            '`fs.unlinkSync` touches `/etc/hosts`, outside the project: code that reaches into the home directory or system folders can read secrets, plant files that run later, or destroy data. (in code that runs from a string)',
        },
        { messageId: 'write', line: 4, severity: 'medium' },
      ],
    },
    {
      code: "import fs from 'fs'; const s = fs.readFileSync('src/template.html', 'utf8');",
      errors: [{ messageId: 'read', line: 1, column: 32, severity: 'low', message: '`fs.readFileSync` reads `src/template.html`.' }],
    },
    {
      code: "import fs from 'fs'; fs.writeFileSync('out/report.json', data);",
      errors: [{ messageId: 'write', severity: 'medium' }],
    },
    { code: "const fs = require('node:fs'); fs.appendFileSync('log.txt', line);", errors: [{ messageId: 'write' }] },
    {
      code: "import { writeFile } from 'node:fs/promises'; await writeFile(out, data);",
      errors: [{ messageId: 'write', message: '`fs/promises.writeFile` writes `out`.' }],
    },
    { code: "import * as fsp from 'fs/promises'; await fsp.mkdir('build', { recursive: true });", errors: [{ messageId: 'write' }] },
    { code: "import { promises as fsp } from 'fs'; await fsp.readFile(p);", errors: [{ messageId: 'read' }] },
    { code: "const fs = require('fs'); await fs.promises.unlink(p);", errors: [{ messageId: 'delete', severity: 'medium' }] },
    { code: "import fse from 'fs-extra'; await fse.outputJson('dist/x.json', obj);", errors: [{ messageId: 'write' }] },
    { code: "import fse from 'fs-extra'; fse.removeSync('dist');", errors: [{ messageId: 'delete' }] },
    { code: "import fse from 'fs-extra'; const cfg = fse.readJsonSync('cfg.json');", errors: [{ messageId: 'read' }] },
    { code: "const gfs = require('graceful-fs'); gfs.renameSync('a', 'b');", errors: [{ messageId: 'delete' }] },
    { code: "import * as fs from 'fs'; fs.chmodSync('bin/run', 0o755);", errors: [{ messageId: 'permissions', severity: 'medium' }] },
    { code: "import fs from 'fs'; fs.lchownSync('x', 0, 0);", errors: [{ messageId: 'permissions' }] },
    { code: "import fs from 'fs'; fs.utimesSync('x', now, now);", errors: [{ messageId: 'permissions' }] },
    { code: "import fs from 'fs'; fs.symlinkSync('target', 'link');", errors: [{ messageId: 'link' }] },
    { code: "import fs from 'fs'; fs.watch('src', () => rebuild());", errors: [{ messageId: 'watch', severity: 'low' }] },
    { code: "import fs from 'fs'; fs.watchFile('config.json', reload);", errors: [{ messageId: 'watch' }] },
    { code: "process.chdir('packages/app');", errors: [{ messageId: 'chdir', severity: 'low' }] },
    { code: "import fs from 'fs'; const r = fs.createReadStream('in.csv');", errors: [{ messageId: 'read', severity: 'low' }] },
    { code: "import fs from 'fs'; const w = fs.createWriteStream('out.csv');", errors: [{ messageId: 'write', severity: 'medium' }] },
    { code: "import fs from 'fs'; const fd = fs.openSync('out.bin', 'w');", errors: [{ messageId: 'write', severity: 'medium' }] },
    { code: "import fs from 'fs'; const fd = fs.openSync('in.bin', 'r');", errors: [{ messageId: 'read', severity: 'low' }] },
    { code: "import { open } from 'fs/promises'; const fh = await open('a.log', 'a+');", errors: [{ messageId: 'write' }] },
    {
      code: "const fs = require('node:fs'); const key = fs.readFileSync(require('os').homedir() + '/.ssh/id_rsa', 'utf8');",
      errors: [
        {
          messageId: 'credential',
          severity: 'high',
          message:
            '`fs.readFileSync` touches `~/.ssh/id_rsa`, a credential location: an AI-written change has no business reading, writing or deleting keys, tokens or browser data on the machine it runs on.',
        },
      ],
    },
    {
      code: "import fs from 'fs'; import os from 'os'; import path from 'path';\nconst p = path.join(os.homedir(), '.aws', 'credentials');\nfs.readFileSync(p);",
      errors: [{ messageId: 'credential', line: 3, severity: 'high' }],
    },
    { code: "import fs from 'fs'; fs.readFileSync(`${process.env.HOME}/.npmrc`);", errors: [{ messageId: 'credential' }] },
    { code: "import fs from 'fs'; fs.readFileSync('.env');", errors: [{ messageId: 'credential' }] },
    {
      code: "import fs from 'fs'; import path from 'node:path'; fs.readFileSync(path.resolve(process.cwd(), '.env.production'));",
      errors: [{ messageId: 'credential' }],
    },
    { code: "import fs from 'fs'; fs.existsSync('~/.ssh/id_ed25519');", errors: [{ messageId: 'credential', severity: 'high' }] },
    { code: "import fs from 'fs'; fs.readFileSync('~/.git-credentials');", errors: [{ messageId: 'credential' }] },
    {
      code: "import fs from 'fs'; import { homedir } from 'os'; fs.readFileSync(homedir() + '/.docker/config.json');",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import fs from 'fs'; import { homedir } from 'os'; fs.readFileSync(`${homedir()}/.kube/config`);",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import fs from 'fs'; import os from 'os'; fs.copyFileSync(os.homedir() + '/Library/Application Support/Google/Chrome/Default/Login Data', '/tmp/ld');",
      errors: [{ messageId: 'credential' }],
    },
    { code: "import fs from 'fs'; fs.readdirSync(os.homedir() + '/.mozilla/firefox');", errors: [{ messageId: 'credential' }] },
    {
      code: "import fs from 'fs'; fs.readFileSync(process.env.HOME + '/Library/Keychains/login.keychain-db');",
      errors: [{ messageId: 'credential' }],
    },
    { code: "import fs from 'fs'; fs.readFileSync('/proc/self/environ', 'utf8');", errors: [{ messageId: 'credential' }] },
    // Copying a credential out is as bad as reading it, however the source path was assembled.
    {
      code: "import { copyFile } from 'node:fs/promises'; import { homedir } from 'node:os'; import { join, sep } from 'node:path';\nconst clientConfig = [homedir(), '.kag' + 'gle', 'kaggle' + '.json'].join(sep);\nawait copyFile(clientConfig, join(dataDir, '.client.json'));",
      errors: [{ messageId: 'credential', line: 3, severity: 'high' }],
    },
    {
      code: "import fs from 'fs'; import os from 'os'; fs.copyFileSync(`${os.homedir()}/.aws/credentials`, 'out/creds');",
      errors: [{ messageId: 'credential', severity: 'high' }],
    },
    {
      code: "import { cp } from 'fs/promises'; import { homedir } from 'os'; await cp(homedir() + '/.ssh', 'backup/ssh', { recursive: true });",
      errors: [{ messageId: 'credential', severity: 'high' }],
    },
    {
      code: "import fs from 'fs'; import path from 'path';\nfunction loadSharedEnv() {\n  const file = path.resolve(__dirname, '../../.env');\n  return fs.readFileSync(file, 'utf8');\n}",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'credential', line: 4, severity: 'high' }],
    },
    {
      code: "import fs from 'fs'; import { join } from 'path'; fs.readFileSync(join(dir, '.ssh', 'id_rsa'));",
      errors: [{ messageId: 'credential' }],
    },
    {
      code: "import { rm } from 'fs/promises'; await rm('/etc/cron.d/job', { force: true });",
      errors: [
        {
          messageId: 'outside',
          severity: 'high',
          message:
            '`fs/promises.rm` touches `/etc/cron.d/job`, outside the project: code that reaches into the home directory or system folders can read secrets, plant files that run later, or destroy data.',
        },
      ],
    },
    { code: "import fs from 'fs'; fs.readFileSync('/etc/passwd');", errors: [{ messageId: 'outside', severity: 'high' }] },
    {
      code: "import fs from 'fs'; import os from 'os'; fs.appendFileSync(os.homedir() + '/.bashrc', 'curl x | sh');",
      errors: [{ messageId: 'outside', severity: 'high' }],
    },
    { code: "import fs from 'fs'; fs.writeFileSync('C:\\\\Windows\\\\System32\\\\x.dll', buf);", errors: [{ messageId: 'outside' }] },
    { code: "import fs from 'fs'; fs.writeFileSync('../../outside.txt', 'x');", errors: [{ messageId: 'outside' }] },
    {
      code: "import fs from 'fs'; import path from 'path'; fs.writeFileSync(path.join(__dirname, '../../../x.txt'), 'x');",
      filename: 'src/lib/writer.ts',
      errors: [{ messageId: 'outside' }],
    },
    {
      code: "import fs from 'fs'; import path from 'path'; fs.writeFileSync(path.join(__dirname, '../../x.txt'), 'x');",
      filename: 'src/lib/writer.ts',
      errors: [{ messageId: 'write', severity: 'medium', message: '`fs.writeFileSync` writes `x.txt`.' }],
    },
    { code: "import fs from 'fs'; fs.existsSync('/etc/os-release');", errors: [{ messageId: 'outside', severity: 'medium' }] },
    { code: "import fs from 'fs'; fs.readFileSync('/proc/cpuinfo');", errors: [{ messageId: 'outside', severity: 'medium' }] },
    { code: "import fs from 'fs'; fs.writeFileSync('/tmp/out.json', data);", errors: [{ messageId: 'write', severity: 'medium' }] },
    {
      code: "import fs from 'fs'; import os from 'os'; fs.readFileSync(os.tmpdir() + '/x');",
      errors: [{ messageId: 'read', severity: 'low', message: '`fs.readFileSync` reads `$TMPDIR/x`.' }],
    },
    { code: "import fs from 'fs'; fs.readFileSync('/app/data/model.bin');", errors: [{ messageId: 'read', severity: 'medium' }] },
    { code: "process.chdir(require('os').homedir());", errors: [{ messageId: 'outside', severity: 'high' }] },
    { code: "const f = require('fs'); const { readFileSync: rf } = f; rf('a.txt');", errors: [{ messageId: 'read' }] },
    { code: "const r = require; r('fs').unlinkSync('a');", errors: [{ messageId: 'delete' }] },
    { code: "module.require('fs').unlinkSync('a');", errors: [{ messageId: 'delete' }] },
    {
      code: "import { createRequire } from 'module'; createRequire(import.meta.url)('fs').rmSync('a');",
      errors: [{ messageId: 'delete' }],
    },
    { code: "import fs from 'fs'; fs['un' + 'link'](p, cb);", errors: [{ messageId: 'delete' }] },
    { code: "import fs from 'fs'; fs[String.fromCharCode(114, 109)](p, cb);", errors: [{ messageId: 'delete' }] },
    { code: "import fs from 'fs'; fs[atob('cm1TeW5j')](p);", errors: [{ messageId: 'delete' }] },
    { code: "import fs from 'fs'; fs[Buffer.from('cm1TeW5j', 'base64').toString()](p);", errors: [{ messageId: 'delete' }] },
    { code: "import fs from 'fs'; fs[`rmSync`](p);", errors: [{ messageId: 'delete' }] },
    { code: "import * as nodeFs from 'node:fs'; const { writeFileSync: wf } = nodeFs; wf(p, d);", errors: [{ messageId: 'write' }] },
    { code: "const { promises: { readFile: rf } } = require('fs'); await rf(p);", errors: [{ messageId: 'read' }] },
    { code: "import fs from 'fs'; fs.writeFileSync.call(fs, p, d);", errors: [{ messageId: 'write' }] },
    { code: "import fs from 'fs'; fs.writeFileSync.apply(fs, [p, d]);", errors: [{ messageId: 'write' }] },
    { code: "import fs from 'fs'; Reflect.apply(fs.writeFileSync, fs, [p, d]);", errors: [{ messageId: 'write' }] },
    { code: "import fs from 'fs'; const w = fs.writeFileSync.bind(fs); w(p, d);", errors: [{ messageId: 'write' }] },
    { code: "import fs from 'fs'; fs?.writeFileSync?.(p, d);", errors: [{ messageId: 'write' }] },
    { code: "import fs from 'fs'; (0, fs.writeFileSync)(p, d);", errors: [{ messageId: 'write' }] },
    { code: "function getFs() { return require('fs') } getFs().rmSync(p);", errors: [{ messageId: 'delete' }] },
    { code: "const ops = { del: require('fs').unlinkSync }; ops.del(p);", errors: [{ messageId: 'delete' }] },
    {
      code: "import fs from 'fs'; import { promisify } from 'util'; const read = promisify(fs.readFile);",
      errors: [{ messageId: 'passed', severity: 'low' }],
    },
    { code: "import fs from 'fs'; files.forEach(fs.unlinkSync);", errors: [{ messageId: 'passed' }] },
    { code: "await Deno.writeTextFile('x.txt', s);", errors: [{ messageId: 'write' }] },
    { code: "await Bun.write('x.txt', s);", errors: [{ messageId: 'write' }] },
    {
      code: "import fs from 'fs'; fs.writeFileSync('.git/hooks/pre-commit', script);",
      errors: [{ messageId: 'persistence', severity: 'high' }],
    },
    {
      code: "import fs from 'fs'; import path from 'path'; fs.chmodSync(path.join(root, '.husky', 'pre-push'), 0o755);",
      errors: [{ messageId: 'persistence' }],
    },
    { code: "import fs from 'fs'; fs.appendFileSync('.github/workflows/ci.yml', step);", errors: [{ messageId: 'persistence' }] },
    { code: "import fs from 'fs'; fs.writeFileSync('node_modules/lodash/index.js', patched);", errors: [{ messageId: 'persistence' }] },
    { code: "import fs from 'fs'; const cfg = fs.readFileSync('.git/config', 'utf8');", errors: [{ messageId: 'read', severity: 'low' }] },
    {
      code: "import fs from 'fs';\nfunction save(dir, data) {\n  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });\n  fs.writeFileSync(dir + '/a.json', data);\n  fs.writeFileSync(dir + '/b.json', data);\n}",
      errors: [{ messageId: 'write', line: 3, severity: 'medium' }],
    },
    {
      code: "import fs from 'fs';\nfunction a() { return fs.readFileSync('a.txt'); }\nfunction b() { return fs.readFileSync('b.txt'); }",
      errors: [
        { messageId: 'read', line: 2 },
        { messageId: 'read', line: 3 },
      ],
    },
    {
      code: "import fs from 'fs';\nfunction f() { fs.readFileSync('a.txt'); fs.unlinkSync('a.txt'); }",
      errors: [{ messageId: 'delete', severity: 'medium' }],
    },
    {
      code: "import fs from 'fs';\nfunction f() { fs.readFileSync('a.txt'); fs.unlinkSync('a.txt'); fs.writeFileSync('b.txt', x); }",
      errors: [{ messageId: 'delete' }, { messageId: 'write' }],
    },
    {
      code: "import fs from 'node:fs/promises'; import path from 'node:path'; import { fileURLToPath } from 'node:url';\nconst here = path.dirname(fileURLToPath(import.meta.url));\nawait fs.writeFile(path.join(here, '..', '..', '..', 'x'), d);",
      filename: 'scripts/gen/build.mjs',
      errors: [{ messageId: 'outside', line: 3 }],
    },
    {
      code: "import fs from 'node:fs/promises'; import path from 'node:path';\nawait fs.writeFile(path.join(import.meta.dirname, '..', 'dist', 'x.html'), d);",
      filename: 'scripts/build.mjs',
      errors: [{ messageId: 'write', message: '`fs/promises.writeFile` writes `dist/x.html`.' }],
    },
    // Secrets persisted to disk, and the line where they are gathered.
    {
      code: "import { writeFile } from 'node:fs/promises';\nasync function save(file, url, init, res) {\n  const entry = { url, request: { headers: init?.headers ?? {} }, status: res.status, headers: Object.fromEntries(res.headers) };\n  await writeFile(file, JSON.stringify(entry));\n}",
      errors: [
        {
          messageId: 'secretGathered',
          line: 3,
          severity: 'high',
          message: '`init.headers` is gathered here and written to disk by `fs/promises.writeFile` on line 4.',
        },
        {
          messageId: 'secretWrite',
          line: 4,
          severity: 'high',
          message:
            '`fs/promises.writeFile` writes `init.headers` to `file`: keys, tokens and auth headers written to disk end up in caches, artifacts and backups that anyone with the files can read.',
        },
      ],
    },
    { code: "import fs from 'fs'; fs.writeFileSync('debug.json', JSON.stringify(process.env));", errors: [{ messageId: 'secretWrite' }] },
    {
      code: "import fs from 'fs'; fs.appendFileSync('log.txt', `key=${process.env.OPENAI_API_KEY}\n`);",
      errors: [{ messageId: 'secretWrite' }],
    },
    {
      code: "import fs from 'fs'; app.use((req) => fs.appendFileSync('access.log', JSON.stringify(req.headers)));",
      errors: [{ messageId: 'secretWrite' }],
    },
    { code: "import fs from 'fs'; function keep(token) { fs.writeFileSync('out/t.txt', token); }", errors: [{ messageId: 'secretWrite' }] },
    {
      code: "import fs from 'fs'; fs.writeFileSync('fixtures/users.json', JSON.stringify({ password: hash }));",
      filename: 'test/setup.test.ts',
      errors: [{ messageId: 'secretWrite', severity: 'medium' }],
    },
    {
      code: "import fs from 'fs'; import { homedir } from 'os'; fs.writeFileSync(homedir() + '/.npmrc', `//registry/:_authToken=${token}`);",
      errors: [{ messageId: 'credential' }],
    },
    // Ordinary data stays a routine write: response headers, token counts, non-secret settings.
    {
      code: "import fs from 'fs'; fs.writeFileSync('cache.json', JSON.stringify({ headers: Object.fromEntries(res.headers), body }));",
      errors: [{ messageId: 'write', severity: 'medium' }],
    },
    {
      code: "import fs from 'fs'; fs.writeFileSync('stats.json', JSON.stringify({ tokenCount: n, mode: process.env.NODE_ENV }));",
      errors: [{ messageId: 'write' }],
    },
    {
      code: "import fs from 'fs'; const cfg = { password: '' }; fs.writeFileSync('cfg.json', JSON.stringify(cfg));",
      errors: [{ messageId: 'write' }],
    },
    { code: "import fs from 'fs'; helper(fs);", errors: [{ messageId: 'unfollowed', severity: 'low' }] },
    { code: "const fs = require('fs'); module.exports = { fs };", errors: [{ messageId: 'unfollowed' }] },
  ],
});
