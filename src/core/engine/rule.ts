/**
 * The rule shape. A rule is one file: `meta` says everything about it (what it flags, why it
 * matters for AI-written code, examples, message templates), `create`/`check` only looks.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Category, Severity } from '../model/finding';
import type { CallTargets } from '../js/evaluate';
import type { Node } from '../js/scope';
import type { RefValue, Value } from '../js/values';
import type { ImportSite } from '../js/model';
import type { FileChange } from '../diff/change';
import type { LineChanges } from '../diff/lines';
import type { LineIndex } from '../text/lines';
import type { PyNode } from '../python/tree';
import type { PyValue } from '../python/evaluate';
import type { PyImport } from '../python/model';
import type { NotebookMagic } from '../python/notebook';

export interface RuleMeta<Example = string> {
  id: string;
  category: Category;
  /** The default severity; a report may raise or lower it for a specific finding. */
  severity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** Why it matters when the code was written by an AI agent. */
  why: string;
  /** Examples that must be flagged and examples that must not; checked by the registry test. */
  incorrect: Example[];
  correct: Example[];
  /** Message templates with `{{placeholders}}`. */
  messages: Record<string, string>;
  /**
   * A catch-all rule: its finding is dropped when another rule flags an overlapping line in the
   * same category (the more specific finding says more).
   */
  yields?: boolean;
}

export interface ReportDescriptor {
  node: Node;
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** For rules that cover several categories (capability imports): the category of this finding. */
  category?: Category;
  /** Declarations the finding was reached through (aliases): shown as related locations and,
   * in a diff review, a change to any of them keeps the finding even if the flagged line is old. */
  trace?: readonly Node[];
  related?: { node: Node; message: string }[];
}

type NodeOfType<K extends string> = Extract<TSESTree.Node, { type: K }>;

export type TsVisitors = {
  [K in TSESTree.Node['type']]?: (node: NodeOfType<K>) => void;
} & {
  /** Runs once after every node has been visited. */
  'Program:exit'?: () => void;
};

export interface TsRuleContext {
  /** Path relative to the review or scan root, forward slashes. */
  readonly path: string;
  readonly sourceText: string;
  readonly isTestFile: boolean;
  /** What an expression can evaluate to (aliases, constant folding, global roots resolved). */
  values(node: Node): Value[];
  /** The refs among `values(node)`. */
  refs(node: Node): RefValue[];
  /** What a call actually calls, seen through `.call/.apply/.bind`, `Reflect.apply` and aliases. */
  callTargets(node: TSESTree.CallExpression | TSESTree.NewExpression): CallTargets;
  /** The constant strings an expression can be, or undefined if it is not constant. */
  strings(node: Node): string[] | undefined;
  /** Syntactic import sites (import declarations, `require('x')`, `import('x')`). */
  imports(): readonly ImportSite[];
  /** Names used as values anywhere in the file (not declarations, import specifiers, types or property keys). */
  usedNames(): ReadonlySet<string>;
  /** The file's variable declarators of a plain name, in any scope, in source order. */
  declarators(name: string): readonly TSESTree.VariableDeclarator[];
  /** Source text of a node. */
  text(node: Node): string;
  /** The parsed file. */
  program(): Node;
  /** The innermost function containing a node, or the program. */
  enclosingFunction(node: Node): Node;
  report(descriptor: ReportDescriptor): void;
  /**
   * Says that the constant string(s) `node` evaluates to will run as code (`eval`, `Function`,
   * `vm`, string timers, eval workers): the engine analyzes them as JavaScript too, recursively
   * up to a depth bound, and reports what they do on `node`'s lines. `functionBody` when the
   * string is a function body (`new Function('a', body)`), which may `return` at its top level.
   */
  runsAsCode(node: Node, options?: { functionBody?: boolean }): void;
}

export interface TsRule {
  kind: 'ts';
  meta: RuleMeta;
  create(context: TsRuleContext): TsVisitors;
}

/** An example for a diff rule: a file before and after a change. */
export interface DiffExample {
  change: FileChange;
}

export interface DiffReport {
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** For rules that cover several categories: the category of this finding. */
  category?: Category;
  /** 1-based line in the new file (the removed side anchors to the nearest new line). Default 1. */
  line?: number;
  /** Last line of the span the finding covers (a changed block, a lockfile entry). Default `line`. */
  endLine?: number;
  side?: 'new' | 'removed';
  /** The code the finding is about when it is not on the new side (the removed text, quoted). */
  snippet?: string;
}

