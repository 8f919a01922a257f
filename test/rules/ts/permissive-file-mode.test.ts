import rule from '../../../src/core/rules/ts/permissive-file-mode';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import fs from 'fs'; fs.chmodSync('bin/run', 0o755);",
    "import { mkdir } from 'fs/promises'; await mkdir(dir, { recursive: true });",
    "const fs = require('fs'); fs.writeFileSync(file, data, { mode: 0o600 });",
    "const perms = { chmod: (f, m) => m }; perms.chmod('x', 0o777);",
    "import fs from 'fs'; fs.chmodSync(file, 0o644);",
    "import fs from 'fs'; fs.mkdirSync(dir, 0o700);",
    'process.umask(0o022);',
    'process.umask();',
    "import fs from 'fs'; fs.chmodSync(file, mode);",
    "function chmod(f, m) {} chmod('x', 0o777);",
    "import fs from 'fs'; fs.writeFileSync(file, '0o777');",
    "import fs from 'fs'; fs.openSync(file, 'w', 0o640);",
  ],
  invalid: [
    {
      code: "import fs from 'fs'; fs.chmodSync('data', 0o777);",
      errors: [
        {
          messageId: 'mode',
          severity: 'medium',
          message: '`fs.chmodSync` gives `data` mode 0o777: every user on the machine can change or replace it.',
        },
      ],
    },
    { code: "import { chmod } from 'node:fs/promises'; await chmod(dirname(file), 0o777);", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.promises.chmod(file, 511);", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.chmodSync(file, '777');", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.chmodSync(file, '0666');", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); const WORLD = 0o777; fs.chmodSync(file, WORLD);", errors: [{ messageId: 'mode' }] },
    { code: "const { chmodSync: setMode } = require('fs'); setMode(file, 0o776);", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs['chmod' + 'Sync'](file, 0o777);", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.chmodSync.call(fs, file, 0o777);", errors: [{ messageId: 'mode' }] },
    { code: "import fse from 'fs-extra'; await fse.ensureDir(dir, 0o777);", errors: [{ messageId: 'mode' }] },
    { code: "import { mkdir } from 'fs/promises'; await mkdir(dir, { recursive: true, mode: 0o777 });", errors: [{ messageId: 'mode' }] },
    { code: "import fs from 'fs'; fs.mkdirSync(dir, 0o777);", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.writeFileSync(file, data, { mode: 0o666 });", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.createWriteStream(file, { flags: 'a', mode: 0o666 });", errors: [{ messageId: 'mode' }] },
    { code: "const fs = require('fs'); fs.openSync(file, 'w', 0o666);", errors: [{ messageId: 'mode' }] },
    {
      code: "import fs from 'fs'; fs.chmodSync('data', 0o777);",
      filename: 'test/setup.test.ts',
      errors: [{ messageId: 'mode', severity: 'low' }],
    },
    { code: 'process.umask(0);', errors: [{ messageId: 'umask' }] },
    { code: "const p = require('process'); p.umask(0o000);", errors: [{ messageId: 'umask' }] },
  ],
});
