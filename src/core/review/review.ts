/**
 * A diff review, given the changed files' contents: analyze each new version, keep what the change
 * touched (flagged lines added or changed, or an alias on the way to them), run the diff rules,
 * and compute the capability delta against each file's base version.
 */
import type { FileChange } from '../diff/change';
import { changePath, MODE_SUBMODULE, MODE_SYMLINK } from '../diff/change';
import { lineChanges, type LineChanges } from '../diff/lines';
import { addLineHashes, analyzeFile, analyzeText, notAnalyzedFinding, type EngineFinding, type Limits } from '../engine/analyze';
import { runDiffRules } from '../engine/diff-rules';
import type { DiffRule, Rule } from '../engine/rule';
import { assignFingerprints, fingerprintOf, normalizeCode } from '../engine/fingerprint';
import { compareFindings, type Category, type NotAnalyzed } from '../model/finding';
import { decodeBytes } from '../text/decode';
import { splitLines, type LineIndex } from '../text/lines';
import { DeltaBuilder, type CapabilityDelta } from './delta';
import { changeLinker, filesLoadedAsCode } from '../js/exports';
import type { ModuleLinker } from '../js/link';
import { changePyLinker, type PyLinker } from '../python/link';
import { languageOf } from '../model/language';

export interface ReviewOptions {
  rules: readonly Rule[];
  limits?: Partial<Limits>;
  now?: () => number;
  /** Compute GitHub's `primaryLocationLineHash` (for SARIF output). */
  lineHashes?: boolean;
  /** The JS heap in use, for the per-file memory limit (passed by the Node adapters). */
  heapUsed?: () => number;
  /** Every path the change touches (old and new), when known up front: diff rules that relate
   * files to each other (a test's expected values edited next to the code under test) read it. */
  changedPaths?: readonly string[];
  /** The change's files, linked (set by `reviewChanges`). */
  linker?: ModuleLinker;
  pyLinker?: PyLinker;
  /** Files the change's JS loads as code whatever their extension (set by `reviewChanges`). */
  loadedAsJs?: ReadonlySet<string>;
}

export interface ReviewResult {
  findings: EngineFinding[];
  notAnalyzed: NotAnalyzed[];
  capabilityDelta: CapabilityDelta;
  filesReviewed: number;
}

interface PendingFile {
  path: string;
  /** Findings that stand whatever lines changed (file-level and diff-rule findings). */
  fixed: EngineFinding[];
  /** Findings kept only if they touch a line the change added (and did not merely move). */
  candidates: EngineFinding[];
  changes: LineChanges | undefined;
  newLines: string[];
  baseCategories: Set<Category>;
  /** How often each rule flagged each piece of code in the base version of this file. */
  baseCounts: Map<string, number>;
  /**
   * A file the change created. Code moved into a new file (a function extracted, a file split) keeps
   * no flag the base already had; code moved into an existing file from elsewhere is flagged again,
   * since its new neighbours (a request handler, say) can change what it does.
   */
  isNew: boolean;
}

/** Lines too short to recognize as moved (`}`, `return;`): they always count as added. */
const MIN_MOVED_LENGTH = 8;

function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

export class Review {
  private readonly pending: PendingFile[] = [];
  private readonly notAnalyzed: NotAnalyzed[] = [];
  /** Lines the change removed anywhere (normalized), with their counts: the sources of moved code. */
  private readonly removed = new Map<string, number>();
  /** Findings of the changed files' base versions, by rule and normalized code, with their counts. */
  private readonly baseFlags = new Map<string, number>();
  /** The same two tables per file: moves within an existing file. */
  private readonly removedByPath = new Map<string, Map<string, number>>();
  private readonly baseFlagsByPath = new Map<string, Map<string, number>>();
  private readonly diffRules: DiffRule[];
  private files = 0;

  constructor(private readonly options: ReviewOptions) {
    this.diffRules = options.rules.filter((r): r is DiffRule => r.kind === 'diff');
  }