export interface DiffRuleContext {
  readonly change: FileChange;
  /** Both versions as text, when they are text. */
  readonly oldText: string | undefined;
  readonly newText: string | undefined;
  /** Every path the change touches (old and new paths of all files), sorted; just this file's when unknown. */
  readonly changedPaths: readonly string[];
  /** Added lines of the new version and removed lines of the old one (anchored to the new version). */
  lineChanges(): LineChanges;
  report(descriptor: DiffReport): void;
}

export interface DiffRule {
  kind: 'diff';
  meta: RuleMeta<DiffExample>;
  check(context: DiffRuleContext): void;
}

/** An example for a text rule: a file's name and content. */
export interface TextExample {
  filename: string;
  code: string;
}

export interface TextReport {
  /** 0-based [start, end) offsets into the text. */
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  category?: Category;
}

export interface TextRuleContext {
  /** Path relative to the review or scan root, forward slashes. */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly isTestFile: boolean;
  /** The code language of the file, when Airlock parses it ('js', 'ts', 'python'). */
  readonly language: string | undefined;
  /** The syntax tree of a JS/TS file, when it parsed (the engine parses each file once). */
  readonly program?: TSESTree.Program;
  report(descriptor: TextReport): void;
}

/**
 * A rule that reads any text file as text: code, comments, strings, docs and configs alike
 * (invisible characters, text addressed to AI reviewers, hard-coded keys). Runs in scans and
 * reviews; in a review only findings on lines the change touched are kept.
 */
export interface TextRule {
  kind: 'text';
  meta: RuleMeta<TextExample>;
  check(context: TextRuleContext): void;
}

export type PyVisitors = Partial<Record<string, (node: PyNode) => void>> & {
  /** Runs once after every node has been visited. */
  'module:exit'?: () => void;
};

export interface PyReportDescriptor {
  node: PyNode;
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  category?: Category;
  /** Declarations the finding was reached through (aliases, imports). */
  trace?: readonly PyNode[];
  related?: { node: PyNode; message: string }[];
}

export interface PyRuleContext {
  readonly path: string;
  readonly sourceText: string;
  readonly isTestFile: boolean;
  /** What an expression can evaluate to (imports, aliases, getattr/importlib/builtins lookups, constant strings). */
  values(node: PyNode): PyValue[];
  /** Qualified names among the values: `os.system`, `builtins.eval`, `torch.Generator().manual_seed`. */
  names(node: PyNode): string[];
  refs(node: PyNode): Extract<PyValue, { kind: 'ref' }>[];
  /** Qualified names of what a call invokes. */
  callNames(call: PyNode): string[];
  strings(node: PyNode): string[] | undefined;
  numbers(node: PyNode): number[] | undefined;
  /** What a bare name means at a place in the file. */
  lookup(name: string, at: PyNode): PyValue[];
  imports(): readonly PyImport[];
  text(node: PyNode): string;
  root(): PyNode;
  /** The innermost function (or lambda) containing a node, or the module. */
  enclosingFunction(node: PyNode): PyNode;
  /** In a notebook: the IPython lines of code cells (`!pip install x`, `%%bash` cells), read as comments by the parser. */
  notebookMagics(): readonly NotebookMagic[];
  /** Reports a finding at offsets (for notebook magics, which have no syntax node). */
  reportAt(start: number, end: number, descriptor: Omit<PyReportDescriptor, 'node'>): void;
  report(descriptor: PyReportDescriptor): void;
  /**
   * Says that the constant string(s) `node` evaluates to will run as Python code (`exec`, `eval`,
   * `compile`): the engine analyzes them too, recursively up to a depth bound, and reports what
   * they do on the lines where the code is written (or on `node` when it was built or decoded).
   */
  runsAsCode(node: PyNode): void;
}

/** A Python rule: visitors keyed by tree-sitter node types (`call`, `assignment`, `attribute`...). */
export interface PyRule {
  kind: 'py';
  meta: RuleMeta;
  create(context: PyRuleContext): PyVisitors;
}

export type Rule = TsRule | DiffRule | TextRule | PyRule;

export function defineTsRule(rule: Omit<TsRule, 'kind'>): TsRule {
  return { kind: 'ts', ...rule };
}

export function definePyRule(rule: Omit<PyRule, 'kind'>): PyRule {
  return { kind: 'py', ...rule };
}

export function defineTextRule(rule: Omit<TextRule, 'kind'>): TextRule {
  return { kind: 'text', ...rule };
}

export function defineDiffRule(rule: Omit<DiffRule, 'kind'>): DiffRule {
  return { kind: 'diff', ...rule };
}

/** Fills `{{name}}` placeholders; an unknown placeholder is a bug in the rule, so it throws. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) {
      throw new Error(`message placeholder {{${key}}} has no value`);
    }
    return String(data[key]);
  });
}
