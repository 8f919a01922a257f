'use strict';

const DICE_RE = /^(\d*)d(\d+)([+-]\d+)?$/i;
const MAX_DICE = 100;
const MAX_SIDES = 1000;

function parseDice(notation) {
  const match = DICE_RE.exec(String(notation).replace(/\s+/g, ''));
  if (!match) {
    throw new Error(`Invalid dice notation: ${notation}`);
  }
  const count = match[1] === '' ? 1 : Number(match[1]);
  const sides = Number(match[2]);
  const modifier = match[3] ? Number(match[3]) : 0;
  if (count < 1 || count > MAX_DICE) {
    throw new Error(`Dice count must be between 1 and ${MAX_DICE}`);
  }
  if (sides < 2 || sides > MAX_SIDES) {
    throw new Error(`Sides must be between 2 and ${MAX_SIDES}`);
  }
  return { count, sides, modifier };
}

function rollDice({ count, sides, modifier }, rng = Math.random) {
  const rolls = [];
  for (let i = 0; i < count; i += 1) {
    rolls.push(1 + Math.floor(rng() * sides));
  }
  const total = rolls.reduce((sum, r) => sum + r, 0) + modifier;
  return { rolls, modifier, total };
}

function formatRoll(notation, result) {
  const parts = result.rolls.join(' + ');
  const mod = result.modifier === 0 ? '' : result.modifier > 0 ? ` + ${result.modifier}` : ` - ${-result.modifier}`;
  return `🎲 **${notation}** → [${parts}]${mod} = **${result.total}**`;
}

module.exports = { parseDice, rollDice, formatRoll };
