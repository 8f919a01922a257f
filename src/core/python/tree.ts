/**
 * Python syntax trees as plain objects. The tree-sitter runtime lives in WebAssembly and is
 * loaded by the Node adapter (`src/node/python.ts`); core only sees the `PythonParser` shape
 * below and copies each tree into `PyNode`s with one cursor walk, so rules never touch wasm
 * memory and the native tree is freed at once.
 */

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

/** The subset of a tree-sitter `TreeCursor` the copy needs. */
export interface SyntaxCursor {
  readonly nodeType: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldName: string | null;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

export type PyParseResult = { ok: true; root: PyNode; nodes: number; errors: number; errorChars: number } | { ok: false; reason: string };

/** Parses Python source; given by the Node adapter. */
export interface PythonParser {
  parse(text: string, limits: { maxNodes: number; deadline: number; now: () => number }): PyParseResult;
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
export function copyTree(cursor: SyntaxCursor, maxNodes: number): PyParseResult {
  const root = nodeAt(cursor, undefined);
  const counts = { nodes: 1, errors: 0, errorChars: 0 };
  let current = root;
  const enter = (parent: PyNode | undefined): boolean => {
    const node = nodeAt(cursor, parent);
    parent?.children.push(node);
    current = node;
    if (node.type === 'ERROR') {
      counts.errors++;
      counts.errorChars += node.end - node.start;
    } else if (node.missing) {
      counts.errors++;
    }
    return ++counts.nodes <= maxNodes;
  };
  for (;;) {
    if (cursor.gotoFirstChild()) {
      if (!enter(current)) {
        return { ok: false, reason: `more than ${maxNodes} syntax nodes` };
      }
      continue;
    }
    for (;;) {
      if (cursor.gotoNextSibling()) {
        if (!enter(current.parent)) {
          return { ok: false, reason: `more than ${maxNodes} syntax nodes` };
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

function nodeAt(cursor: SyntaxCursor, parent: PyNode | undefined): PyNode {
  return {
    type: cursor.nodeType,
    start: cursor.startIndex,
    end: cursor.endIndex,
    field: cursor.currentFieldName ?? undefined,
    named: cursor.nodeIsNamed,
    missing: cursor.nodeIsMissing,
    children: [],
    parent,
  };
}
