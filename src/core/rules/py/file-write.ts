import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { argument, callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { RANK, type PathInfo } from '../support/fs-paths';
import { fileOp, openMode, type FileOp } from '../support/py-fs-ops';
import { classifyPyPath, clip, describePath } from '../support/py-fs-paths';

type Kind = 'write' | 'append' | 'delete' | 'rmtree' | 'move' | 'copy' | 'permissions' | 'link' | 'mkdir';

const VERB: Record<Kind, string> = {
  write: 'writes',
  append: 'appends to',
  delete: 'deletes',
  rmtree: 'deletes the whole tree',
  move: 'moves or renames',
  copy: 'copies onto',
  permissions: 'changes the permissions or owner of',
  link: 'creates a link at',
  mkdir: 'creates the folder',
};

/** Home folders programs legitimately keep their own files in. */
const HOME_CACHE = /^~\/(\.cache|\.local\/share|\.local\/state|Library\/Caches)(\/|$)/;
/** A dot-file or dot-folder right in the home directory, or user configuration. */
const HOME_CONFIG = /^~\/(\.[^/]+|\.config\/[^/]+|Library\/Preferences|AppData\/Roaming\/[^/]+)/;
const DESTRUCTIVE = new Set<Kind>(['delete', 'rmtree', 'move', 'permissions', 'link']);

interface Verdict {
  messageId: string;
  severity: Severity;
}

/** How many folders above the repository root a relative path climbs. */
function levelsAbove(display: string): number {
  let depth = 0;
  let above = 0;
  for (const segment of display.split('/')) {
    if (segment === '..') {
      if (depth > 0) {
        depth--;
      } else {
        above++;
      }
    } else if (segment !== '' && segment !== '.') {
      depth++;
    }
  }
  return above;
}

function judge(kind: Kind, info: PathInfo & { computed: boolean }): Verdict | undefined {
  const display = info.display ?? '';
  const cls = info.class;
  if (cls === 'credential') {
    return { messageId: 'credential', severity: kind === 'mkdir' ? 'medium' : 'high' };
  }
  if (cls === 'persistence') {
    return { messageId: 'persistence', severity: kind === 'mkdir' ? 'medium' : 'high' };
  }
  if (cls !== 'project' && /^(~|\/|[A-Za-z]:\/?)$/.test(display) && kind !== 'mkdir') {
    return { messageId: 'wipe', severity: 'high' };
  }
  if (!/^[/~$]/.test(display) && levelsAbove(display) >= 2) {
    return { messageId: 'climbs', severity: 'medium' };
  }
  if (cls === 'outside' || cls === 'system') {
    if (display.startsWith('~') && HOME_CACHE.test(display)) {
      return DESTRUCTIVE.has(kind) ? { messageId: 'outside', severity: 'medium' } : undefined;
    }
    if (kind === 'mkdir') {
      return { messageId: 'outside', severity: 'low' };
    }
    if (DESTRUCTIVE.has(kind) || HOME_CONFIG.test(display) || /^\/(etc|usr|bin|sbin|boot|lib|System)\//.test(display)) {
      return { messageId: 'outside', severity: 'high' };
    }
    return { messageId: 'outside', severity: 'medium' };
  }
  if (cls === 'tmp' && kind === 'link' && /^(\$TMPDIR|\/tmp|\/var\/tmp|\/dev\/shm)\/[^/*]+$/.test(display)) {
    // Every user can write the shared temp folder itself (not a private `mkdtemp` folder in it): a link
    // there exposes its target, or is replaced by someone else's.
    return { messageId: 'sharedLink', severity: 'medium' };
  }
  if (cls === 'absolute') {
    return kind === 'rmtree' || kind === 'delete' ? { messageId: 'outside', severity: 'medium' } : undefined;
  }
  if (cls === 'unknown' && kind === 'rmtree') {
    return info.computed ? { messageId: 'computedTree', severity: 'high' } : { messageId: 'unknownTree', severity: 'low' };
  }
  return undefined;
}

/** `os.chmod(p, 0o777)`, `stat.S_ISUID`: modes that open a file to everyone or run it as its owner. */
function modeVerdict(ctx: PyRuleContext, mode: PyNode | undefined): (Verdict & { mode: string }) | undefined {
  if (!mode) {
    return undefined;
  }
  const text = ctx.text(mode);
  const numbers = ctx.numbers(mode) ?? [];
  if (/S_IS[UG]ID/.test(text) || numbers.some((n) => (n & 0o6000) !== 0)) {
    return { messageId: 'setuid', severity: 'high', mode: clip(text, 40) };
  }
  if (/S_IWOTH|S_IRWXO/.test(text) || numbers.some((n) => (n & 0o002) !== 0)) {
    return { messageId: 'worldWritable', severity: 'medium', mode: clip(text, 40) };
  }
  return undefined;
}

function kindOf(ctx: PyRuleContext, op: FileOp): Kind | 'unknownMode' | undefined {
  switch (op.op) {
    case 'open': {
      const mode = openMode(ctx, op);
      return mode === 'read' ? undefined : mode === 'unknown' ? 'unknownMode' : mode;
    }
    case 'write':
    case 'delete':
    case 'rmtree':
    case 'move':
    case 'copy':
    case 'permissions':
    case 'link':
    case 'mkdir':
      return op.op;
    default:
      return undefined;
  }
}

export default definePyRule({
  meta: {
    id: 'py/file-write',
    category: 'filesystem',
    severity: 'medium',
    summary:
      'Python writes, deletes, moves, links and permission changes outside the project, to start-up files (`~/.bashrc`, cron, ' +
      '`sitecustomize.py`, `.pth`), to credential files, tree deletes of computed paths, and `tempfile.mktemp`.',
    why:
      'A change that writes a shell profile, a cron entry, a `.pth` file or `~/.ssh/authorized_keys` plants code or access that ' +
      'outlives the review; `shutil.rmtree` of a computed path can wipe a home directory. Ordinary output in the project ' +
      '(checkpoints, CSVs, logs) is not reported.',
    incorrect: [
      "import os\nwith open(os.path.expanduser('~/.bashrc'), 'a') as f:\n    f.write('curl x | sh')",
      "from pathlib import Path\n(Path.home() / '.ssh' / 'authorized_keys').write_text(key)",
      "import shutil\nshutil.rmtree(f'/home/{user}')",
      "import site, os\nopen(os.path.join(site.getsitepackages()[0], 'evil.pth'), 'w')",
      'import tempfile\nname = tempfile.mktemp()',
    ],
    correct: [
      "with open('out/results.json', 'w') as f:\n    json.dump(r, f)",
      "torch.save(model.state_dict(), 'ckpt.pt')",
      "df.to_csv('out.csv')",
      "import os\nos.makedirs('checkpoints', exist_ok=True)",
      "import shutil\nshutil.rmtree('build')",
      "text = s.replace('a', 'b')",
    ],
    messages: {
      credential:
        '`{{call}}` {{verb}} `{{path}}`, a credential location (SSH keys, cloud or registry tokens, browser data): an AI-written ' +
        'change has no business changing it.',
      persistence:
        '`{{call}}` {{verb}} `{{path}}`, a start-up file: what is written there runs later (every shell, login, boot, Python ' +
        'start or git command), long after this change is reviewed.',
      wipe: '`{{call}}` {{verb}} `{{path}}`: that is a whole home or system folder.',
      outside:
        '`{{call}}` {{verb}} `{{path}}`, outside the project: code that changes the home directory or system folders reaches ' +
        'beyond the repository under review.',
      climbs: '`{{call}}` {{verb}} `{{path}}`, which climbs out of the repository into other projects on the machine.',
      computedTree:
        '`{{call}}` deletes a whole folder tree whose path is computed at run time (`{{path}}`): one wrong value wipes a ' +
        'home directory or a checkout.',
      unknownTree:
        '`{{call}}` deletes a whole folder tree at `{{path}}`, a path that comes from elsewhere: check it can never be a folder that matters.',
      setuid: "`{{call}}` sets the set-user/group-ID bit on `{{path}}` (mode `{{mode}}`): the file then runs with its owner's rights.",
      worldWritable: '`{{call}}` makes `{{path}}` writable by every user on the machine (mode `{{mode}}`).',
      sharedLink:
        '`{{call}}` {{verb}} `{{path}}`, in the temp folder every user on the machine shares: other users can follow the link ' +
        'to what it points at, or plant their own link there first.',
      doublesBack:
        'This path enters `{{entered}}` and leaves it again with `..`: it reads like a place inside `{{entered}}` but is `{{path}}`. ' +
        'Check what is really read, written or deleted there.',
      mktemp:
        '`{{call}}` only picks a temporary file name: another process can create that file first (a race that leads to writing ' +
        "through an attacker's file or link). Use `tempfile.mkstemp` or `NamedTemporaryFile`.",
      unknownMode: '`{{call}}` opens `{{path}}` with a mode computed at run time (`{{mode}}`), so it may write or truncate the file.',
    },
  },
  create(ctx) {
    function worst(kind: Kind, op: FileOp): { verdict: Verdict; info: PathInfo; node: PyNode | undefined } | undefined {
      const candidates: { kind: Kind; node: PyNode | undefined }[] =
        kind === 'move'
          ? [
              { kind: 'move', node: op.path },
              { kind: 'write', node: op.dest },
            ]
          : kind === 'copy'
            ? [{ kind: 'copy', node: op.dest }]
            : kind === 'link'
              ? [
                  { kind: 'link', node: op.dest ?? op.path },
                  { kind: 'link', node: op.dest ? op.path : undefined },
                ]
              : [{ kind, node: op.path }];
      let best: { verdict: Verdict; info: PathInfo; node: PyNode | undefined } | undefined;
      for (const c of candidates) {
        if (!c.node) {
          continue;
        }
        const info = classifyPyPath(ctx, c.node);
        const verdict = judge(c.kind, info);
        if (verdict && (!best || RANK.indexOf(info.class) > RANK.indexOf(best.info.class))) {
          best = { verdict, info, node: c.node };
        }
      }
      return best;
    }

    /** The pieces of a path chain: `a / 'b' / '..'` and `os.path.join(a, 'b', '..')`, left to right. */
    function pieces(node: PyNode): PyNode[] | undefined {
      if (node.type === 'binary_operator' && ctx.text(field(node, 'operator') ?? node) === '/') {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right ? [...(pieces(left) ?? [left]), right] : undefined;
      }
      if (node.type === 'call' && ctx.callNames(node).some((n) => n === 'os.path.join' || n === 'posixpath.join')) {
        return callArguments(node, ctx.sourceText).positional;
      }
      return undefined;
    }

    /** `~/.cache/../.local/share`: a folder entered and left again at once reads as one place and is another. */
    function checkDoubleBack(node: PyNode): void {
      if (ctx.isTestFile || (node.parent && pieces(node.parent) !== undefined && node.field !== 'function')) {
        return;
      }
      const parts = pieces(node);
      if (!parts || parts.length < 3) {
        return;
      }
      for (let i = 1; i < parts.length; i++) {
        const here = ctx.strings(parts[i]);
        const before = ctx.strings(parts[i - 1]);
        if (
          here?.length === 1 &&
          /^\.\.\/?$/.test(here[0]) &&
          before?.length === 1 &&
          /^[^/.][^/]*\/?$|^\.[^./][^/]*\/?$/.test(before[0])
        ) {
          const info = classifyPyPath(ctx, node);
          ctx.report({
            node,
            messageId: 'doublesBack',
            data: { entered: clip(before[0], 30), path: describePath(ctx, info, node) },
            severity: info.class === 'project' || info.class === 'tmp' ? 'low' : 'medium',
          });
          return;
        }
      }
    }

    return {
      binary_operator: checkDoubleBack,
      call(node) {
        checkDoubleBack(node);
        const op = fileOp(ctx, node);
        if (!op) {
          return;
        }
        const call = op.name;
        if (op.op === 'mktemp') {
          ctx.report({ node, messageId: 'mktemp', data: { call }, severity: 'medium', trace: op.trace });
          return;
        }
        const kind = kindOf(ctx, op);
        if (!kind) {
          return;
        }
        if (kind === 'unknownMode') {
          const info = classifyPyPath(ctx, op.path);
          const verdict = judge('write', info);
          const path = describePath(ctx, info, op.path);
          if (verdict) {
            ctx.report({
              node,
              messageId: verdict.messageId,
              data: { call, verb: 'may write', path },
              severity: verdict.severity,
              trace: op.trace,
            });
          } else if (info.class !== 'tmp') {
            const mode = clip(op.mode ? ctx.text(op.mode) : '', 40);
            ctx.report({ node, messageId: 'unknownMode', data: { call, path, mode }, severity: 'low', trace: op.trace });
          }
          return;
        }
        const found = worst(kind, op);
        if (found) {
          const data = { call, verb: VERB[kind], path: describePath(ctx, found.info, found.node) };
          ctx.report({ node, messageId: found.verdict.messageId, data, severity: found.verdict.severity, trace: op.trace });
          return;
        }
        if (kind === 'permissions') {
          const mode = modeVerdict(ctx, argument(node, ctx.sourceText, op.name.startsWith('Path.') ? 0 : 1, 'mode'));
          if (mode) {
            const path = describePath(ctx, classifyPyPath(ctx, op.path), op.path);
            ctx.report({
              node,
              messageId: mode.messageId,
              data: { call, path, mode: mode.mode },
              severity: mode.severity,
              trace: op.trace,
            });
          }
        }
      },
    };
  },
});