  /** Reviews one changed file; call once per file, in any order, then `result()`. */
  add(change: FileChange): void {
    this.files++;
    const path = changePath(change);
    const oldText = this.baseText(change);
    const hasContent = change.status !== 'deleted' && change.newMode !== MODE_SYMLINK && change.newMode !== MODE_SUBMODULE;
    const fixed: EngineFinding[] = [];
    const candidates: EngineFinding[] = [];
    let lines: LineIndex | undefined;
    let newText: string | undefined;
    let changes: LineChanges | undefined;
    if (hasContent && change.newBytes !== undefined) {
      const result = analyzeFile(path, change.newBytes, { ...this.options, mode: 'review' });
      lines = result.lines;
      newText = result.text;
      if (result.notAnalyzed) {
        this.notAnalyzed.push(result.notAnalyzed);
      }
      changes = newText !== undefined ? lineChanges(oldText, newText) : undefined;
      for (const finding of result.findings) {
        (finding.fileLevel || !changes ? fixed : candidates).push(finding);
      }
      if (change.partial) {
        // The content was reconstructed only in part (a patch that did not apply).
        fixed.push(notAnalyzedFinding(path, change.partial, 'medium', change.contentId ?? change.newBytes?.length.toString()));
        this.notAnalyzed.push({ path, reason: change.partial });
      }
    } else if (hasContent) {
      const reason = change.partial ?? 'the new version could not be read';
      // Size is an ordinary reason (generated files); anything else that stops a read is not.
      fixed.push(notAnalyzedFinding(path, reason, reason.startsWith('over the size limit') ? 'medium' : 'high', change.contentId));
      this.notAnalyzed.push({ path, reason });
    }
    if (changes) {
      for (const line of changes.removed) {
        this.countRemoved(line.text, path);
      }
    } else if (change.status === 'deleted' && oldText !== undefined) {
      for (const line of splitLines(oldText)) {
        this.countRemoved(line, path);
      }
    }
    const diffFindings = runDiffRules(change, this.diffRules, lines, { oldText, newText, changedPaths: this.options.changedPaths });
    assignFingerprints(diffFindings);
    if (newText !== undefined && this.options.lineHashes) {
      addLineHashes(diffFindings, newText);
    }
    fixed.push(...diffFindings);
    this.pending.push({
      path,
      fixed,
      candidates,
      changes,
      newLines: newText !== undefined && candidates.length > 0 ? splitLines(newText) : [],
      ...this.baseFindings(change, oldText),
      isNew: change.status === 'added',
    });
  }

