/**
 * Shared by the Python evaluation-tampering rules: which files are test code (test paths and
 * `conftest.py`), and small syntax helpers for decorators and `self.method(...)` calls.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';

/** Test files, `conftest.py` anywhere, and pytest plugins' hook files. */
export function isTestContext(ctx: PyRuleContext): boolean {
  return ctx.isTestFile || /(^|\/)conftest\.py$/.test(ctx.path);
}

export function isConftest(ctx: PyRuleContext): boolean {
  return /(^|\/)conftest\.py$/.test(ctx.path);
}

/** The callee of a decorator (`@pytest.mark.skip(reason=...)` -> `pytest.mark.skip`) and its call, if called. */
export function decoratorTarget(decorator: PyNode): { target: PyNode | undefined; call: PyNode | undefined } {
  const expr = namedChildren(decorator)[0];
  if (expr?.type === 'call') {
    return { target: field(expr, 'function'), call: expr };
  }
  return { target: expr, call: undefined };
}

/** `self.name(...)`: the method name, when the call is on `self` (or `cls`). */
export function selfMethod(ctx: PyRuleContext, call: PyNode): string | undefined {
  const fn = field(call, 'function');
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  if (!fn || !object || object.type !== 'identifier' || !/^(self|cls)$/.test(ctx.text(object))) {
    return undefined;
  }
  return ctx.text(field(fn, 'attribute') ?? fn);
}

/** Whether a node sits under an `if` (or `elif`/`else`, a conditional expression) inside its function or module. */
export function isConditional(node: PyNode): boolean {
  let current = node.parent;
  while (current && current.type !== 'function_definition' && current.type !== 'module') {
    if (['if_statement', 'elif_clause', 'else_clause', 'conditional_expression', 'except_clause', 'try_statement'].includes(current.type)) {
      return true;
    }
    current = current.parent;
  }
  return false;
}
