import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { argument } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** Calls that set a file mode, and where the mode goes. */
const MODE_CALLS: Record<string, [number, string]> = {
  'os.chmod': [1, 'mode'],
  'os.lchmod': [1, 'mode'],
  'os.fchmod': [1, 'mode'],
  'os.makedirs': [1, 'mode'],
  'os.mkdir': [1, 'mode'],
  'os.open': [2, 'mode'],
  'os.mkfifo': [1, 'mode'],
};
const PATH_METHODS = /^(chmod|lchmod|mkdir|touch)$/;
const STAT_BITS: Record<string, number> = {
  'stat.S_IRWXO': 0o7,
  'stat.S_IWOTH': 0o2,
  'stat.S_IROTH': 0o4,
  'stat.S_IXOTH': 0o1,
  'stat.S_ISUID': 0o4000,
  'stat.S_ISGID': 0o2000,
  'stat.S_IRWXU': 0o700,
  'stat.S_IRWXG': 0o70,
};

/** The mode bits an expression sets: a number, `stat` constants joined with `|`, or a variable holding one. */
function modeBits(ctx: PyRuleContext, node: PyNode, depth = 0): number | undefined {
  const nums = ctx.numbers(node);
  if (nums?.length === 1) {
    return nums[0];
  }
  if (depth > 6) {
    return undefined;
  }
  if (node.type === 'binary_operator' && ctx.text(field(node, 'operator') ?? node) === '|') {
    const [l, r] = [field(node, 'left'), field(node, 'right')];
    const a = l ? modeBits(ctx, l, depth + 1) : undefined;
    const b = r ? modeBits(ctx, r, depth + 1) : undefined;
    return (a ?? 0) | (b ?? 0) || undefined;
  }
  if (node.type === 'parenthesized_expression') {
    const inner = node.children.find((c) => c.named);
    return inner ? modeBits(ctx, inner, depth + 1) : undefined;
  }
  const bit = ctx.names(node).find((n) => STAT_BITS[n] !== undefined);
  return bit ? STAT_BITS[bit] : undefined;
}

/** Settings and options that hold the mode of files and directories created later. */
const MODE_SETTING = /(?:^|_)(?:PERMISSIONS?|PERMS?)(?:_MODE)?$|^(?:file|dir|directory)_?(?:permissions?_)?mode$/i;

function judgeMode(bits: number): { what: string; severity: Severity } | undefined {
  if (bits & 0o6000) {
    return { what: 'sets the setuid/setgid bit, so the file runs with its owner\u2019s rights', severity: 'high' };
  }
  if (bits & 0o002) {
    return { what: `makes it writable by every user (${'0o' + bits.toString(8)})`, severity: 'medium' };
  }
  return undefined;
}

export default definePyRule({
  meta: {
    id: 'py/insecure-permissions',
    category: 'insecure-config',
    severity: 'medium',
    summary:
      'World-writable or setuid file modes: `os.chmod(p, 0o777)`/`0o666`, `stat.S_IWOTH`/`S_IRWXO`, `Path.chmod`, `os.makedirs(..., mode=0o777)`, `os.open(..., 0o777)`, `S_ISUID`, and `os.umask(0)`.',
    why:
      'A world-writable file or directory can be replaced by any local user or process, which turns into code execution when ' +
      'the file is a script, config or cache that gets loaded. Agents reach for 777 to make a permission error go away.',
    incorrect: [
      "import os\nos.chmod('run.sh', 0o777)",
      'import os\nos.umask(0)',
      "from pathlib import Path\nPath('cache').mkdir(mode=0o777)",
    ],
    correct: ["import os\nos.chmod('run.sh', 0o755)", "import os\nos.makedirs('out', exist_ok=True)", 'import os\nos.umask(0o022)'],
    messages: {
      mode: '`{{code}}` {{what}}.',
      setting: '`{{code}}`: every file created under this setting {{what}}.',
      umask: '`{{code}}` clears the umask: every file and directory the process creates afterwards is writable by every user.',
    },
  },
  create(ctx) {
    /** `FILE_UPLOAD_PERMISSIONS = 0o777` (Django), `FileSystemStorage(file_permissions_mode=0o666)`: the mode of files made later. */
    const modeSetting = (name: PyNode | undefined, value: PyNode | undefined, at: PyNode): void => {
      if (!name || !value || !MODE_SETTING.test(ctx.text(name))) {
        return;
      }
      const bits = modeBits(ctx, value);
      const verdict = bits !== undefined ? judgeMode(bits) : undefined;
      if (verdict) {
        ctx.report({
          node: at,
          messageId: 'setting',
          data: { code: clipText(ctx.text(at), 60), what: verdict.what.replace(/^makes it/, 'is') },
          severity: verdict.severity,
          category: 'filesystem',
        });
      }
    };
    return {
      assignment(node) {
        const left = field(node, 'left');
        modeSetting(left?.type === 'identifier' ? left : undefined, field(node, 'right'), node);
      },
      keyword_argument(node) {
        modeSetting(field(node, 'name'), field(node, 'value'), node);
      },
      call(node) {
        const names = ctx.callNames(node);
        const code = clipText(ctx.text(node), 60);
        if (names.includes('os.umask')) {
          const arg = argument(node, ctx.sourceText, 0, 'mask');
          const bits = arg ? modeBits(ctx, arg) : undefined;
          if (arg && (bits === 0 || ctx.numbers(arg)?.[0] === 0)) {
            ctx.report({ node, messageId: 'umask', data: { code } });
          }
          return;
        }
        const spec = names.map((n) => MODE_CALLS[n]).find((s) => s !== undefined);
        const fn = field(node, 'function');
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        const mode = spec
          ? argument(node, ctx.sourceText, spec[0], spec[1])
          : PATH_METHODS.test(method) && !names.some((n) => n.startsWith('os.'))
            ? argument(node, ctx.sourceText, method === 'chmod' || method === 'lchmod' ? 0 : 99, 'mode')
            : undefined;
        const bits = mode ? modeBits(ctx, mode) : undefined;
        const verdict = bits !== undefined ? judgeMode(bits) : undefined;
        if (verdict) {
          ctx.report({ node, messageId: 'mode', data: { code, what: verdict.what }, severity: verdict.severity });
        }
      },
    };
  },
});
