"use strict";

const en = require("../locales/en.json");
const he = require("../locales/he.json");
const ar = require("../locales/ar.json");

// Status icons. The developer emoji is a ZWJ sequence and the warning sign
// carries a variation selector; both render as a single glyph in modern terminals.
const ICONS = { ok: "✅", warn: "⚠️", err: "❌", dev: "👩‍💻" };

const messages = { en, he, ar };

function message(locale, key) {
  const table = messages[locale] ?? messages.en;
  return ICONS[key] + " " + (table[key] ?? messages.en[key]);
}

module.exports = { messages, message };
