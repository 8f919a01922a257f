import { ACTIONS } from './env.js';

const ARROWS = { up: '↑', down: '↓', left: '←', right: '→' };

/**
 * Draw the greedy action of `agent` in every walkable cell. Walls, pits and
 * the goal keep their layout character.
 */
export function policyMap(env, agent) {
  const lines = [];
  for (let y = 0; y < env.height; y++) {
    let line = '';
    for (let x = 0; x < env.width; x++) {
      const cell = env.cell(x, y);
      if (cell === '#' || cell === 'X' || cell === 'G') {
        line += cell;
      } else {
        line += ARROWS[ACTIONS[agent.greedy(y * env.width + x)]];
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}
