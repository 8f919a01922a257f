/**
 * Analysis of one file: decode, parse, one walk with every rule's visitors merged, per-rule error
 * capture, limits. Whatever cannot be analyzed becomes a finding, never a silent skip.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Finding, NotAnalyzed, RelatedLocation, Severity } from '../model/finding';
import { CODE_EXTENSIONS, extensionOf, isPythonPath, isTestPath, languageOf, type LanguageInfo } from '../model/language';
import { MARKUP_EXTENSIONS, embeddedScripts } from '../model/embedded';
import { codeLikeStrings, isDataFile } from './data-code';
import { decodeBytes, isExecutableFormat } from '../text/decode';
import { LineIndex, snippetOf } from '../text/lines';
import { parseJs } from '../js/parse';
import { buildModel, LimitExceeded, type FileModel } from '../js/model';
import { Evaluator } from '../js/evaluate';
import { linkedSite, type ModuleLinker } from '../js/link';
import type { PyLinker } from '../python/link';
import type { Node } from '../js/scope';
import {
  formatMessage,
  type ReportDescriptor,
  type Rule,
  type RuleMeta,
  type PyRule,
  type TextRule,
  type TsRule,
  type TsRuleContext,
} from './rule';
import { INTERNAL_ERROR, NOT_ANALYZED } from './builtin';
import { assignFingerprints, lineHashes } from './fingerprint';
import { sha256Hex } from './hash';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { runTextRules } from './text-rules';
import { lexicalFlags } from './fallback';
import { runPyRules } from './py-rules';
import { runNotebook } from './notebook';
import { budgetExceeded, dispatchEvents, type RunBudget, type Visitor } from './dispatch';

export interface Limits {
  /** Files larger than this are not parsed. */
  maxBytes: number;
  /** Wall-clock budget per file for the walk and the rules. */
  timeMs: number;
  /** Syntax nodes per file. */
  maxNodes: number;
  /** How much the JS heap may grow while one file is analyzed, in MiB (measured where `heapUsed` is given). */
  maxHeapMb: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 4 * 1024 * 1024, timeMs: 15_000, maxNodes: 5_000_000, maxHeapMb: 1536 };

/** A finding as the engine produces it: `code` is the flagged code, used for fingerprints. */
export interface EngineFinding extends Finding {
  code: string;
  /** Which of the rule's messages produced it (the rule tester checks this). */
  messageId: string;
  /** File-level findings (not analyzable) are kept in diff reviews whatever lines changed. */
  fileLevel?: boolean;
  /** GitHub's `primaryLocationLineHash` of the finding's first line, when the file was text. */
  lineHash?: string;
  /** Set with the fingerprint: the hash of the normalized flagged code, and its occurrence index. */
  codeHash?: string;
  occurrence?: number;
}

export interface FileAnalysis {
  findings: EngineFinding[];
  notAnalyzed?: NotAnalyzed;
  /** The decoded text, when the file was text. */
  text?: string;
  lines?: LineIndex;
}

export interface AnalyzeOptions {
  rules: readonly Rule[];
  limits?: Partial<Limits>;
  /** In a review, binary files are reported as findings; in a scan they are listed as not analyzed. */
  mode: 'scan' | 'review';
  now?: () => number;
  /** Compute GitHub's `primaryLocationLineHash` for each finding (only SARIF output needs it). */
  lineHashes?: boolean;
  /** In a review: the other files of the change, so a capability re-exported by one is seen where another uses it. */
  linker?: ModuleLinker;
  /** The same for the change's Python files. */
  pyLinker?: PyLinker;
  /** Files another file of the change loads as JavaScript whatever their extension (`require('./x.tpl')`). */
  loadedAsJs?: ReadonlySet<string>;
  /** The JS heap in use, in bytes, for the per-file memory limit (`maxHeapMb`); Node adapters pass it. */
  heapUsed?: () => number;
}

/**
 * A file-level flag ("not analyzed", "binary") is about the whole file: its code is the file's
 * content hash, so resolving it approves this content only.
 */
function tagWithContent(result: FileAnalysis, content: () => string): FileAnalysis {
  const fileLevel = result.findings.filter((f) => f.fileLevel);
  if (fileLevel.length === 0) {
    return result;
  }
  const digest = content();
  for (const finding of fileLevel) {
    finding.code = `${finding.code}:${digest}`;
  }
  assignFingerprints(result.findings);
  return result;
}

