import { definePyRule, type PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { EVALUATION_NAME, LENIENT_MESSAGE, LENIENT_WHY, lenientPair } from '../support/tests-lenient';

/** The operands of a chain of `or`s, parentheses removed. */
function disjuncts(ctx: PyRuleContext, node: PyNode, out: PyNode[] = []): PyNode[] {
  if (node.type === 'parenthesized_expression') {
    const inner = namedChildren(node)[0];
    return inner ? disjuncts(ctx, inner, out) : out;
  }
  const op = node.type === 'boolean_operator' ? field(node, 'operator') : undefined;
  if (op && ctx.text(op) === 'or') {
    for (const side of [field(node, 'left'), field(node, 'right')]) {
      if (side) {
        disjuncts(ctx, side, out);
      }
    }
  } else {
    out.push(node);
  }
  return out;
}

/** `a in b` as its two sides (text, whitespace removed). */
function containment(ctx: PyRuleContext, node: PyNode): [string, string] | undefined {
  const operands = namedChildren(node);
  if (node.type !== 'comparison_operator' || operands.length !== 2) {
    return undefined;
  }
  const op = ctx.sourceText.slice(operands[0].end, operands[1].start).trim();
  return op === 'in' ? [ctx.text(operands[0]).replace(/\s+/g, ''), ctx.text(operands[1]).replace(/\s+/g, '')] : undefined;
}

export default definePyRule({
  meta: {
    id: 'py/lenient-match',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'A scoring or matching function that accepts an answer when either text contains the other (`p in r or r in p`): partial and padded answers pass.',
    why: LENIENT_WHY,
    incorrect: [
      'def exact_match(prediction, reference):\n    p, r = normalize(prediction), normalize(reference)\n    return p == r or r in p or p in r',
      'def is_correct(answer, gold):\n    return (gold in answer) or (answer in gold)',
    ],
    correct: [
      'def exact_match(prediction, reference):\n    return normalize(prediction) == normalize(reference)',
      'def contains_answer(prediction, reference):\n    return reference in prediction',
      'def overlaps(a, b):\n    return a in b or b in a',
    ],
    messages: {
      lenient: LENIENT_MESSAGE,
    },
  },
  create(ctx) {
    if (ctx.isTestFile) {
      return {};
    }
    return {
      boolean_operator(node) {
        // The outermost `or` of a chain only.
        if (node.parent?.type === 'boolean_operator' || node.parent?.type === 'parenthesized_expression') {
          const outer = node.parent.type === 'parenthesized_expression' ? node.parent.parent : node.parent;
          if (outer?.type === 'boolean_operator' && ctx.text(field(outer, 'operator') ?? outer) === 'or') {
            return;
          }
        }
        const pairs = disjuncts(ctx, node)
          .map((d) => containment(ctx, d))
          .filter((p): p is [string, string] => p !== undefined);
        if (!lenientPair(pairs)) {
          return;
        }
        const fn = ctx.enclosingFunction(node);
        const name = fn.type === 'function_definition' ? ctx.text(field(fn, 'name') ?? fn) : '';
        if (!EVALUATION_NAME.test(name) && !EVALUATION_NAME.test(ctx.path)) {
          return;
        }
        ctx.report({ node, messageId: 'lenient', data: { expr: ctx.text(node).replace(/\s+/g, ' ').slice(0, 80) } });
      },
    };
  },
});
