import rule from '../../../src/core/rules/py/insecure-permissions';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import os\nos.chmod('run.sh', 0o755)",
    "import os\nos.chmod('key', 0o600)",
    "import os\nos.makedirs('out', exist_ok=True)",
    "import os\nos.makedirs('out', 0o755, exist_ok=True)",
    'import os\nos.umask(0o022)',
    'import os, stat\nos.chmod(p, stat.S_IRWXU)',
    'import os, stat\nos.chmod(p, os.stat(p).st_mode | stat.S_IEXEC)',
    "from pathlib import Path\nPath('cache').mkdir(parents=True, exist_ok=True)",
    'user.chmod(0o644)',
    "print('chmod 777')",
    'FILE_UPLOAD_PERMISSIONS = 0o644\nFILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o755',
    'storage = FileSystemStorage(location=MEDIA_ROOT, file_permissions_mode=0o640)',
    'MAX_UPLOAD_PERMS_CHECKS = 777',
  ],
  invalid: [
    {
      name: 'Django upload settings that make every uploaded file and folder world-writable',
      code: 'FILE_UPLOAD_PERMISSIONS = 0o777\nFILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o777\nstorage = FileSystemStorage(file_permissions_mode=0o666)',
      errors: [
        {
          messageId: 'setting',
          line: 1,
          category: 'filesystem',
          severity: 'medium',
          message: '`FILE_UPLOAD_PERMISSIONS = 0o777`: every file created under this setting is writable by every user (0o777).',
        },
        { messageId: 'setting', line: 2 },
        { messageId: 'setting', line: 3 },
      ],
    },
    {
      code: "import os\nos.chmod('run.sh', 0o777)",
      errors: [{ messageId: 'mode', line: 2, column: 1, severity: 'medium', category: 'insecure-config' }],
    },
    { code: 'import os\nos.chmod(path, 0o666)', errors: [{ messageId: 'mode' }] },
    { code: 'import os\nos.chmod(path, 511)', errors: [{ messageId: 'mode' }] },
    { code: 'import os, stat\nos.chmod(p, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)', errors: [{ messageId: 'mode' }] },
    { code: 'import os, stat\nos.chmod(p, stat.S_IWOTH)', errors: [{ messageId: 'mode' }] },
    { code: 'import os, stat\nos.chmod(p, 0o4755)', errors: [{ messageId: 'mode', severity: 'high' }] },
    { code: 'import os, stat\nos.chmod(p, stat.S_ISUID | 0o755)', errors: [{ messageId: 'mode', severity: 'high' }] },
    { code: "from os import chmod\nMODE = 0o777\nchmod('x', MODE)", errors: [{ messageId: 'mode', line: 3 }] },
    { code: "import os\nos.makedirs('/tmp/shared', mode=0o777)", errors: [{ messageId: 'mode' }] },
    { code: "import os\nfd = os.open('f', os.O_CREAT | os.O_WRONLY, 0o777)", errors: [{ messageId: 'mode' }] },
    { code: "from pathlib import Path\nPath('cache').mkdir(mode=0o777)", errors: [{ messageId: 'mode' }] },
    { code: "from pathlib import Path\nPath('run.sh').chmod(0o777)", errors: [{ messageId: 'mode' }] },
    { code: 'def fix(p):\n    p.chmod(0o777)', errors: [{ messageId: 'mode', line: 2 }] },
    { code: 'import os\nos.umask(0)', errors: [{ messageId: 'umask' }] },
    { code: 'import os\nos.umask(0o000)', errors: [{ messageId: 'umask' }] },
  ],
});