export function analyzeFile(path: string, bytes: Uint8Array, options: AnalyzeOptions): FileAnalysis {
  return tagWithContent(analyzeFileContent(path, bytes, options), () => bytesToHex(sha256(bytes)));
}

function analyzeFileContent(path: string, bytes: Uint8Array, options: AnalyzeOptions): FileAnalysis {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxBytes) {
    const reason = `over the size limit (${bytes.length} bytes; the limit is ${limits.maxBytes})`;
    return withFallback(fileLevel(path, 'limit', { reason }, 'medium', reason), path, lossyText(bytes), 'over the size limit');
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'invalid') {
    return withFallback(
      fileLevel(path, 'encoding', { reason: decoded.reason }, 'high', decoded.reason),
      path,
      lossyText(bytes),
      decoded.reason,
    );
  }
  if (decoded.kind === 'binary') {
    const result = binaryFile(path, decoded.format, options.mode);
    // Text with NUL bytes (no binary format): still read as text for risky names.
    return decoded.format === undefined ? withFallback(result, path, lossyText(bytes), 'NUL bytes in text') : result;
  }
  return analyzeTextContent(path, decoded.text, options);
}

export function analyzeText(path: string, text: string, options: AnalyzeOptions): FileAnalysis {
  return tagWithContent(analyzeTextContent(path, text, options), () => sha256Hex(text));
}

