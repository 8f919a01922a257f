/**
 * Runs the Python rules on one file: parse (through the installed tree-sitter parser), one walk
 * that builds the model and lists the nodes rules visit, then the visitors in document order.
 * A file the parser cannot read, or reads with substantial syntax errors, is flagged; a file
 * with a few errors is still analyzed (tree-sitter recovers around them).
 */
import type { RelatedLocation } from '../model/finding';
import { LineIndex, snippetOf } from '../text/lines';
import { isTestPath } from '../model/language';
import { pythonParser } from '../python/tree';
import type { PyNode } from '../python/tree';
import { buildModel } from '../python/model';
import { PyEvaluator } from '../python/evaluate';
import type { NotebookMagic } from '../python/notebook';
import type { PyLinker } from '../python/link';
import {
  dropYielded,
  internalErrorFinding,
  plainOffset,
  MAX_EMBED_DEPTH,
  MAX_EMBEDDED_CODE,
  MAX_EMBEDDED_PER_FILE,
  type EngineFinding,
} from './analyze';
import { formatMessage, type PyReportDescriptor, type PyRule, type PyRuleContext } from './rule';
import { dispatchEvents, type RunBudget } from './dispatch';

export interface PyRunLimits extends RunBudget {
  maxNodes: number;
}

export interface PyRunResult {
  findings: EngineFinding[];
  /** Why the file was not (fully) analyzed. */
  limit?: { messageId: 'limit' | 'syntax'; reason: string; severity: 'medium' | 'high' };
}

/** Syntax errors beyond this many, or covering this share of the file, make a file "not fully analyzed". */
const MAX_QUIET_ERRORS = 4;
const MAX_QUIET_ERROR_SHARE = 0.02;