  result(): ReviewResult {
    const delta = new DeltaBuilder();
    const findings: EngineFinding[] = [];
    const available = new Map(this.removed);
    for (const file of [...this.pending].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const changes = file.changes;
      const added = changes ? this.reallyAdded(file, available) : undefined;
      const kept = [
        ...file.fixed,
        ...file.candidates.filter((f) => {
          if (!changes || !added || touches(f, added)) {
            return true;
          }
          // On moved lines only: dropped if the same flag stood on the same code in the base.
          return touches(f, changes.added) && !this.takeBaseFlag(f, file.isNew ? undefined : file.path);
        }),
      ];
      for (const finding of kept) {
        finding.side ??= 'new';
      }
      renumber(kept, file.baseCounts);
      findings.push(...kept);
      delta.addFile(file.path, categoriesOf(kept), file.baseCategories);
    }
    return {
      findings: findings.sort(compareFindings),
      notAnalyzed: [...this.notAnalyzed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      capabilityDelta: delta.build(findings),
      filesReviewed: this.files,
    };
  }

  /** Consumes one base finding of the same rule on the same code (in `path`, when given), if there is one left. */
  private takeBaseFlag(finding: EngineFinding, path?: string): boolean {
    const key = `${finding.ruleId}\u0000${normalizeLine(finding.code)}`;
    const table = path === undefined ? this.baseFlags : this.baseFlagsByPath.get(path);
    const count = table?.get(key) ?? 0;
    if (!table || count === 0) {
      return false;
    }
    table.set(key, count - 1);
    if (path !== undefined) {
      this.baseFlags.set(key, Math.max(0, (this.baseFlags.get(key) ?? 0) - 1));
    }
    return true;
  }

  private countRemoved(line: string, path: string): void {
    const key = normalizeLine(line);
    if (key.length >= MIN_MOVED_LENGTH) {
      this.removed.set(key, (this.removed.get(key) ?? 0) + 1);
      const own = this.removedByPath.get(path) ?? new Map<string, number>();
      own.set(key, (own.get(key) ?? 0) + 1);
      this.removedByPath.set(path, own);
    }
  }

  /**
   * The added lines that are new code, not code the same change removed elsewhere and put back
   * here (a function extracted to a new file, a block moved down). A flag on moved lines only is
   * dropped when the base had the same flag on the same code: moving reviewed code adds no
   * capability. Identical text that meant something else where it came from keeps its flag. Each
   * removed line accounts for one added line.
   */
  private reallyAdded(file: PendingFile, available: Map<string, number>): Set<number> {
    const out = new Set<number>();
    const own = file.isNew ? undefined : (this.removedByPath.get(file.path) ?? new Map<string, number>());
    for (const line of [...(file.changes as LineChanges).added].sort((a, b) => a - b)) {
      const key = normalizeLine(file.newLines[line - 1] ?? '');
      const count = (own ?? available).get(key) ?? 0;
      if (key.length >= MIN_MOVED_LENGTH && count > 0) {
        (own ?? available).set(key, count - 1);
        if (own) {
          available.set(key, Math.max(0, (available.get(key) ?? 0) - 1));
        }
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private baseText(change: FileChange): string | undefined {
    if (change.oldBytes === undefined || change.oldMode === MODE_SYMLINK || change.oldMode === MODE_SUBMODULE) {
      return undefined;
    }
    const decoded = decodeBytes(change.oldBytes);
    return decoded.kind === 'text' ? decoded.text : undefined;
  }

  /** The categories the base version of the file already had (whole file, not just nearby lines), and its flags' counts. */
  private baseFindings(
    change: FileChange,
    oldText: string | undefined,
  ): { baseCategories: Set<Category>; baseCounts: Map<string, number> } {
    const baseCounts = new Map<string, number>();
    const text = change.status === 'added' ? undefined : oldText;
    if (text === undefined || !change.oldPath) {
      return { baseCategories: new Set(), baseCounts };
    }
    const result = analyzeText(change.oldPath, text, {
      ...this.options,
      linker: undefined,
      pyLinker: undefined,
      mode: 'scan',
      lineHashes: false,
    });
    const own = result.findings.filter((f) => !f.ruleId.startsWith('airlock/'));
    for (const finding of own) {
      const key = `${finding.ruleId}\u0000${normalizeLine(finding.code)}`;
      this.baseFlags.set(key, (this.baseFlags.get(key) ?? 0) + 1);
      const path = changePath(change);
      const own = this.baseFlagsByPath.get(path) ?? new Map<string, number>();
      own.set(key, (own.get(key) ?? 0) + 1);
      this.baseFlagsByPath.set(path, own);
      const exact = occurrenceKey(finding);
      baseCounts.set(exact, (baseCounts.get(exact) ?? 0) + 1);
    }
    return { baseCategories: new Set(own.map((f) => f.category)), baseCounts };
  }
}

function occurrenceKey(finding: EngineFinding): string {
  return `${finding.ruleId}\u0000${normalizeCode(finding.code)}`;
}

/**
 * Numbers the flagged copies of identical code after the copies the base already had: a new copy
 * of code that was resolved before (and is unchanged, so no longer flagged) gets a new number, so
 * it cannot take over the old copy's resolution.
 */
function renumber(kept: EngineFinding[], baseCounts: ReadonlyMap<string, number>): void {
  const seen = new Map<string, number>();
  for (const finding of [...kept].sort((a, b) => a.line - b.line || a.column - b.column)) {
    if (finding.codeHash === undefined) {
      continue;
    }
    const key = occurrenceKey(finding);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const occurrence = (baseCounts.get(key) ?? 0) + index;
    if (occurrence !== finding.occurrence) {
      finding.occurrence = occurrence;
      finding.fingerprint = fingerprintOf(finding.ruleId, finding.path, finding.codeHash, occurrence);
    }
  }
}

function categoriesOf(findings: readonly EngineFinding[]): Category[] {
  return findings.filter((f) => !f.ruleId.startsWith('airlock/')).map((f) => f.category);
}

/** Whether a finding lies on (or was reached through) a line the change added or modified. */
function touches(finding: EngineFinding, added: ReadonlySet<number>): boolean {
  if (finding.side === 'removed') {
    return true;
  }
  // Related locations in other files (an import chain) say nothing about this file's lines.
  const spans = [finding, ...(finding.related ?? []).filter((r) => r.path === finding.path)];
  for (const span of spans) {
    for (let line = span.line; line <= span.endLine; line++) {
      if (added.has(line)) {
        return true;
      }
    }
  }
  return false;
}

/** The change's JS/TS and Python files (new versions), linked: a capability one re-exports is seen where another uses it. */
function linkersOf(changes: readonly FileChange[]): { linker?: ModuleLinker; pyLinker?: PyLinker; loadedAsJs?: ReadonlySet<string> } {
  const js = new Map<string, string>();
  const py = new Map<string, string>();
  const paths = new Set(changes.flatMap((c) => (c.newPath !== undefined && c.newBytes !== undefined ? [c.newPath] : [])));
  for (const change of changes) {
    const path = change.newPath;
    if (path === undefined || change.newBytes === undefined || change.newMode === MODE_SYMLINK) {
      continue;
    }
    const target = languageOf(path) !== undefined ? js : /\.pyi?$/.test(path) ? py : undefined;
    const decoded = target ? decodeBytes(change.newBytes) : undefined;
    if (target && decoded?.kind === 'text') {
      target.set(path, decoded.text);
    }
  }
  const loaded = js.size > 0 && paths.size > js.size ? filesLoadedAsCode(js, paths) : undefined;
  return {
    linker: js.size > 1 ? changeLinker(js) : undefined,
    pyLinker: py.size > 1 ? changePyLinker(py) : undefined,
    loadedAsJs: loaded && loaded.size > 0 ? loaded : undefined,
  };
}

/** Reviews a list of changes in one go. */
export function reviewChanges(changes: readonly FileChange[], options: ReviewOptions): ReviewResult {
  const changedPaths = [...new Set(changes.flatMap((c) => [c.oldPath, c.newPath].filter((p): p is string => p !== undefined)))].sort();
  const review = new Review({ changedPaths, ...linkersOf(changes), ...options });
  for (const change of changes) {
    review.add(change);
  }
  return review.result();
}
