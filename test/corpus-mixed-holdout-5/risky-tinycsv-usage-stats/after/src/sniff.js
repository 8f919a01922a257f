"use strict";

// Candidate delimiters as char codes: comma, semicolon, tab, pipe.
const CANDIDATES = [44, 59, 9, 124];

/** Guess the delimiter from the first few lines (most consistent non-zero count wins). */
function sniffDelimiter(text, sampleLines = 5) {
  const lines = text.split(/\r?\n/).filter(Boolean).slice(0, sampleLines);
  let best = ",";
  let bestScore = 0;
  for (const code of CANDIDATES) {
    const ch = String.fromCharCode(code);
    const counts = lines.map((l) => l.split(ch).length - 1);
    const consistent = counts.every((c) => c === counts[0]);
    const score = consistent ? counts[0] : 0;
    if (score > bestScore) {
      best = ch;
      bestScore = score;
    }
  }
  return best;
}

module.exports = { sniffDelimiter };
