/**
 * The findings cache of whole-folder scans: a file whose bytes, report path, Airlock build,
 * ruleset and analysis options are unchanged is not parsed again; its findings come back as they
 * were. It lives in the user's cache folder, never in the workspace.
 *
 * Layout: one index file per scan root and set of options, `scan-<hash>.json`, holding an entry
 * per file (its report path, the SHA-256 of its bytes, its findings and not-analyzed reason). One
 * read and one JSON parse per scan instead of a file per entry, and one atomic write at the end,
 * only when something changed. Entries of files the scan covered but no longer found (deleted,
 * now ignored) are dropped; entries outside the scan's scope (another folder, another shard) are
 * kept. The index is untrusted input: every entry is checked before use (core's `decodeOutcome`),
 * and anything wrong with the file or an entry means re-analysis, never a failed scan.
 */
import { createHash } from 'node:crypto';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import * as path from 'node:path';
import { makeDirsSync, userCacheDir } from './cache-dir';
import type { Limits } from '../core/engine/analyze';
import type { Rule } from '../core/engine/rule';
import { rulesetVersion } from '../core/engine/ruleset';
import { decodeOutcome, encodeOutcome, type FileOutcome } from '../core/scan/cache-entry';
import { readRegularFile, writeFileAtomic } from './files';

/** Bumped when the index layout changes: older indexes are then ignored. */
const FORMAT = 'airlock-findings-cache/1';
/** An index larger than this is neither read nor written. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
/** Indexes untouched this long (another root, an older Airlock) are removed when an index is saved. */
const STALE_INDEX_MS = 30 * 24 * 60 * 60 * 1000;
/** Leftover temporary files (a process killed mid-write) are removed after a day. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;
const INDEX_NAME = /^scan-[0-9a-f]{32}\.json$/;
const TEMP_NAME = /^\.scan-[0-9a-f]{32}\.json\.\d+-[0-9a-f]{12}\.tmp$/;

export interface FindingsCacheConfig {
  /**
   * The cache folder: `findingsCacheDir(env)` for the CLI; for VS Code, a folder in the
   * extension's global storage (`context.globalStorageUri`). Never inside the scanned folder: a
   * cache there is not used.
   */
  dir: string;
  /** Airlock's version: a new version never reads an older one's entries. */
  toolVersion: string;
}

/** What a scan's results depend on besides each file's path and bytes. */
export interface FindingsCacheScope {
  root: string;
  rules: readonly Rule[];
  limits: Limits;
  lineHashes: boolean;
  /** Not part of any result, but another file set: kept in its own index so the two do not evict each other. */
  includeIgnored: boolean;
}

/**
 * `$AIRLOCK_CACHE_DIR` when it is an absolute path; else `$XDG_CACHE_HOME/airlock/findings` (an
 * absolute XDG_CACHE_HOME only), else `~/.cache/airlock/findings`.
 */
export function findingsCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.AIRLOCK_CACHE_DIR && path.isAbsolute(env.AIRLOCK_CACHE_DIR)) {
    return env.AIRLOCK_CACHE_DIR;
  }
  return userCacheDir(env, 'findings');
}

/** The SHA-256 of a file's bytes, as index entries record it. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

let buildId: Promise<string> | undefined;

/**
 * This build of Airlock: the size and time of the running bundle (`dist/cli.js` or
 * `dist/extension.js`), so a rebuilt or reinstalled Airlock does not reuse entries even when its
 * version number is the same.
 */
function currentBuild(): Promise<string> {
  buildId ??= stat(__filename).then(
    (s) => `${s.size}:${s.mtimeMs}`,
    () => 'unknown',
  );
  return buildId;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface IndexEntry {
  path: string;
  sha256: string;
  findings: unknown;
  notAnalyzed: unknown;
}

function isEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.sha256 === 'string';
}