function analyzeTextContent(path: string, text: string, options: AnalyzeOptions): FileAnalysis {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // The heap this file may grow to: measured from where it starts, so earlier files do not count.
  const heap = options.heapUsed ? { heapUsed: options.heapUsed, maxHeap: options.heapUsed() + limits.maxHeapMb * 1024 * 1024 } : {};
  const lines = new LineIndex(text);
  // A page or component: its `<script>` blocks are analyzed as JS/TS, everything else blanked.
  const markup = MARKUP_EXTENSIONS.has(extensionOf(path)) ? embeddedScripts(text) : undefined;
  const info = markup?.language ?? languageOf(path, lines.lineText(1)) ?? loadedAsJs(path, text, options);
  const findings: EngineFinding[] = [];
  let notAnalyzed: NotAnalyzed | undefined;
  const notebook = extensionOf(path) === '.ipynb';
  // A `.pth` file in site-packages: Python's `site` module runs its `import` lines at every start.
  const pth = extensionOf(path) === '.pth';
  const python = pth || (!info && !notebook && isPythonPath(path, lines.lineText(1)));
  const textRules = options.rules.filter((r): r is TextRule => r.kind === 'text');
  // A JS/TS file is parsed once: the text rules read its comments through the same tree.
  const code = markup?.code ?? text;
  const parsed = info && !notebook ? parseJs(code, info) : undefined;
  if (textRules.length > 0 && !notebook) {
    // Markup is read as text: its comments and prose are outside the scripts' syntax tree.
    const program = parsed?.ok && !markup ? parsed.program : undefined;
    findings.push(...runTextRules(path, text, lines, textRules, python ? 'python' : markup ? undefined : info?.language, program));
  }
  if (!info && !python && !notebook && isDataFile(path)) {
    const now = options.now ?? (() => performance.now());
    findings.push(
      ...codeInData(path, text, lines, options.rules, { deadline: now() + limits.timeMs, now, maxNodes: limits.maxNodes, ...heap }),
    );
  }
  if (notebook) {
    const now = options.now ?? (() => performance.now());
    const pyRules = options.rules.filter((r): r is PyRule => r.kind === 'py');
    const run = runNotebook(
      path,
      text,
      lines,
      { text: textRules, py: pyRules },
      { deadline: now() + limits.timeMs, now, maxNodes: limits.maxNodes, ...heap },
    );
    findings.push(...run.findings);
    if (run.limit) {
      notAnalyzed = { path, reason: run.limit.reason };
      findings.push(makeFileLevel(path, NOT_ANALYZED, run.limit.messageId, { reason: run.limit.reason }, run.limit.severity));
      if (run.unread) {
        findings.push(...lexicalFlags(path, text, run.limit.reason));
      }
    }
  } else if (python) {
    const now = options.now ?? (() => performance.now());
    const pyRules = options.rules.filter((r): r is PyRule => r.kind === 'py');
    const run = runPyRules(
      path,
      pth ? pthCode(text) : text,
      lines,
      pyRules,
      { deadline: now() + limits.timeMs, now, maxNodes: limits.maxNodes, ...heap },
      [],
      0,
      options.pyLinker,
    );
    findings.push(...run.findings);
    if (run.limit) {
      notAnalyzed = { path, reason: run.limit.reason };
      const messageId = run.limit.messageId === 'syntax' ? 'partial' : 'limit';
      findings.push(makeFileLevel(path, NOT_ANALYZED, messageId, { reason: run.limit.reason }, run.limit.severity));
      if (messageId === 'limit') {
        findings.push(...lexicalFlags(path, text, run.limit.reason, run.findings));
      }
    } else if (/[\u2028\u2029]/.test(text)) {
      // Editors may draw a line break where Python's tokenizer sees none (and tree-sitter guesses).
      const reason = 'a Unicode line separator (U+2028/U+2029) in Python source, which editors may show as a line break';
      notAnalyzed = { path, reason };
      findings.push(makeFileLevel(path, NOT_ANALYZED, 'partial', { reason }, 'medium'));
      findings.push(...lexicalFlags(path, text, reason, run.findings));
    }
  } else if (parsed) {
    const tsRules = options.rules.filter((r): r is TsRule => r.kind === 'ts');
    if (!parsed.ok) {
      const deep = parsed.reason.startsWith('nesting');
      const result = fileLevel(
        path,
        deep ? 'limit' : 'syntax',
        deep ? { reason: parsed.reason } : { reason: parsed.reason, line: parsed.line, column: parsed.column },
        deep ? 'high' : 'medium',
        parsed.reason,
      );
      result.findings.push(...findings);
      result.findings.push(...lexicalFlags(path, text, deep ? parsed.reason : 'syntax error'));
      assignFingerprints(result.findings);
      if (options.lineHashes) {
        addLineHashes(result.findings, text);
      }
      return { ...result, text, lines };
    }
    const now = options.now ?? (() => performance.now());
    const run = runTsRules(
      path,
      code,
      lines,
      parsed.program,
      tsRules,
      { deadline: now() + limits.timeMs, now, maxNodes: limits.maxNodes, ...heap },
      0,
      options.linker,
    );
    findings.push(...run.findings);
    if (run.limit) {
      notAnalyzed = { path, reason: run.limit };
      findings.push(makeFileLevel(path, NOT_ANALYZED, 'limit', { reason: run.limit }, 'high'));
      findings.push(...lexicalFlags(path, text, run.limit, run.findings));
    }
  }
  assignFingerprints(findings);
  if (options.lineHashes) {
    addLineHashes(findings, text);
  }
  return { findings, notAnalyzed, text, lines };
}

/** Sets `lineHash` on findings, hashing the text once. */
export function addLineHashes(findings: EngineFinding[], text: string): void {
  if (findings.length === 0) {
    return;
  }
  const hashes = lineHashes(text, new Set(findings.map((f) => f.line)));
  for (const finding of findings) {
    finding.lineHash = hashes.get(finding.line);
  }
}

/** A file-level "not analyzed" finding for a reason found outside the engine (unreadable, too large, partial patch). */
export function notAnalyzedFinding(path: string, reason: string, severity: Severity = 'high', contentId?: string): EngineFinding {
  const finding = makeFileLevel(path, NOT_ANALYZED, 'limit', { reason }, severity);
  // Resolving it approves this content only (and the reason, which names the size).
  finding.code = `limit:${reason}:${contentId ?? ''}`;
  assignFingerprints([finding]);
  return finding;
}

/** The finding that stands in for a rule that threw: in the rule's category, never a silent gap. */
export function internalErrorFinding(path: string, rule: RuleMeta<unknown>, error: unknown): EngineFinding {
  const message = error instanceof Error ? error.message : String(error);
  const finding = makeFileLevel(path, INTERNAL_ERROR, 'crash', { rule: rule.id, error: message.slice(0, 200) }, 'high');
  finding.category = rule.category;
  finding.code = `crash:${rule.id}`;
  return finding;
}