export function runPyRules(
  path: string,
  text: string,
  lines: LineIndex,
  rules: readonly PyRule[],
  limits: PyRunLimits,
  magics: readonly NotebookMagic[] = [],
  depth = 0,
  linker?: PyLinker,
): PyRunResult {
  const parser = pythonParser();
  if (!parser) {
    return { findings: [], limit: { messageId: 'limit', reason: 'the Python parser is not loaded', severity: 'high' } };
  }
  const parsed = parser.parse(text, limits);
  if (!parsed.ok) {
    return { findings: [], limit: { messageId: 'limit', reason: parsed.reason, severity: 'high' } };
  }
  const findings: EngineFinding[] = [];
  const failed = new Set<PyRule>();
  const handlers = new Map<string, { rule: PyRule; fn: (node: PyNode) => void }[]>();
  const exits: { rule: PyRule; fn: () => void }[] = [];
  const seen = new Set<string>();
  const embedded: { node: PyNode; code: string; offset?: number }[] = [];
  const state: { evaluator?: PyEvaluator } = {};
  const root = parsed.root;
  const isTestFile = isTestPath(path);

  const fail = (rule: PyRule, error: unknown): void => {
    if (!failed.has(rule)) {
      failed.add(rule);
      findings.push(internalErrorFinding(path, rule.meta, error));
    }
  };
  const ev = (): PyEvaluator => {
    if (!state.evaluator) {
      throw new Error('name resolution is only available while visiting nodes');
    }
    return state.evaluator;
  };
  const report = (rule: PyRule, descriptor: PyReportDescriptor): void => {
    const template = rule.meta.messages[descriptor.messageId];
    if (template === undefined) {
      throw new Error(`unknown messageId "${descriptor.messageId}"`);
    }
    const message = formatMessage(template, descriptor.data);
    const { start, end } = descriptor.node;
    const key = `${rule.meta.id}\u0000${start}\u0000${end}\u0000${message}`;
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    const range = lines.range(start, end);
    const related: RelatedLocation[] = [];
    for (const node of descriptor.trace ?? []) {
      if (!(node.start <= start && node.end >= end)) {
        related.push({ path, ...lines.range(node.start, node.end), message: 'reached through this declaration' });
        related.push(...importChain(node));
      }
    }
    for (const item of descriptor.related ?? []) {
      related.push({ path, ...lines.range(item.node.start, item.node.end), message: item.message });
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
  };

  /** An import from another file of the change, on the way to a flagged capability: where that file binds it. */
  function importChain(node: PyNode): RelatedLocation[] {
    let statement: PyNode | undefined = node;
    for (let i = 0; i < 3 && statement && statement.type !== 'import_from_statement' && statement.type !== 'import_statement'; i++) {
      statement = statement.parent;
    }
    if (!linker || !statement || (statement.type !== 'import_from_statement' && statement.type !== 'import_statement')) {
      return [];
    }
    const words = text.slice(statement.start, statement.end).split(/[\s,()]+/);
    const module = statement.type === 'import_from_statement' ? words[1] : undefined;
    const exports = module ? linker.resolve(path, module) : undefined;
    const name = exports && [...exports.names.keys()].find((n) => words.includes(n));
    const site = name !== undefined ? exports?.names.get(name) : undefined;
    return exports && site ? [{ path: exports.path, ...site.at, message: `bound here, and imported from \`${module}\`` }] : [];
  }

  for (const rule of rules) {
    const context: PyRuleContext = {
      path,
      sourceText: text,
      isTestFile,
      values: (node) => ev().values(node),
      names: (node) => ev().names(node),
      refs: (node) => ev().refs(node),
      callNames: (node) => ev().callNames(node),
      strings: (node) => ev().strings(node),
      numbers: (node) => ev().numbers(node),
      lookup: (name, at) => ev().lookup(name, at),
      imports: () => model.imports,
      text: (node) => text.slice(node.start, node.end),
      root: () => root,
      enclosingFunction,
      notebookMagics: () => magics,
      report: (descriptor) => report(rule, descriptor),
      reportAt: (start, end, descriptor) => report(rule, { ...descriptor, node: pseudoNode(start, end) }),
      runsAsCode: (node) => {
        if (depth >= MAX_EMBED_DEPTH || embedded.length >= MAX_EMBEDDED_PER_FILE || embedded.some((e) => e.node === node)) {
          return;
        }
        for (const code of (ev().strings(node) ?? []).slice(0, 4)) {
          if (code.length <= MAX_EMBEDDED_CODE && /[(=[]/.test(code)) {
            embedded.push({ node, code, offset: plainOffset(text, code) });
          }
        }
      },
    };
    try {
      for (const [type, fn] of Object.entries(rule.create(context))) {
        if (!fn) {
          continue;
        }
        if (type === 'module:exit') {
          exits.push({ rule, fn: fn as () => void });
        } else {
          const list = handlers.get(type) ?? [];
          list.push({ rule, fn: fn as (node: PyNode) => void });
          handlers.set(type, list);
        }
      }
    } catch (error) {
      fail(rule, error);
    }
  }

  const model = buildModel(root, text, new Set(handlers.keys()));
  state.evaluator = new PyEvaluator(model, text, linker && { path, linker });
  const stopped = dispatchEvents(model.events, handlers, failed, fail, limits);
  if (stopped) {
    return { findings, limit: { messageId: 'limit', reason: stopped, severity: 'high' } };
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
  for (const item of embedded) {
    const innerLines = new LineIndex(item.code);
    const run = runPyRules(path, item.code, innerLines, rules, limits, [], depth + 1, linker);
    for (const inner of run.findings) {
      if (inner.fileLevel) {
        continue;
      }
      let { start, end } = item.node;
      if (item.offset !== undefined) {
        start = item.offset + innerLines.lineStart(inner.line) + inner.column - 1;
        end = item.offset + innerLines.lineStart(inner.endLine) + inner.endColumn - 1;
      }
      const key = `${inner.ruleId}\u0000${start}\u0000${end}\u0000${inner.message}`;
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      const range = lines.range(start, end);
      findings.push({
        ...inner,
        message: `${inner.message} (in code that runs from a string)`,
        ...range,
        snippet: snippetOf(lines, range.line, range.endLine),
        related: [{ path, ...lines.range(item.node.start, item.node.end), message: 'the string that runs as code' }],
      });
    }
  }
  const kept = dropYielded(findings, new Set(rules.filter((r) => r.meta.yields).map((r) => r.meta.id)));
  if (parsed.errors > MAX_QUIET_ERRORS || parsed.errorChars > Math.max(200, text.length * MAX_QUIET_ERROR_SHARE)) {
    const reason = `${parsed.errors} syntax error(s) cover ${parsed.errorChars} characters; the rest was analyzed`;
    return { findings: kept, limit: { messageId: 'syntax', reason, severity: 'medium' } };
  }
  return { findings: kept };
}

function enclosingFunction(node: PyNode): PyNode {
  let current = node.parent;
  while (current) {
    if (current.type === 'function_definition' || current.type === 'lambda' || current.type === 'module') {
      return current;
    }
    current = current.parent;
  }
  return node;
}

function pseudoNode(start: number, end: number): PyNode {
  return { type: 'magic', start, end, field: undefined, named: true, missing: false, children: [], parent: undefined };
}
