import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { added, modified } from '../support/changes';
import { JsonLocator } from '../support/supply-json';
import { splitLines } from '../../text/lines';
import { lockFormat, readLockfile, type LockEntry, type Lockfile, type LockFormat } from '../support/supply-lockfiles';
import { clip, DEFAULT_NPM_HOSTS, DEFAULT_PYPI_HOSTS, hostOf } from '../support/supply-names';

/** Past this many findings in one lockfile the rest are summarized in one. */
const MAX_FINDINGS = 20;
const PYTHON = new Set<LockFormat>(['poetry', 'uv']);

interface Hit {
  entry: LockEntry;
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  /** Hits with the same group are reported once (a whole lockfile moved to one mirror). */
  group?: string;
}

/** The kind of source a resolved spec is, when it is not a registry tarball. */
function sourceKind(source: string): 'git' | 'http' | 'file' | undefined {
  const s = source.trim();
  if (
    /^(git\+|git:|ssh:|git@|github:|gitlab:|bitbucket:)/i.test(s) ||
    /^https?:\/\/[^#]*\.git(#|$)/i.test(s) ||
    /^https:\/\/codeload\.github\.com\//i.test(s)
  ) {
    return 'git';
  }
  if (/^http:\/\//i.test(s)) {
    return 'http';
  }
  if (/^(file|link|portal):/i.test(s)) {
    return 'file';
  }
  return undefined;
}

/** The hosts a lockfile already resolves from: a mirror used throughout the old version is the project's mirror. */
function hostsOf(lock: Lockfile | undefined): Set<string> {
  const out = new Set<string>();
  for (const entry of lock?.values() ?? []) {
    const host = hostOf(entry.source);
    if (host) {
      out.add(host);
    }
  }
  return out;
}

/** `https://registry.npmjs.org/<name>/-/<base>-<version>.tgz` naming a different package or version. */
function tarballMismatch(entry: LockEntry): string | undefined {
  const split = entry.source.indexOf('/-/');
  if (split < 0 || !entry.version || !/^https?:\/\//i.test(entry.source)) {
    return undefined;
  }
  const segments = entry.source.slice(0, split).split('/');
  const last = decodeURIComponent(segments[segments.length - 1] ?? '');
  const scope = segments[segments.length - 2] ?? '';
  const name = last.includes('/') ? last : scope.startsWith('@') ? `${scope}/${last}` : last;
  const file = entry.source.slice(split + 3).replace(/[?#].*$/, '');
  const base = name.slice(name.lastIndexOf('/') + 1);
  return name === entry.name && file === `${base}-${entry.version}.tgz` ? undefined : `${name} (${file})`;
}

function judge(entry: LockEntry, old: LockEntry | undefined, format: LockFormat, knownHosts: ReadonlySet<string>): Hit | undefined {
  const name = entry.name || '(unnamed)';
  const sameVersion = old !== undefined && old.version === entry.version && entry.version !== '';
  if (sameVersion && old.integrity && entry.integrity && old.integrity !== entry.integrity) {
    return { entry, messageId: 'integrityChanged', data: { name, version: entry.version }, severity: 'high' };
  }
  if (sameVersion && old.integrity && !entry.integrity) {
    return { entry, messageId: 'integrityRemoved', data: { name, version: entry.version }, severity: 'high' };
  }
  const kind = sourceKind(entry.source);
  if (kind) {
    const severity: Severity = kind === 'file' ? 'medium' : 'high';
    return { entry, messageId: kind, data: { name, source: clip(entry.source) }, severity };
  }
  if (!PYTHON.has(format) && entry.source !== '') {
    const mismatch = tarballMismatch(entry);
    if (mismatch) {
      return { entry, messageId: 'mismatch', data: { name, version: entry.version, tarball: clip(mismatch) }, severity: 'high' };
    }
  }
  const host = hostOf(entry.source);
  const defaults = PYTHON.has(format) ? DEFAULT_PYPI_HOSTS : DEFAULT_NPM_HOSTS;
  if (host && !defaults.has(host) && !knownHosts.has(host)) {
    return { entry, messageId: 'host', data: { name, host, source: clip(entry.source) }, severity: 'high', group: host };
  }
  return undefined;
}

function lineOf(ctx: DiffRuleContext, entry: LockEntry, locator: () => JsonLocator): number {
  return entry.line ?? (entry.path ? locator().line(...entry.path) : 1);
}

/** The last line of an entry's block: its `resolved`/`integrity` keys in JSON, else the indented lines under its header. */
function endLineOf(ctx: DiffRuleContext, entry: LockEntry, locator: () => JsonLocator, line: number): number {
  if (entry.path) {
    return Math.max(line, locator().line(...entry.path, 'resolved'), locator().line(...entry.path, 'integrity'));
  }
  const lines = splitLines(ctx.newText ?? '');
  const indent = (text: string): number => text.length - text.trimStart().length;
  const header = indent(lines[line - 1] ?? '');
  let end = line;
  while (end < lines.length && end - line < 12 && lines[end].trim() !== '' && indent(lines[end]) > header) {
    end++;
  }
  return end;
}

export default defineDiffRule({
  meta: {
    id: 'diff/lockfile-source',
    category: 'supply-chain',
    severity: 'high',
    summary:
      'Lockfile entries (npm, yarn, pnpm, bun, poetry, uv) the change added or changed that resolve from an unusual host, git, plain http or a local path, or whose checksum changed for the same version.',
    why:
      'Nobody reads lockfile diffs: they are thousands of generated lines. That makes them the place to swap a package for a ' +
      "tarball on another server or to change the checksum of a version that already exists, which is exactly what a tampered package looks like. Only the change's own entries are judged.",
    incorrect: [
      {
        change: modified(
          'package-lock.json',
          '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","resolved":"https://registry.npmjs.org/a/-/a-1.0.0.tgz","integrity":"sha512-AAA"}}}',
          '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","resolved":"https://registry.npmjs.org/a/-/a-1.0.0.tgz","integrity":"sha512-BBB"}}}',
        ),
      },
      {
        change: added(
          'yarn.lock',
          'left-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://npm.evil.example/left-pad/-/left-pad-1.3.0.tgz"\n  integrity sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQYF4=\n',
        ),
      },
    ],
    correct: [
      {
        change: modified(
          'package-lock.json',
          '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","resolved":"https://registry.npmjs.org/a/-/a-1.0.0.tgz","integrity":"sha512-AAA"}}}',
          '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.1","resolved":"https://registry.npmjs.org/a/-/a-1.0.1.tgz","integrity":"sha512-BBB"}}}',
        ),
      },
    ],
    messages: {
      integrityChanged:
        '`{{name}}@{{version}}`: the checksum changed but the version did not. The same version with different content is what a tampered or republished package looks like.',
      integrityRemoved: '`{{name}}@{{version}}`: the integrity checksum was removed, so the install no longer verifies what it downloads.',
      git: '`{{name}}` now resolves from a git source (`{{source}}`) instead of the registry: unpinned, unreviewed code.',
      http: '`{{name}}` now resolves over plain http (`{{source}}`): anyone on the network path can replace it.',
      file: '`{{name}}` now resolves from a local path (`{{source}}`).',
      mismatch: '`{{name}}@{{version}}` resolves to the tarball of `{{tarball}}`: the lockfile installs different code than it names.',
      host: '`{{name}}` resolves from `{{host}}` (`{{source}}`), not the default registry: that server decides what code is installed.',
      hostGroup: '{{count}} entries resolve from `{{host}}`, not the default registry (first: `{{name}}`).',
      more: '{{count}} more lockfile entries with unusual sources (not listed one by one).',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath;
    const format = path ? lockFormat(path) : undefined;
    if (!format || ctx.newText === undefined) {
      return;
    }
    const now = readLockfile(format, ctx.newText);
    if (!now) {
      return;
    }
    const before = readLockfile(format, ctx.oldText);
    const knownHosts = hostsOf(before);
    const hits: Hit[] = [];
    for (const [key, entry] of now) {
      const old = before?.get(key);
      if (old && old.version === entry.version && old.source === entry.source && old.integrity === entry.integrity) {
        continue;
      }
      const hit = judge(entry, old, format, knownHosts);
      if (hit) {
        hits.push(hit);
      }
    }
    report(ctx, hits);
  },
});

function report(ctx: DiffRuleContext, hits: Hit[]): void {
  let locator: JsonLocator | undefined;
  const locate = (): JsonLocator => (locator ??= new JsonLocator(ctx.newText ?? ''));
  const groups = new Map<string, Hit[]>();
  const single: Hit[] = [];
  for (const hit of hits) {
    if (hit.group) {
      const list = groups.get(hit.group) ?? [];
      list.push(hit);
      groups.set(hit.group, list);
    } else {
      single.push(hit);
    }
  }
  let count = 0;
  for (const [host, list] of groups) {
    const first = list[0];
    const line = lineOf(ctx, first.entry, locate);
    const endLine = endLineOf(ctx, first.entry, locate, line);
    if (list.length === 1) {
      ctx.report({ messageId: first.messageId, data: first.data, severity: first.severity, line, endLine });
    } else {
      ctx.report({ messageId: 'hostGroup', data: { count: list.length, host, name: first.data.name }, severity: 'high', line, endLine });
    }
    count++;
  }
  for (const hit of single) {
    if (count >= MAX_FINDINGS) {
      ctx.report({
        messageId: 'more',
        data: { count: single.length + groups.size - count },
        severity: 'high',
        line: lineOf(ctx, hit.entry, locate),
      });
      return;
    }
    const line = lineOf(ctx, hit.entry, locate);
    ctx.report({
      messageId: hit.messageId,
      data: hit.data,
      severity: hit.severity,
      line,
      endLine: endLineOf(ctx, hit.entry, locate, line),
    });
    count++;
  }
}
