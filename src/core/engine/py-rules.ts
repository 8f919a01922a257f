/**
 * Runs the Python rules on one file: parse (through the installed tree-sitter parser), one walk
 * that builds the model and lists the nodes rules visit, then the visitors in document order.
 * A file the parser cannot read, or reads with substantial syntax errors, is flagged; a file
 * with a few errors is still analyzed (tree-sitter recovers around them).
 */
import type { RelatedLocation } from '../model/finding';
import { snippetOf, type LineIndex } from '../text/lines';
import { isTestPath } from '../model/language';
import { pythonParser } from '../python/tree';
import type { PyNode } from '../python/tree';
import { buildModel } from '../python/model';
import { PyEvaluator } from '../python/evaluate';
import type { NotebookMagic } from '../python/notebook';
import { dropYielded, internalErrorFinding, type EngineFinding } from './analyze';
import { formatMessage, type PyReportDescriptor, type PyRule, type PyRuleContext } from './rule';
import { dispatchEvents } from './dispatch';

export interface PyRunLimits {
  deadline: number;
  now: () => number;
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
  state.evaluator = new PyEvaluator(model, text);
  if (!dispatchEvents(model.events, handlers, failed, fail, limits)) {
    return { findings, limit: { messageId: 'limit', reason: 'analysis time limit reached', severity: 'high' } };
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
