'use strict';

const TOKEN_RE = /\s*(?:(\d+(?:\.\d+)?)|(.))/y;

function tokenize(input) {
  const tokens = [];
  TOKEN_RE.lastIndex = 0;
  let match;
  while (TOKEN_RE.lastIndex < input.length && (match = TOKEN_RE.exec(input)) !== null) {
    if (match[1] !== undefined) tokens.push({ type: 'num', value: Number(match[1]) });
    else if (match[2].trim() !== '') tokens.push({ type: 'op', value: match[2] });
  }
  return tokens;
}

class Parser {
  constructor(tokens) {
    this.tokens = tokens;
    this.pos = 0;
  }

  peek() {
    return this.tokens[this.pos];
  }

  take(value) {
    const tok = this.tokens[this.pos];
    if (value !== undefined && (!tok || tok.value !== value)) {
      throw new Error(`Expected "${value}"`);
    }
    this.pos += 1;
    return tok;
  }

  evaluate() {
    const value = this.expression();
    if (this.pos < this.tokens.length) throw new Error(`Unexpected "${this.peek().value}"`);
    return value;
  }

  expression() {
    let left = this.term();
    while (this.peek() && (this.peek().value === '+' || this.peek().value === '-')) {
      const op = this.take().value;
      const right = this.term();
      left = op === '+' ? left + right : left - right;
    }
    return left;
  }

  term() {
    let left = this.factor();
    while (this.peek() && ['*', '/', '%'].includes(this.peek().value)) {
      const op = this.take().value;
      const right = this.factor();
      if (op === '*') left *= right;
      else if (op === '/') left /= right;
      else left %= right;
    }
    return left;
  }

  factor() {
    const tok = this.peek();
    if (!tok) throw new Error('Unexpected end of expression');
    if (tok.value === '-') {
      this.take();
      return -this.factor();
    }
    if (tok.value === '(') {
      this.take('(');
      const value = this.expression();
      this.take(')');
      return value;
    }
    if (tok.type === 'num') return this.take().value;
    throw new Error(`Unexpected "${tok.value}"`);
  }
}

function evaluate(input) {
  return new Parser(tokenize(input)).evaluate();
}

module.exports = { evaluate, tokenize, Parser };
