const TOKEN = /\s*(\d+(?:\.\d+)?|[-+*/%()])/y;

function tokenize(input) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  let m;
  while (TOKEN.lastIndex < input.length && (m = TOKEN.exec(input))) tokens.push(m[1]);
  if (TOKEN.lastIndex < input.trimEnd().length) throw new Error(`unexpected input at ${TOKEN.lastIndex}`);
  return tokens;
}

/** Evaluates + - * / % and parentheses without using eval. */
export function evaluate(input) {
  const tokens = tokenize(input);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function primary() {
    const t = next();
    if (t === '(') {
      const v = expr();
      if (next() !== ')') throw new Error('missing )');
      return v;
    }
    if (t === '-') return -primary();
    const n = Number(t);
    if (Number.isNaN(n)) throw new Error(`unexpected ${t ?? 'end'}`);
    return n;
  }

  function term() {
    let v = primary();
    while (['*', '/', '%'].includes(peek())) {
      const op = next();
      const r = primary();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  }

  function expr() {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  }

  const result = expr();
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]}`);
  return result;
}
