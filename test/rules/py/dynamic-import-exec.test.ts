import rule from '../../../src/core/rules/py/dynamic-import-exec';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import importlib\njson = importlib.import_module('json')",
    "import importlib\nMODULE = 'yaml'\nmod = importlib.import_module(MODULE)",
    "mod = __import__('os')",
    "mod = __import__('os.path', fromlist=['join'])",
    'import os, sys\nsys.path.insert(0, os.path.dirname(__file__))',
    "import os, sys\nsys.path.append(os.path.join(os.path.dirname(__file__), '..'))",
    "import sys\nsys.path.insert(0, 'src')",
    'import sys\nfrom pathlib import Path\nsys.path.append(str(Path(__file__).resolve().parent.parent))',
    'self.run_path(p)',
    'loader.exec_module(m)',
    'code = compile_regex(p)',
    "import types\nf = types.FunctionType(g.__code__, {'x': 1})",
    'def import_module(name):\n    return name\nimport_module(x)',
    "print('importlib.import_module(name)')",
    'import code\nx = code.co_name',
  ],
  invalid: [
    {
      code: 'import importlib\nmod = importlib.import_module(name)',
      errors: [{ messageId: 'dynamicName', line: 2, column: 7, severity: 'medium', category: 'dynamic-code' }],
    },
    { code: 'mod = __import__(name)', errors: [{ messageId: 'dynamicName' }] },
    { code: 'from importlib import import_module as im\nmod = im(sys.argv[1])', errors: [{ messageId: 'dynamicName' }] },
    { code: "import importlib, os\nmod = importlib.import_module(os.environ['PLUGIN'])", errors: [{ messageId: 'dynamicName' }] },
    { code: "import importlib\nmod = importlib.import_module(f'plugins.{name}')", errors: [{ messageId: 'scopedName', severity: 'low' }] },
    { code: "import importlib\nmod = importlib.import_module('handlers.' + kind)", errors: [{ messageId: 'scopedName', severity: 'low' }] },
    { code: "import importlib\nmod = importlib.import_module('.' + name, package='app.plugins')", errors: [{ messageId: 'scopedName' }] },
    {
      code: "import importlib\nmod = importlib.import_module(''.join(['o', 's']))",
      errors: [{ messageId: 'hiddenName', severity: 'medium', category: 'obfuscation' }],
    },
    { code: 'm = __import__(chr(111) + chr(115))', errors: [{ messageId: 'hiddenName', category: 'obfuscation' }] },
    { code: "import base64\nm = __import__(base64.b64decode('b3M=').decode())", errors: [{ messageId: 'hiddenName' }] },
    { code: "n = 'so'[::-1]\nm = __import__(n)", errors: [{ messageId: 'hiddenName', line: 2 }] },
    {
      code: "import importlib.util\nspec = importlib.util.spec_from_file_location('m', path)",
      errors: [{ messageId: 'fileRun', severity: 'high' }],
    },
    {
      code: "import importlib.util\nspec = importlib.util.spec_from_file_location('plugin', '/tmp/plugin.py')",
      errors: [{ messageId: 'fileRun', severity: 'high' }],
    },
    {
      code: "import importlib.util\nspec = importlib.util.spec_from_file_location('cfg', 'conf/local.py')",
      errors: [{ messageId: 'fileRunConstant', severity: 'medium' }],
    },
    {
      code: "from importlib.machinery import SourceFileLoader\nm = SourceFileLoader('m', p).load_module()",
      errors: [{ messageId: 'fileRun' }],
    },
    { code: 'import runpy\nrunpy.run_path(script)', errors: [{ messageId: 'fileRun' }] },
    { code: "import runpy\nrunpy.run_module('pkg.tool', run_name='__main__')", errors: [{ messageId: 'fileRunConstant' }] },
    { code: "import imp\nm = imp.load_source('m', path)", errors: [{ messageId: 'fileRun' }] },
    { code: 'import zipimport\nz = zipimport.zipimporter(archive)', errors: [{ messageId: 'fileRun' }] },
    { code: 'import code\ncode.interact(local=locals())', errors: [{ messageId: 'console', severity: 'high' }] },
    { code: 'import code\nc = code.InteractiveConsole()\nc.push(line)', errors: [{ messageId: 'console', line: 3 }] },
    { code: 'import code\ncode.InteractiveInterpreter().runsource(src)', errors: [{ messageId: 'console' }] },
    {
      code: "import types\nf = types.FunctionType(compile(src, '<x>', 'exec').co_consts[0], globals())",
      errors: [{ messageId: 'codeObject', severity: 'high' }],
    },
    {
      code: "import types\nc = compile(src, '<x>', 'exec')\nf = types.FunctionType(c, {})",
      errors: [{ messageId: 'codeObject', line: 3 }],
    },
    { code: 'import types, marshal\nf = types.FunctionType(marshal.loads(blob), globals())', errors: [{ messageId: 'codeObject' }] },
    { code: 'import types\nc = types.CodeType(*parts)', errors: [{ messageId: 'codeObject' }] },
    { code: "import sys\nsys.path.insert(0, '/tmp/plugins')", errors: [{ messageId: 'sysPath', severity: 'medium' }] },
    { code: "import sys, os\nsys.path.append(os.path.expanduser('~/.local/mods'))", errors: [{ messageId: 'sysPath' }] },
    { code: 'import sys, tempfile\nd = tempfile.mkdtemp()\nsys.path.insert(0, d)', errors: [{ messageId: 'sysPath', line: 3 }] },
    { code: "import sys, os\nsys.path.insert(0, os.environ['PLUGIN_DIR'])", errors: [{ messageId: 'sysPath' }] },
    { code: "import site\nsite.addsitedir('/dev/shm/lib')", errors: [{ messageId: 'sysPath' }] },
  ],
});