/**
 * The code of a `.pth` file: its lines that start with `import` (which `site` executes), every
 * other line (a path added to `sys.path`) blanked to spaces so offsets stay the same.
 */
function pthCode(text: string): string {
  return text.replace(/^.*$/gm, (line) => (/^import[ \t]/.test(line) ? line : ' '.repeat(line.length)));
}

/** Bytes that are not valid text, read as UTF-8 anyway (invalid sequences replaced) for the fallback. */
function lossyText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024 * 1024));
}

/** A file-level result plus the text fallback's flags. */
function withFallback(result: FileAnalysis, path: string, text: string, reason: string): FileAnalysis {
  const extra = lexicalFlags(path, text, reason);
  if (extra.length === 0) {
    return result;
  }
  const findings = [...result.findings, ...extra];
  assignFingerprints(findings);
  return { ...result, findings };
}

function binaryFile(path: string, format: string | undefined, mode: 'scan' | 'review'): FileAnalysis {
  if (isExecutableFormat(format)) {
    return fileLevel(path, 'executable', { format: format ?? 'unknown' }, 'high', `executable binary (${format})`);
  }
  const ext = extensionOf(path);
  if (format === undefined || CODE_EXTENSIONS.has(ext)) {
    const reason =
      format === undefined
        ? 'binary content in no recognizable format (text with NUL bytes?)'
        : `a ${ext} file whose content is a ${format}`;
    return fileLevel(path, 'disguised', { reason }, 'high', reason);
  }
  const reason = `binary file (${format})`;
  if (mode === 'review') {
    return fileLevel(path, 'binary', { format }, 'low', reason);
  }
  return { findings: [], notAnalyzed: { path, reason } };
}

function fileLevel(
  path: string,
  messageId: string,
  data: Record<string, string | number>,
  severity: Severity,
  reason: string,
): FileAnalysis {
  const findings = [makeFileLevel(path, NOT_ANALYZED, messageId, data, severity)];
  assignFingerprints(findings);
  return { findings, notAnalyzed: { path, reason } };
}

function makeFileLevel(
  path: string,
  meta: RuleMeta<unknown>,
  messageId: string,
  data: Record<string, string | number>,
  severity: Severity,
): EngineFinding {
  const message = formatMessage(meta.messages[messageId], data);
  return {
    ruleId: meta.id,
    category: meta.category,
    severity,
    message,
    path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    snippet: '',
    fingerprint: '',
    source: 'static',
    code: `${messageId}`,
    messageId,
    fileLevel: true,
  };
}

interface TsRunResult {
  findings: EngineFinding[];
  limit?: string;
}

type Handler = (node: Node) => void;

/**
 * Where a code string is written plainly in the file, character for character (a literal without
 * escapes, possibly through a constant): its one occurrence in the text. Undefined when it is not
 * there (folded, decoded, escaped) or not only there.
 */
export function plainOffset(text: string, code: string): number | undefined {
  const at = text.indexOf(code);
  return at >= 0 && text.indexOf(code, at + 1) < 0 ? at : undefined;
}

