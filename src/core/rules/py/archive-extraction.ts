import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import { clipText } from '../support/py-install-commands';

/** Owners whose `extractall`/`extract` unpack tar archives. */
const TAR = /^tarfile\.(open|TarFile|TarFile\.open|TarFile\.gzopen|TarFile\.taropen)\(\)\.(extractall|extract)$/;
const ZIP = /^zipfile\.(ZipFile|PyZipFile)\(\)\.(extractall|extract)$/;
const SAFE_FILTERS = new Set(['data', 'tar']);

export default definePyRule({
  meta: {
    id: 'py/archive-extraction',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      "Unpacking archives without a safety filter: `tarfile` `extractall()`/`extract()` without `filter='data'` (or with `fully_trusted`), `shutil.unpack_archive` without a filter; `zipfile` `extractall` is low.",
    why:
      'A tar archive can hold `../` paths, absolute paths, symlinks and device files: extracting it unfiltered writes wherever the ' +
      'archive says (a `.bashrc`, a site-packages module). Downloaded models and datasets are the usual carrier.',
    incorrect: [
      "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall('data')",
      "import shutil\nshutil.unpack_archive('model.tar.gz', 'models')",
    ],
    correct: [
      "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall('data', filter='data')",
      'import tarfile\ntar = tarfile.open(path)\nnames = tar.getnames()',
    ],
    messages: {
      tar: '`{{code}}` extracts a tar archive {{how}}: entries with `../` paths, absolute paths or links can write outside the target folder.',
      zip: '`{{code}}` extracts a zip archive: check where it comes from (zip entries can still overwrite files inside the target).',
    },
  },
  create(ctx) {
    return {
      call(node) {
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText);
        const code = clipText(ctx.text(node), 60);
        const isTar = names.some((n) => TAR.test(n) || n === 'shutil.unpack_archive');
        const fn = field(node, 'function');
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        if (isTar) {
          const filter = args.keywords.get('filter');
          const filters = filter ? ctx.strings(filter) : undefined;
          if (filter && (!filters || filters.every((f) => SAFE_FILTERS.has(f)))) {
            return;
          }
          if (!filter && method === 'extract' && args.splat) {
            return;
          }
          const how = filters?.includes('fully_trusted') ? "with `filter='fully_trusted'`" : 'without a `filter=`';
          const severity: Severity = filters?.includes('fully_trusted') ? 'high' : 'medium';
          ctx.report({ node, messageId: 'tar', data: { code, how }, severity });
          return;
        }
        if (names.some((n) => ZIP.test(n)) && method === 'extractall') {
          ctx.report({ node, messageId: 'zip', data: { code }, severity: 'low' });
        }
      },
    };
  },
});
