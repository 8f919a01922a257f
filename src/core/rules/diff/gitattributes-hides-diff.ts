import { defineDiffRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { splitLines } from '../../text/lines';
import { added, modified } from '../support/changes';

/** At most this many findings per file. */
const MAX_FINDINGS = 20;

/** Git's built-in diff drivers only change hunk headers: harmless. */
const BUILTIN_DIFF = new Set(
  'ada bash bibtex cpp csharp css dts elixir fortran fountain golang html java kotlin markdown matlab objc pascal perl php python ruby rust scheme tex'.split(
    ' ',
  ),
);
const ASSET =
  /\.(png|jpe?g|gif|ico|bmp|webp|svg|pdf|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|xz|7z|jar|war|mp[34]|mov|avi|wav|ogg|psd|ai|sketch|fig|exe|dll|so|dylib|bin|dat|db|sqlite|pyc|class|o|a|wasm)$/i;
const GENERATED =
  /(^|\/)(dist|build|out|vendor|node_modules|generated|gen|coverage)(\/|$)|\.min\.(js|css)$|\.(map|snap)$|(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Cargo\.lock|Gemfile\.lock|composer\.lock|go\.sum|uv\.lock|bun\.lockb?)$/i;
/** The line Airlock's own installer writes. */
const LEDGER_UNION = /^\/?\.airlock\/(ledger|critiques)\.jsonl$/;

type PathKind = 'asset' | 'generated' | 'source';

function pathKind(pattern: string): PathKind {
  const p = pattern.replace(/^\//, '');
  if (ASSET.test(p)) {
    return 'asset';
  }
  return GENERATED.test(p) ? 'generated' : 'source';
}

interface Hit {
  messageId: string;
  severity: Severity;
  attr: string;
}

function attributeHits(pattern: string, attrs: string[]): Hit[] {
  const kind = pathKind(pattern);
  const hits: Hit[] = [];
  for (const attr of attrs) {
    const [name, value] = attr.replace(/^[-!]/, (m) => `${m}`).split('=');
    const lower = name.toLowerCase();
    if (lower === 'filter' && value !== undefined) {
      hits.push({ messageId: 'filter', severity: 'high', attr });
    } else if ((lower === '-diff' || lower === '!diff' || lower === 'binary') && kind !== 'asset') {
      hits.push({ messageId: 'hidesDiff', severity: kind === 'source' ? 'high' : 'medium', attr });
    } else if (lower === 'diff' && value !== undefined && !BUILTIN_DIFF.has(value.toLowerCase())) {
      hits.push({ messageId: 'diffDriver', severity: kind === 'asset' ? 'low' : 'medium', attr });
    } else if ((lower === 'linguist-generated' || lower === 'linguist-vendored') && value?.toLowerCase() !== 'false' && kind === 'source') {
      hits.push({ messageId: 'collapsed', severity: 'medium', attr });
    } else if (
      lower === 'merge' &&
      value !== undefined &&
      value !== 'text' &&
      value !== 'binary' &&
      !(value === 'union' && LEDGER_UNION.test(pattern))
    ) {
      hits.push({ messageId: 'mergeDriver', severity: value === 'union' ? 'low' : 'medium', attr });
    } else if (lower === '-text' && kind === 'source') {
      hits.push({ messageId: 'notText', severity: 'low', attr });
    }
  }
  return hits;
}

/** `pattern attr attr`, with a quoted pattern allowed; undefined for comments and blank lines. */
function parseLine(line: string): { pattern: string; attrs: string[]; macro: boolean } | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) {
    return undefined;
  }
  let pattern: string;
  let rest: string;
  if (trimmed.startsWith('"')) {
    const close = trimmed.indexOf('"', 1);
    pattern = trimmed.slice(1, close < 0 ? undefined : close);
    rest = close < 0 ? '' : trimmed.slice(close + 1);
  } else {
    const space = trimmed.search(/\s/);
    pattern = space < 0 ? trimmed : trimmed.slice(0, space);
    rest = space < 0 ? '' : trimmed.slice(space);
  }
  const macro = pattern.startsWith('[attr]');
  return { pattern: macro ? pattern.slice(6) : pattern, attrs: rest.split(/\s+/).filter((a) => a.length > 0), macro };
}

export default defineDiffRule({
  meta: {
    id: 'diff/gitattributes-hides-diff',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary: '`.gitattributes` lines that hide changes from review or run code on checkout.',
    why:
      '`-diff`, `binary` and custom diff drivers make `git diff` and review tools print "Binary files differ" instead of the ' +
      'change; `linguist-generated` collapses files in GitHub pull requests; `filter=` runs a program on every checkout. An agent ' +
      'can use them to keep its code out of sight of the reviewer.',
    incorrect: [
      { change: modified('.gitattributes', '* text=auto\n', '* text=auto\nsrc/auth.ts -diff\n') },
      { change: added('.gitattributes', '*.js filter=lfs2 diff=lfs2\n') },
      { change: modified('.gitattributes', '', 'src/** linguist-generated=true\n') },
    ],
    correct: [
      { change: modified('.gitattributes', '* text=auto\n', '* text=auto eol=lf\n*.png binary\n') },
      { change: added('.gitattributes', '.airlock/ledger.jsonl merge=union\n') },
      { change: modified('.gitattributes', '', 'dist/** linguist-generated\n*.py diff=python\n') },
    ],
    messages: {
      hidesDiff: '`{{pattern}} {{attr}}` makes git show changes to these files as binary: reviews no longer see what changed.',
      diffDriver:
        '`{{pattern}} {{attr}}` sends these files through a custom diff driver: what reviewers see is whatever that program prints.',
      filter: '`{{pattern}} {{attr}}` runs a filter program on checkout and commit of these files.',
      collapsed: '`{{pattern}} {{attr}}` marks source files as generated or vendored: GitHub collapses their diffs in pull requests.',
      mergeDriver: '`{{pattern}} {{attr}}` merges these files with the `{{driver}}` strategy: conflicting changes can be dropped silently.',
      notText: '`{{pattern}} {{attr}}` stops git treating source files as text.',
      macro: 'A `.gitattributes` macro `{{pattern}}` is defined as `{{attrs}}`: every path using it inherits these settings.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath;
    if (!path || !/(^|\/)\.gitattributes$/.test(path) || ctx.newText === undefined) {
      return;
    }
    const lines = splitLines(ctx.newText);
    let count = 0;
    for (const n of [...ctx.lineChanges().added].sort((a, b) => a - b)) {
      const parsed = parseLine(lines[n - 1] ?? '');
      if (!parsed) {
        continue;
      }
      const hits = attributeHits(parsed.macro ? '*' : parsed.pattern, parsed.attrs);
      count += hits.length;
      if (count > MAX_FINDINGS) {
        return;
      }
      if (parsed.macro && hits.length > 0) {
        ctx.report({
          messageId: 'macro',
          data: { pattern: parsed.pattern, attrs: parsed.attrs.join(' ') },
          severity: hits[0].severity,
          line: n,
        });
        continue;
      }
      for (const hit of hits) {
        const driver = hit.attr.split('=')[1] ?? '';
        ctx.report({
          messageId: hit.messageId,
          data: { pattern: parsed.pattern, attr: hit.attr, driver },
          severity: hit.severity,
          line: n,
        });
      }
    }
  },
});