/** Bytes (one char per byte) as text, when they are text (not binary, not invalid UTF-8). */
function utf8Text(bytes: string): string | undefined {
  const array = Uint8Array.from(bytes, (c) => c.charCodeAt(0) & 0xff);
  const decoded = decodeBytes(array);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/** How deep code strings inside code strings are followed, and how much of them. */
export const MAX_EMBED_DEPTH = 3;
export const MAX_EMBEDDED_CODE = 200_000;
export const MAX_EMBEDDED_PER_FILE = 64;

interface Embedded {
  node: Node;
  code: string;
  functionBody: boolean;
  /** Offset in the outer text of the code's first character, when the string is written plainly. */
  offset?: number;
  /** The one encoded literal the code was decoded from, when it is written apart from `node`: flags land on it. */
  payload?: Node;
}

function runTsRules(
  path: string,
  text: string,
  lines: LineIndex,
  program: TSESTree.Program,
  rules: readonly TsRule[],
  limits: RunBudget & { maxNodes: number },
  depth = 0,
  linker?: ModuleLinker,
): TsRunResult {
  const findings: EngineFinding[] = [];
  const embedded: Embedded[] = [];
  const handlers = new Map<string, Visitor<TsRule, Node>[]>();
  const exits: { rule: TsRule; fn: () => void }[] = [];
  const failed = new Set<TsRule>();
  const seen = new Set<string>();
  /** Filled in after the walk; rules may only resolve names while visiting. */
  const state: { model?: FileModel; evaluator?: Evaluator } = {};
  const isTestFile = isTestPath(path);

  const fail = (rule: TsRule, error: unknown): void => {
    if (failed.has(rule)) {
      return;
    }
    failed.add(rule);
    findings.push(internalErrorFinding(path, rule.meta, error));
  };

  for (const rule of rules) {
    const context = makeContext(rule);
    let visitors;
    try {
      visitors = rule.create(context);
    } catch (error) {
      fail(rule, error);
      continue;
    }
    for (const [type, fn] of Object.entries(visitors)) {
      if (type === 'Program:exit') {
        exits.push({ rule, fn: fn as () => void });
        continue;
      }
      const list = handlers.get(type);
      const entry = { rule, fn: fn as Handler };
      if (list) {
        list.push(entry);
      } else {
        handlers.set(type, [entry]);
      }
    }
  }

  let model: FileModel;
  try {
    model = buildModel(program, new Set(handlers.keys()), limits);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      return { findings, limit: error.message };
    }
    throw error;
  }
  state.model = model;
  state.evaluator = new Evaluator(model, linker && { path, linker }, text);

  const stopped = dispatchEvents(model.events, handlers, failed, fail, limits);
  if (stopped) {
    return { findings, limit: stopped };
  }
  for (const { rule, fn } of exits) {
    if (!failed.has(rule)) {
      try {
        fn();
      } catch (error) {
        fail(rule, error);
      }
    }
  }
  const limit = analyzeEmbedded();
  return { findings: dropYielded(findings, new Set(rules.filter((r) => r.meta.yields).map((r) => r.meta.id))), limit };

  /**
   * Code strings are analyzed as code. A string written plainly (no escapes) maps back exactly,
   * so a flag lands on the line inside it; any other (folded, decoded) is reported on the
   * expression that produced it.
   */
  function analyzeEmbedded(): string | undefined {
    for (const item of embedded) {
      const source = item.functionBody ? `(function anonymous() {\n${item.code}\n})` : item.code;
      const shift = item.functionBody ? '(function anonymous() {\n'.length : 0;
      let parsed = parseJs(source, { language: 'js', jsx: false });
      if (!parsed.ok && !item.functionBody) {
        parsed = parseJs(source, { language: 'ts', jsx: false });
      }
      if (!parsed.ok) {
        continue;
      }
      const innerLines = new LineIndex(source);
      const run = runTsRules(path, source, innerLines, parsed.program, rules, limits, depth + 1, linker);
      const [argStart, argEnd] = item.node.range;
      for (const inner of run.findings) {
        if (inner.fileLevel) {
          continue;
        }
        let start = item.payload?.range[0] ?? argStart;
        let end = item.payload?.range[1] ?? argEnd;
        if (item.offset !== undefined) {
          const innerStart = innerLines.lineStart(inner.line) + inner.column - 1 - shift;
          const innerEnd = innerLines.lineStart(inner.endLine) + inner.endColumn - 1 - shift;
          if (innerStart >= 0 && innerEnd <= item.code.length) {
            start = item.offset + innerStart;
            end = item.offset + innerEnd;
          }
        } else {
          // A folded string (joined lines, concatenated pieces): when the flagged code is written
          // once, plainly, somewhere in this file, the flag lands there.
          const innerStart = innerLines.lineStart(inner.line) + inner.column - 1;
          const innerEnd = innerLines.lineStart(inner.endLine) + inner.endColumn - 1;
          const at = uniqueOccurrence(text, source.slice(innerStart, innerEnd));
          if (at !== undefined) {
            start = at;
            end = at + (innerEnd - innerStart);
          }
        }
        const range = lines.range(start, end);
        const key = `${inner.ruleId}\u0000${start}\u0000${end}\u0000${inner.message}`;
        const already = findings.some(
          (f) =>
            f.ruleId === inner.ruleId &&
            f.line === range.line &&
            f.column === range.column &&
            f.endLine === range.endLine &&
            f.endColumn === range.endColumn,
        );
        if (seen.has(key) || already) {
          continue;
        }
        seen.add(key);
        findings.push({
          ...inner,
          message: `${inner.message} (in code that runs from a string)`,
          ...range,
          snippet: snippetOf(lines, range.line, range.endLine),
          related: [{ path, ...lines.range(argStart, argEnd), message: 'the string that runs as code' }],
          code: inner.code,
        });
      }
      if (run.limit) {
        return run.limit;
      }
    }
    return undefined;
  }

  function makeContext(rule: TsRule): TsRuleContext {
    const ev = (): Evaluator => {
      if (!state.evaluator) {
        throw new Error('name resolution is only available while visiting nodes');
      }
      return state.evaluator;
    };
    return {
      path,
      sourceText: text,
      isTestFile,
      values: (node) => ev().values(node),
      refs: (node) => ev().refs(node),
      callTargets: (node) => ev().callTargets(node),
      strings: (node) => ev().strings(node),
      imports: () => state.model?.imports ?? [],
      usedNames: () => state.model?.usedNames ?? new Set<string>(),
      declarators: (name) => state.model?.declarators.get(name) ?? [],
      text: (node) => text.slice(node.range[0], node.range[1]),
      enclosingFunction: (node) => enclosingFunction(node),
      program: () => program,
      report: (descriptor) => report(rule, descriptor),
      runsAsCode: (node, options) => runsAsCode(node, options?.functionBody ?? false),
    };
  }

  /** An import of another file in the change, on the way to a flagged capability: where that file exports it. */
  function importChain(node: Node): RelatedLocation[] {
    if (!linker) {
      return [];
    }
    const spec = node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier';
    const site = spec && node.parent ? node.parent : node;
    const match = /(?:from\s*|require\s*\(\s*|import\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/.exec(text.slice(site.range[0], site.range[1]));
    const exports = match ? linker.resolve(path, match[2]) : undefined;
    if (!exports) {
      return [];
    }
    const imported =
      node.type === 'ImportSpecifier'
        ? [node.imported.type === 'Identifier' ? node.imported.name : String(node.imported.value)]
        : node.type === 'ImportDefaultSpecifier'
          ? ['default']
          : [];
    const where = linkedSite(exports, imported);
    return where ? [{ path: exports.path, ...where, message: `exported here, and imported as \`${match?.[2]}\`` }] : [];
  }

  function runsAsCode(node: Node, functionBody: boolean): void {
    if (depth >= MAX_EMBED_DEPTH || embedded.length >= MAX_EMBEDDED_PER_FILE || embedded.some((e) => e.node === node)) {
      return;
    }
    const codes = codeStrings(node);
    for (const code of (codes ?? []).slice(0, 4)) {
      if (code.length > MAX_EMBEDDED_CODE || !/[(`=[]/.test(code)) {
        continue;
      }
      const offset = plainOffset(text, code);
      embedded.push({ node, code, functionBody, offset, payload: offset === undefined ? payloadLiteral(node) : undefined });
    }
  }

  /**
   * The constant strings an expression can be, with decoded bytes (`Buffer.from(b64, 'base64')`)
   * read as UTF-8 text. Any of them may run, so each is analyzed even when the expression can
   * also be something unknown (`FORMULAS[name]` over a table of code strings).
   */
  function codeStrings(node: Node): string[] | undefined {
    const values = state.evaluator?.values(node) ?? [];
    const out: string[] = [];
    for (const value of values) {
      if (value.kind === 'str') {
        out.push(value.value);
      } else if (value.kind === 'bytes') {
        const decoded = utf8Text(value.value);
        if (decoded !== undefined) {
          out.push(decoded);
        }
      }
    }
    return out.length > 0 ? out : undefined;
  }

  /**
   * The single long string literal an expression decodes (through calls, members and `const`
   * names), when it is written on another line than the expression: `const BLOB = '<base64>'`
   * decoded as `Buffer.from(BLOB, 'base64')`. The code is in that literal, so its flags go there.
   */
  function payloadLiteral(node: Node): Node | undefined {
    const found: Node[] = [];
    const stack: { n: Node; depth: number }[] = [{ n: node, depth: 0 }];
    let steps = 0;
    while (stack.length > 0 && steps++ < 64) {
      const { n, depth: d } = stack.pop() as { n: Node; depth: number };
      if (d > 6) {
        continue;
      }
      switch (n.type) {
        case 'Literal':
          if (typeof n.value === 'string' && n.value.length >= 16) {
            found.push(n);
          }
          break;
        case 'ArrayExpression':
          // Code carried as numbers: `[88, 79, 91, ...]` decoded with `String.fromCharCode`.
          if (n.elements.length >= 16 && n.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'number')) {
            found.push(n);
          }
          break;
        case 'TemplateLiteral':
          if (n.expressions.length === 0 && (n.quasis[0]?.value.cooked ?? '').length >= 16) {
            found.push(n);
          }
          break;
        case 'Identifier': {
          const decls = state.model?.declarators.get(n.name) ?? [];
          if (decls.length === 1 && decls[0].init) {
            stack.push({ n: decls[0].init, depth: d + 1 });
          }
          break;
        }
        case 'CallExpression':
        case 'NewExpression':
          for (const arg of n.arguments) {
            stack.push({ n: arg, depth: d + 1 });
          }
          stack.push({ n: n.callee, depth: d + 1 });
          break;
        case 'MemberExpression':
          stack.push({ n: n.object, depth: d + 1 });
          break;
        case 'TSAsExpression':
        case 'TSNonNullExpression':
          stack.push({ n: n.expression, depth: d + 1 });
          break;
        case 'AwaitExpression':
          stack.push({ n: n.argument, depth: d + 1 });
          break;
        default:
          break;
      }
    }
    if (found.length !== 1) {
      return undefined;
    }
    const [literal] = found;
    return lines.range(literal.range[0], literal.range[1]).line === lines.range(node.range[0], node.range[1]).line ? undefined : literal;
  }

  function report(rule: TsRule, descriptor: ReportDescriptor): void {
    const template = rule.meta.messages[descriptor.messageId];
    if (template === undefined) {
      throw new Error(`unknown messageId "${descriptor.messageId}"`);
    }
    const message = formatMessage(template, descriptor.data);
    const [start, end] = descriptor.node.range;
    const range = lines.range(start, end);
    const key = `${rule.meta.id}\u0000${start}\u0000${end}\u0000${message}`;
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    const related: RelatedLocation[] = [];
    for (const node of descriptor.trace ?? []) {
      if (node.range[0] <= start && node.range[1] >= end) {
        continue;
      }
      related.push({ path, ...lines.range(node.range[0], node.range[1]), message: 'reached through this declaration' });
      related.push(...importChain(node));
    }
    for (const item of descriptor.related ?? []) {
      related.push({ path, ...lines.range(item.node.range[0], item.node.range[1]), message: item.message });
    }
    findings.push({
      ruleId: rule.meta.id,
      category: descriptor.category ?? rule.meta.category,
      severity: descriptor.severity ?? rule.meta.severity,
      message,
      path,
      ...range,
      snippet: snippetOf(lines, range.line, range.endLine),
      fingerprint: '',
      source: 'static',
      related: related.length > 0 ? related : undefined,
      // The whole flagged code: a resolution approves all of it, not a prefix.
      code: text.slice(start, end),
      messageId: descriptor.messageId,
    });
  }
}

/**
 * Drops a catch-all rule's finding where a specific rule flagged an overlapping line in the same
 * category, and keeps only the first of several catch-all findings on the same lines and category.
 */
export function dropYielded(findings: EngineFinding[], yielding: ReadonlySet<string>): EngineFinding[] {
  if (yielding.size === 0) {
    return findings;
  }
  const overlaps = (a: EngineFinding, b: EngineFinding): boolean => a.category === b.category && a.line <= b.endLine && b.line <= a.endLine;
  const specific = findings.filter((f) => !yielding.has(f.ruleId));
  const kept: EngineFinding[] = [];
  for (const f of findings) {
    if (yielding.has(f.ruleId) && (specific.some((s) => overlaps(s, f)) || kept.some((k) => yielding.has(k.ruleId) && overlaps(k, f)))) {
      continue;
    }
    kept.push(f);
  }
  return kept;
}

function enclosingFunction(node: Node): Node {
  let current = node.parent;
  while (current) {
    if (
      current.type === 'FunctionDeclaration' ||
      current.type === 'FunctionExpression' ||
      current.type === 'ArrowFunctionExpression' ||
      current.type === 'Program'
    ) {
      return current;
    }
    current = current.parent;
  }
  return node;
}

/** Where `needle` occurs in `text` when it occurs exactly once and is long enough to mean something. */
function uniqueOccurrence(text: string, needle: string): number | undefined {
  if (needle.trim().length < 8) {
    return undefined;
  }
  const first = text.indexOf(needle);
  return first >= 0 && text.indexOf(needle, first + 1) < 0 ? first : undefined;
}

/** Categories a code string in a data file is flagged in: what it can do, not how it is written. */
const DATA_CODE_CATEGORIES = new Set(['process', 'dynamic-code', 'network', 'filesystem', 'sandbox-escape', 'secrets']);

/**
 * String values of a JSON/YAML file that parse as JavaScript (a program, or a template literal)
 * or as Python are analyzed as code; flags land in the data file, where the string is written.
 */
function codeInData(
  path: string,
  text: string,
  lines: LineIndex,
  rules: readonly Rule[],
  limits: RunBudget & { maxNodes: number },
): EngineFinding[] {
  const tsRules = rules.filter((r): r is TsRule => r.kind === 'ts');
  const pyRules = rules.filter((r): r is PyRule => r.kind === 'py');
  const out: EngineFinding[] = [];
  for (const item of codeLikeStrings(path, text)) {
    if (budgetExceeded(limits)) {
      break;
    }
    let inner: EngineFinding[] | undefined;
    let source = item.value;
    let wrapped = false;
    let parsed = parseJs(source, { language: 'js', jsx: false });
    if (!parsed.ok && source.includes('${')) {
      // A template placeholder (`Hello ${require('os').userInfo().username}`), as a template literal.
      source = `\`${item.value.replace(/`/g, '\\`')}\``;
      wrapped = true;
      parsed = parseJs(source, { language: 'js', jsx: false });
    }
    const innerLines = new LineIndex(source);
    if (parsed.ok) {
      inner = runTsRules(path, source, innerLines, parsed.program, tsRules, limits, MAX_EMBED_DEPTH - 1).findings;
    } else if (pyRules.length > 0 && /\b(import|os\.|subprocess|eval|exec|open)\b/.test(source)) {
      const run = runPyRules(path, source, innerLines, pyRules, limits, [], MAX_EMBED_DEPTH - 1);
      inner = run.limit ? undefined : run.findings;
    }
    // Offsets map straight into the value unless backticks had to be escaped to wrap it.
    const exact = !wrapped || !item.value.includes('`');
    const lead = wrapped ? 1 : 0;
    for (const finding of inner ?? []) {
      if (finding.fileLevel || !DATA_CODE_CATEGORIES.has(finding.category)) {
        continue;
      }
      const innerStart = innerLines.lineStart(finding.line) + finding.column - 1;
      const innerEnd = innerLines.lineStart(finding.endLine) + finding.endColumn - 1;
      let start = item.start;
      let end = item.end;
      if (exact && item.plain !== undefined && innerStart - lead >= 0 && innerEnd - lead <= item.value.length) {
        start = item.plain + innerStart - lead;
        end = item.plain + innerEnd - lead;
      } else {
        const at = uniqueOccurrence(text, source.slice(innerStart, innerEnd));
        if (at !== undefined) {
          start = at;
          end = at + (innerEnd - innerStart);
        }
      }
      const range = lines.range(start, end);
      if (out.some((f) => f.ruleId === finding.ruleId && f.line === range.line && f.column === range.column)) {
        continue;
      }
      out.push({
        ...finding,
        path,
        message: `${finding.message} (in code stored as data in this file: whatever loads it and runs it runs this)`,
        ...range,
        snippet: snippetOf(lines, range.line, range.endLine),
        related: undefined,
      });
    }
  }
  return out;
}

/** A file the change's JS loads as code (`require('./header.tpl')`): JavaScript, when it parses as such. */
function loadedAsJs(path: string, text: string, options: AnalyzeOptions): LanguageInfo | undefined {
  if (!options.loadedAsJs?.has(path)) {
    return undefined;
  }
  const info: LanguageInfo = { language: 'js', jsx: false };
  return parseJs(text, info).ok ? info : undefined;
}
