'use strict';

const USAGE = `Usage: rlint [options] [root]

Options:
  --max-size <kb>     flag files larger than this (default 512)
  --format <fmt>      text | json (default text)
  --output <file>     write the report to a file instead of stdout
  --ignore <name>     directory or file name to skip (repeatable)
  -h, --help          show this help`;

const DEFAULT_IGNORE = ['node_modules', '.git', 'dist', 'coverage'];

function parseArgs(argv) {
  const opts = {
    root: '.',
    maxSizeKb: 512,
    format: 'text',
    output: null,
    ignore: [...DEFAULT_IGNORE],
    help: false,
    usage: USAGE,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--max-size':
        opts.maxSizeKb = Number(argv[++i]);
        if (!Number.isFinite(opts.maxSizeKb)) throw new Error('--max-size expects a number');
        break;
      case '--format':
        opts.format = argv[++i];
        if (!['text', 'json'].includes(opts.format)) throw new Error(`unknown format ${opts.format}`);
        break;
      case '--output':
        opts.output = argv[++i];
        break;
      case '--ignore':
        opts.ignore.push(argv[++i]);
        break;
      default:
        if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
        opts.root = arg;
    }
  }
  return opts;
}

module.exports = { parseArgs, USAGE, DEFAULT_IGNORE };
