import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { unwrapExpr } from '../support/process-paths';
import { EVALUATION_NAME, LENIENT_MESSAGE, LENIENT_WHY, lenientPair } from '../support/tests-lenient';

/** The operands of a chain of `||`s. */
function disjuncts(node: Node, out: Node[] = []): Node[] {
  const expr = unwrapExpr(node);
  if (expr.type === 'LogicalExpression' && expr.operator === '||') {
    disjuncts(expr.left, out);
    disjuncts(expr.right, out);
  } else {
    out.push(expr);
  }
  return out;
}

/** The name of the function a node is in (declaration, or the variable or property it is assigned to). */
function functionName(fn: Node): string {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
    return fn.id.name;
  }
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    return parent.id.name;
  }
  if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.key.type === 'Identifier') {
    return parent.key.name;
  }
  return '';
}

export default defineTsRule({
  meta: {
    id: 'ts/lenient-match',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'A scoring or matching function that accepts an answer when either text contains the other (`p.includes(r) || r.includes(p)`): partial and padded answers pass.',
    why: LENIENT_WHY,
    incorrect: [
      'function exactMatch(pred: string, ref: string): boolean {\n  return pred === ref || pred.includes(ref) || ref.includes(pred);\n}',
      'export const isCorrect = (answer, gold) => gold.includes(answer) || answer.includes(gold);',
    ],
    correct: [
      'function exactMatch(pred: string, ref: string): boolean {\n  return normalize(pred) === normalize(ref);\n}',
      'function containsAnswer(pred, ref) {\n  return pred.includes(ref);\n}',
      'function overlaps(a, b) {\n  return a.includes(b) || b.includes(a);\n}',
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
      LogicalExpression(node: TSESTree.LogicalExpression) {
        if (node.operator !== '||' || (node.parent?.type === 'LogicalExpression' && node.parent.operator === '||')) {
          return;
        }
        const pairs: [string, string][] = [];
        for (const d of disjuncts(node)) {
          // `b.includes(a)`: a is in b.
          if (
            d.type === 'CallExpression' &&
            d.callee.type === 'MemberExpression' &&
            !d.callee.computed &&
            d.callee.property.type === 'Identifier' &&
            d.callee.property.name === 'includes' &&
            d.arguments.length === 1
          ) {
            pairs.push([ctx.text(d.arguments[0]).replace(/\s+/g, ''), ctx.text(d.callee.object).replace(/\s+/g, '')]);
          }
        }
        if (!lenientPair(pairs)) {
          return;
        }
        const fn = ctx.enclosingFunction(node);
        if (!EVALUATION_NAME.test(functionName(fn)) && !EVALUATION_NAME.test(ctx.path)) {
          return;
        }
        ctx.report({ node, messageId: 'lenient', data: { expr: ctx.text(node).replace(/\s+/g, ' ').slice(0, 80) } });
      },
    };
  },
});
