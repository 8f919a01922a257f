/**
 * Reward shaping helpers.
 *
 * A shaping expression is evaluated with `s` (state), `n` (next state),
 * `w` (grid width) and `dist(a, b)` (Manhattan distance between two state ids)
 * in scope, e.g. "0.01 * (dist(s, goal) - dist(n, goal))".
 */

function dist(width) {
  return (a, b) => Math.abs((a % width) - (b % width)) + Math.abs(Math.floor(a / width) - Math.floor(b / width));
}

export function compileShaping(expression) {
  if (!expression) return null;
  const body = `return (${expression});`;
  const fn = Reflect.construct(Function, ['s', 'n', 'w', 'goal', 'dist', body]);
  return (state, next, env) => {
    const goal = env.goalState ?? env.find('G')[1] * env.width + env.find('G')[0];
    const value = Number(fn(state, next, env.width, goal, dist(env.width)));
    return Number.isFinite(value) ? value : 0;
  };
}
