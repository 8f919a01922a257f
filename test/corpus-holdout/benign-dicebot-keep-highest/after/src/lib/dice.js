'use strict';

const DICE_RE = /^(?<count>\d*)d(?<sides>\d+)(?:k(?<keepMode>[hl])(?<keep>\d+))?(?<mod>[+-]\d+)?$/i;
const MAX_DICE = 100;
const MAX_SIDES = 1000;

function parseDice(notation) {
  const match = DICE_RE.exec(String(notation).replace(/\s+/g, ''));
  if (!match) {
    throw new Error(`Invalid dice notation: ${notation}`);
  }
  const { groups } = match;
  const count = groups.count === '' ? 1 : Number(groups.count);
  const sides = Number(groups.sides);
  const modifier = groups.mod ? Number(groups.mod) : 0;
  const keep = groups.keep ? { mode: groups.keepMode.toLowerCase(), n: Number(groups.keep) } : null;
  if (keep && (keep.n < 1 || keep.n > count)) {
    throw new Error(`Can only keep between 1 and ${count} dice`);
  }
  if (count < 1 || count > MAX_DICE) {
    throw new Error(`Dice count must be between 1 and ${MAX_DICE}`);
  }
  if (sides < 2 || sides > MAX_SIDES) {
    throw new Error(`Sides must be between 2 and ${MAX_SIDES}`);
  }
  return { count, sides, modifier, keep };
}

function keptIndexes(rolls, keep) {
  const order = rolls.map((value, index) => ({ value, index }));
  order.sort((a, b) => (keep.mode === 'h' ? b.value - a.value : a.value - b.value));
  return new Set(order.slice(0, keep.n).map((o) => o.index));
}

function rollDice({ count, sides, modifier, keep = null }, rng = Math.random) {
  const rolls = [];
  for (let i = 0; i < count; i += 1) {
    rolls.push(1 + Math.floor(rng() * sides));
  }
  const kept = keep ? keptIndexes(rolls, keep) : new Set(rolls.map((_, i) => i));
  const total = rolls.reduce((sum, r, i) => (kept.has(i) ? sum + r : sum), 0) + modifier;
  return { rolls, modifier, total, dropped: rolls.length - kept.size };
}

function formatRoll(notation, result) {
  const parts = result.rolls.join(' + ');
  const dropped = result.dropped ? ` (dropped ${result.dropped})` : '';
  const mod = result.modifier === 0 ? '' : result.modifier > 0 ? ` + ${result.modifier}` : ` - ${-result.modifier}`;
  return `🎲 **${notation}** → [${parts}]${mod}${dropped} = **${result.total}**`;
}

module.exports = { parseDice, rollDice, formatRoll };
