/**
 * Python syntax trees as plain objects. The tree-sitter runtime lives in WebAssembly and is
 * loaded by the Node adapter (`src/node/python.ts`); core only sees the `PythonParser` shape
 * below and copies each tree into `PyNode`s with one cursor walk, so rules never touch wasm
 * memory and the native tree is freed at once.
 */
import { budgetExceeded, type RunBudget } from '../model/budget';

export interface PyNode {
  type: string;
  /** UTF-16 offsets into the source, [start, end). */
  start: number;
  end: number;
  /** The field this node fills in its parent (`function`, `arguments`, `left`...). */
  field: string | undefined;
  /** Named nodes are syntax (identifiers, calls); the others are tokens (`=`, `(`, keywords). */
  named: boolean;
  missing: boolean;
  children: PyNode[];
  parent: PyNode | undefined;
}

/**
 * The subset of a tree-sitter `TreeCursor` the copy needs. Every property read crosses into
 * WebAssembly, so the copy reads numeric ids and looks names up in the `SyntaxVocabulary`.
 */
export interface SyntaxCursor {
  readonly nodeTypeId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldId: number;
  readonly nodeIsMissing: boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** A grammar's node type and field names by id (tree-sitter's `Language`). */
export interface SyntaxVocabulary {
  readonly types: readonly (string | null | undefined)[];
  readonly fields: readonly (string | null | undefined)[];
  nodeTypeIsNamed(typeId: number): boolean;
}

export type PyParseResult = { ok: true; root: PyNode; nodes: number; errors: number; errorChars: number } | { ok: false; reason: string };

/** Parses Python source; given by the Node adapter. */
export interface PythonParser {
  parse(text: string, limits: RunBudget & { maxNodes: number }): PyParseResult;
}

let installed: PythonParser | undefined;

/** Makes a loaded parser available to every analysis in this process (the adapters load it once at start-up). */
export function installPythonParser(parser: PythonParser | undefined): void {
  installed = parser;
}

export function pythonParser(): PythonParser | undefined {
  return installed;
}

/**
 * Copies the tree under a cursor into plain nodes, iteratively (a hostile file can nest
 * thousands deep). Counts syntax errors: `ERROR` nodes, `MISSING` tokens and the characters
 * inside `ERROR` nodes.
 */
export function copyTree(cursor: SyntaxCursor, vocabulary: SyntaxVocabulary, limits: RunBudget & { maxNodes: number }): PyParseResult {
  const maxNodes = limits.maxNodes;
  /** Why the copy stops (too many nodes, or the file's time or memory budget spent), checked every 4096 nodes. */
  let stopped: string | undefined;
  const named = new Map<number, boolean>();
  const nodeAt = (parent: PyNode | undefined): PyNode => {
    const typeId = cursor.nodeTypeId;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    let isNamed = named.get(typeId);
    if (isNamed === undefined) {
      isNamed = vocabulary.nodeTypeIsNamed(typeId);
      named.set(typeId, isNamed);
    }
    return {
      // tree-sitter's error symbol has no name in the grammar's table.
      type: vocabulary.types[typeId] || 'ERROR',
      start,
      end,
      field: parent ? (vocabulary.fields[cursor.currentFieldId] ?? undefined) : undefined,
      named: isNamed,
      // A missing token is inserted by error recovery and is always empty.
      missing: start === end && cursor.nodeIsMissing,
      children: [],
      parent,
    };
  };
  const root = nodeAt(undefined);
  const counts = { nodes: 1, errors: 0, errorChars: 0 };
  let current = root;
  const enter = (parent: PyNode | undefined): boolean => {
    const node = nodeAt(parent);
    parent?.children.push(node);
    current = node;
    if (node.type === 'ERROR') {
      counts.errors++;
      counts.errorChars += node.end - node.start;
    } else if (node.missing) {
      counts.errors++;
    }
    if (++counts.nodes > maxNodes) {
      stopped = `more than ${maxNodes} syntax nodes`;
    } else if ((counts.nodes & 4095) === 0) {
      stopped = budgetExceeded(limits);
    }
    return stopped === undefined;
  };
  for (;;) {
    if (cursor.gotoFirstChild()) {
      if (!enter(current)) {
        return { ok: false, reason: stopped as string };
      }
      continue;
    }
    for (;;) {
      if (cursor.gotoNextSibling()) {
        if (!enter(current.parent)) {
          return { ok: false, reason: stopped as string };
        }
        break;
      }
      if (!cursor.gotoParent() || !current.parent) {
        return { ok: true, root, ...counts };
      }
      current = current.parent;
    }
  }
}
