'use strict';

/**
 * A rule receives (relPath, text) and returns a list of findings.
 * Findings: { rule, file, line, severity, message }
 */

function maxSize(limitKb) {
  return {
    name: 'max-size',
    check(file, text) {
      const kb = Buffer.byteLength(text, 'utf8') / 1024;
      if (kb <= limitKb) return [];
      return [{ rule: 'max-size', file, line: 0, severity: 'error', message: `${kb.toFixed(0)}kb exceeds ${limitKb}kb` }];
    },
  };
}

const trailingWhitespace = {
  name: 'trailing-whitespace',
  check(file, text) {
    const out = [];
    text.split('\n').forEach((line, i) => {
      if (/[ \t]+$/.test(line)) {
        out.push({ rule: 'trailing-whitespace', file, line: i + 1, severity: 'warn', message: 'trailing whitespace' });
      }
    });
    return out;
  },
};

const todoComments = {
  name: 'todo-comment',
  check(file, text) {
    const out = [];
    const re = /\b(TODO|FIXME|XXX)\b:?\s*(.*)/;
    text.split('\n').forEach((line, i) => {
      const m = re.exec(line);
      if (m) {
        out.push({ rule: 'todo-comment', file, line: i + 1, severity: 'info', message: `${m[1]}: ${m[2] || '(no text)'}` });
      }
    });
    return out;
  },
};

function defaultRules(opts) {
  return [maxSize(opts.maxSizeKb), trailingWhitespace, todoComments];
}

function runRules(rules, file, text) {
  const findings = [];
  for (const rule of rules) {
    findings.push(...rule.check(file, text));
  }
  return findings;
}

module.exports = { defaultRules, runRules, maxSize, trailingWhitespace, todoComments };