export class FindingsCache {
  /** Files whose outcome came from the cache in this scan. */
  hits = 0;
  /** Entries used or made in this scan: they are saved whatever the scope. */
  private readonly current = new Map<string, IndexEntry>();
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly header: { format: string; identity: string; root: string },
    private readonly previous: ReadonlyMap<string, IndexEntry>,
  ) {}

  /** The cached outcome of the file at `rel` with this content digest, if there is a sound one. */
  get(rel: string, digest: string): FileOutcome | undefined {
    const entry = this.previous.get(rel);
    if (!entry || entry.sha256 !== digest) {
      return undefined;
    }
    const outcome = decodeOutcome(entry, rel);
    if (outcome) {
      this.current.set(rel, entry);
      this.hits++;
    }
    return outcome;
  }

  put(rel: string, digest: string, outcome: FileOutcome): void {
    this.current.set(rel, { path: rel, sha256: digest, ...encodeOutcome(outcome) });
    this.changed = true;
  }

  /**
   * Writes the index (atomically: a temporary file renamed over it) when anything changed.
   * `inScope(rel)`: the scan would have visited `rel` had it existed; such entries not seen again
   * are dropped. Never throws: a cache that cannot be written only makes the next scan slower.
   */
  async save(inScope: (rel: string) => boolean): Promise<void> {
    try {
      const entries = [...this.current.values()];
      let dropped = false;
      for (const [rel, entry] of this.previous) {
        if (this.current.has(rel)) {
          continue;
        }
        if (inScope(rel)) {
          dropped = true;
        } else {
          entries.push(entry);
        }
      }
      if (!this.changed && !dropped) {
        // Still in use: other roots' saves must not prune it as stale.
        if (this.previous.size > 0) {
          const now = new Date();
          await utimes(this.file, now, now);
        }
        return;
      }
      entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const text = JSON.stringify({ ...this.header, entries });
      if (text.length > MAX_INDEX_BYTES) {
        return;
      }
      const dir = path.dirname(this.file);
      makeDirsSync(dir);
      await writeFileAtomic(this.file, text, 0o600);
      await pruneStale(dir, path.basename(this.file));
    } catch {
      /* a cache that cannot be written is no cache */
    }
  }
}

/**
 * The cache for one scan root, loaded. Undefined when the cache folder is inside the root (it
 * would be written into the workspace and show up in its own scans).
 */
export async function openFindingsCache(config: FindingsCacheConfig, scope: FindingsCacheScope): Promise<FindingsCache | undefined> {
  const dir = path.resolve(config.dir);
  const root = path.resolve(scope.root);
  if (isInside(root, dir)) {
    return undefined;
  }
  const { maxBytes, timeMs, maxNodes } = scope.limits;
  const identity = JSON.stringify({
    tool: config.toolVersion,
    build: await currentBuild(),
    ruleset: rulesetVersion(scope.rules.map((r) => r.meta)),
    limits: { maxBytes, timeMs, maxNodes },
    lineHashes: scope.lineHashes,
  });
  const file = path.join(dir, `scan-${sha256(`${FORMAT}\n${identity}\n${root}\n${scope.includeIgnored}`).slice(0, 32)}.json`);
  const header = { format: FORMAT, identity, root };
  return new FindingsCache(file, header, await readIndex(file, header));
}

async function readIndex(file: string, header: { format: string; identity: string; root: string }): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>();
  const read = await readRegularFile(file, MAX_INDEX_BYTES);
  if (!read.ok) {
    return entries;
  }
  let index: unknown;
  try {
    index = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return entries;
  }
  if (typeof index !== 'object' || index === null) {
    return entries;
  }
  const v = index as Record<string, unknown>;
  if (v.format !== header.format || v.identity !== header.identity || v.root !== header.root || !Array.isArray(v.entries)) {
    return entries;
  }
  for (const entry of v.entries) {
    if (isEntry(entry)) {
      entries.set(entry.path, entry);
    }
  }
  return entries;
}

/** Removes other indexes nobody has written for a month, and temporary files left by killed processes. */
async function pruneStale(dir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    const index = INDEX_NAME.test(name);
    if (name === keep || (!index && !TEMP_NAME.test(name))) {
      continue;
    }
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => undefined);
    if (info?.isFile() && now - info.mtimeMs > (index ? STALE_INDEX_MS : STALE_TEMP_MS)) {
      await rm(full, { force: true }).catch(() => undefined);
    }
  }
}
