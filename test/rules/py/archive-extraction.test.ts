import rule from '../../../src/core/rules/py/archive-extraction';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall('data', filter='data')",
    'import tarfile\ntar = tarfile.open(path)\nnames = tar.getnames()',
    "import tarfile\ntarfile.open(p).extractall(d, filter='tar')",
    "import shutil\nshutil.unpack_archive('a.tar.gz', 'out', filter='data')",
    'archive.extractall(dest)',
    'import zipfile\nwith zipfile.ZipFile(p) as z:\n    z.namelist()',
    'def extractall(x):\n    pass\n\nextractall(1)',
  ],
  invalid: [
    {
      code: "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall('data')",
      errors: [{ messageId: 'tar', line: 3, column: 5, severity: 'medium', category: 'insecure-config' }],
    },
    { code: 'import tarfile\ntarfile.open(p).extractall()', errors: [{ messageId: 'tar' }] },
    { code: "import tarfile\nt = tarfile.open(p, 'r:gz')\nt.extract('model.bin', 'out')", errors: [{ messageId: 'tar', line: 3 }] },
    { code: "import tarfile\ntarfile.open(p).extractall(d, filter='fully_trusted')", errors: [{ messageId: 'tar', severity: 'high' }] },
    { code: 'import tarfile\ntarfile.TarFile(p).extractall(d)', errors: [{ messageId: 'tar' }] },
    { code: 'from tarfile import open as topen\nwith topen(p) as t:\n    t.extractall(d)', errors: [{ messageId: 'tar' }] },
    { code: "import shutil\nshutil.unpack_archive('model.tar.gz', 'models')", errors: [{ messageId: 'tar' }] },
    { code: "import zipfile\nwith zipfile.ZipFile(p) as z:\n    z.extractall('out')", errors: [{ messageId: 'zip', severity: 'low' }] },
  ],
});
