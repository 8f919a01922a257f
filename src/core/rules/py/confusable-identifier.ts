import { definePyRule } from '../../engine/rule';
import { PY_BUILTINS } from '../../python/evaluate';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { scriptName, skeletonOf, type Skeleton } from '../support/unicode-confusables';

const MAX_NAMES = 2000;
const NAME_LIKE = /^[\p{L}\p{N}_]{1,64}$/u;

/** Names an impostor would imitate: dangerous APIs, modules, and the words of access checks. */
const SENSITIVE = new Set(
  (
    'eval exec compile __import__ import_module open input getattr setattr delattr globals locals vars __builtins__ builtins ' +
    'system popen Popen subprocess run call check_output check_call spawn os sys socket requests urlopen pickle marshal ' +
    'ctypes environ getenv self cls super __init__ __name__ __main__ __file__ __class__ __subclasses__ __globals__ ' +
    'token password passwd secret api_key apikey admin is_admin root user auth authenticate authorize is_authenticated ' +
    'verify validate check_password permission permissions allow deny assert isinstance'
  ).split(' '),
);

const GETATTR_LIKE = new Set(['builtins.getattr', 'builtins.setattr', 'builtins.hasattr', 'builtins.delattr']);

interface Verdict {
  messageId: 'lookalike' | 'mixed' | 'styled';
  data: Record<string, string>;
  severity: 'high' | 'medium';
}

function hasNonAscii(s: string): boolean {
  return [...s].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);
}

/** A `_`- or digit-delimited part of the name that mixes Latin with a lookalike: `tоken` in `tоken_f1`, not `ρ` in `ρ_air`. */
function mixesWithinWord(name: string): boolean {
  return name
    .normalize('NFKC')
    .split(/[_\d]+/)
    .some((part) => {
      const s = skeletonOf(part);
      return s.scripts.has('latin') && s.scripts.size > 1 && s.lookalikes.length > 0;
    });
}

function verdict(name: string, s: Skeleton, ascii: ReadonlySet<string>): Verdict | undefined {
  if (s.skeleton === name || hasNonAscii(s.skeleton)) {
    return undefined;
  }
  const imitated = ascii.has(s.skeleton) || SENSITIVE.has(s.skeleton) || PY_BUILTINS.has(s.skeleton);
  const target = ascii.has(s.skeleton) ? ', a name used elsewhere in this file,' : imitated ? ', a sensitive name,' : '';
  const chars = s.lookalikes.join(', ');
  if (name.normalize('NFKC') === s.skeleton) {
    // Python reads identifiers in NFKC: `ｅｖａｌ` is `eval`, spelled so a search for it misses.
    return { messageId: 'styled', data: { name, skeleton: s.skeleton }, severity: imitated ? 'high' : 'medium' };
  }
  const foreign = [...s.scripts].find((script) => script !== 'latin');
  if (imitated && (s.scripts.has('latin') || SENSITIVE.has(s.skeleton) || s.skeleton.length >= 3)) {
    return { messageId: 'lookalike', data: { name, skeleton: s.skeleton, target, chars }, severity: 'high' };
  }
  if (foreign && s.allLookalike && mixesWithinWord(name)) {
    return { messageId: 'mixed', data: { name, skeleton: s.skeleton, script: scriptName(foreign), chars }, severity: 'medium' };
  }
  return undefined;
}

export default definePyRule({
  meta: {
    id: 'py/confusable-identifier',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Identifiers that only look like ASCII: Latin mixed with Cyrillic or Greek lookalikes (`tоken`), names that read exactly like another name in the file or a builtin (`еval`, `__іmport__`), and fullwidth letters.',
    why:
      'A reviewer reads `is_admin` and `is_аdmin` (Cyrillic а) as the same name; Python does not. A lookalike lets a change define a ' +
      'second `is_admin` that the real check never calls, or shadow `eval` with something that reads the same. Names in one ' +
      'non-Latin script are fine; a mix of scripts that spells an ASCII word is not.',
    incorrect: [
      'def is_аdmin(user):\n    return True\n\ndef is_admin(user):\n    return user.role == "admin"\n\nif is_аdmin(u):\n    grant()',
      'еval = print\nеval(code)',
      'tоken_f1 = load()',
      'from helpers import ехес\nехес(payload)',
    ],
    correct: ['имя = "Иван"\nсчётчик = 0', '名前 = "太郎"', 'Δt = now - start', "café = 'naïve'", 'ρ_air = 1.2\nα = 0.5'],
    messages: {
      lookalike: '`{{name}}` reads as `{{skeleton}}`{{target}} but is spelled with {{chars}}: it is a different name that looks the same.',
      mixed: '`{{name}}` mixes Latin with lookalike {{script}} letters ({{chars}}): it reads as `{{skeleton}}` but is a different name.',
      styled:
        '`{{name}}` is spelled with fullwidth or styled letters: Python reads it as `{{skeleton}}`, but a search for `{{skeleton}}` will not find it.',
    },
  },
  create(ctx) {
    const ascii = new Set<string>();
    const candidates = new Map<string, PyNode[]>();

    function see(name: string, node: PyNode): void {
      if (!hasNonAscii(name)) {
        ascii.add(name);
        return;
      }
      const nodes = candidates.get(name) ?? [];
      if (nodes.length < MAX_NAMES) {
        nodes.push(node);
      }
      candidates.set(name, nodes);
    }

    const lineOf = (() => {
      let starts: number[] | undefined;
      return (offset: number): number => {
        starts ??= [0, ...[...ctx.sourceText.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= offset) {
            lo = mid;
          } else {
            hi = mid - 1;
          }
        }
        return lo;
      };
    })();

    return {
      identifier(node) {
        see(ctx.text(node), node);
      },
      call(node) {
        // `getattr(obj, 'еxec')`: a name written as a string.
        const args = field(node, 'arguments');
        const arg = args?.type === 'argument_list' ? namedChildren(args)[1] : undefined;
        if (arg?.type === 'string' && ctx.callNames(node).some((n) => GETATTR_LIKE.has(n))) {
          const value = ctx.strings(arg)?.[0];
          if (value !== undefined && NAME_LIKE.test(value)) {
            see(value, arg);
          }
        }
      },
      'module:exit'() {
        const byLine = new Map<number, { node: PyNode; found: Verdict }>();
        for (const [name, nodes] of candidates) {
          const found = verdict(name, skeletonOf(name), ascii);
          for (const node of found ? nodes : []) {
            const line = lineOf(node.start);
            const previous = byLine.get(line);
            if (!previous || (previous.found.severity === 'medium' && found?.severity === 'high')) {
              byLine.set(line, { node, found: found as Verdict });
            }
          }
        }
        for (const { node, found } of [...byLine.values()].sort((a, b) => a.node.start - b.node.start)) {
          ctx.report({ node, ...found });
        }
      },
    };
  },
});
