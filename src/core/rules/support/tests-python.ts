/**
 * The outline of a Python test file (pytest, unittest), read as text line by line until the
 * Python parser is in place: `def test_*` functions by class and name, with their bodies, and
 * assertion lines (`assert ...`, `self.assert*(...)`, `pytest.raises(...)`). Linear time.
 */
import { splitLines } from '../../text/lines';
import { HELPER_NAME, normalizeCode, type Assertion, type TestCase, type TestOutline } from './tests-model';

const DEF = /^([ \t]*)(?:async[ \t]+)?def[ \t]+(test\w*)[ \t]*\(/;
const CLASS = /^([ \t]*)class[ \t]+(\w+)/;
const ASSERTION =
  /^[ \t]*(?:assert\b|self\.assert\w*[ \t]*\(|(?:with[ \t]+)?(?:pytest\.raises|self\.assertRaises\w*)[ \t]*\(|(?:np|numpy)\.testing\.assert\w*\(|assert_\w+\()/;
const SKIP_MARK = /^[ \t]*@(?:pytest\.mark\.(?:skip|skipif|xfail)|unittest\.skip\w*|skip\w*)\b/;

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

function isBlank(line: string): boolean {
  return /^[ \t]*(#.*)?$/.test(line);
}

/** `a, b` split at top-level commas (brackets and quotes respected). */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = '';
      }
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
    } else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((p) => p.length > 0);
}

const COMPARISONS = ['==', '!=', '>=', '<=', '>', '<'];
const KEYWORD_COMPARISONS = [/^is\s+not(?=[\s([{'"]|$)/, /^not\s+in(?=[\s([{'"]|$)/, /^is(?=[\s([{'"]|$)/, /^in(?=[\s([{'"]|$)/];

/**
 * `a == b`, `x is not None`, `k in d`: the first comparison at the top level of an assertion's
 * expression, outside strings and brackets (so `'Paris'` holds no `is`, and `f(a == b)` no `==`),
 * as [whole, left, operator, right]; undefined when there is none.
 */
function splitComparison(expression: string): [string, string, string, string] | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = undefined;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
    } else if (depth === 0 && i > 0) {
      const rest = expression.slice(i);
      let operator = COMPARISONS.find((op) => rest.startsWith(op) && !/^(>>|<<|->|=>)/.test(expression.slice(i - 1, i + 1) + rest[1]));
      if (!operator && /[\s)\]}'"]/.test(expression[i - 1])) {
        const keyword = KEYWORD_COMPARISONS.map((re) => re.exec(rest)).find((m) => m !== null);
        operator = keyword?.[0];
      }
      if (operator) {
        const left = expression.slice(0, i).trim();
        const right = expression.slice(i + operator.length).trim();
        if (left && right) {
          return [expression, left, operator.replace(/\s+/g, ' '), right];
        }
      }
    }
  }
  return undefined;
}

const PY_LITERAL = /^(-?\d[\d_]*(\.\d+)?(e-?\d+)?|'[^']*'|True|False|None|\[[^\]]*\]|\([^)]*\)|\{[^}]*\})$/;
const ONE_ARG = /^(assertTrue|assertFalse|assertIsNone|assertIsNotNone)$/;
const WEAK_METHODS = /^(assertTrue|assertIsNotNone|assertIsInstance|assert_|assertGreaterEqual|assertGreater)$/;

/** One Python assertion line, classified like the JS ones. */
export function readPyAssertion(raw: string, line: number): Assertion {
  const code = raw.trim().slice(0, 400);
  const norm = normalizeCode(raw.trim());
  let subject: string | undefined;
  let subjectRaw: string | undefined;
  let expected = '';
  let expectedRaw = '';
  let matcher = 'assert';
  // `assert expr, message`: the message starts at the first top-level comma.
  const asserted = /^assert\s+(.+)$/.exec(code);
  const bare = asserted ? [asserted[0], splitTopLevel(asserted[1])[0] ?? asserted[1]] : undefined;
  const method = /^(?:with\s+)?(self\.assert\w*|pytest\.raises|self\.assertRaises\w*)\s*\((.*)\)\s*(?:as\s+\w+\s*)?:?$/.exec(code);
  if (bare && !method) {
    const cmp = splitComparison(bare[1]);
    if (cmp) {
      subject = normalizeCode(cmp[1]);
      subjectRaw = cmp[1];
      matcher = cmp[2];
      expected = normalizeCode(cmp[3]);
      expectedRaw = cmp[3];
    } else {
      subject = normalizeCode(bare[1]);
      subjectRaw = bare[1];
    }
  } else if (method) {
    matcher = method[1].replace(/^self\./, '');
    const args = splitTopLevel(method[2]).filter((a) => !/^\w+\s*=/.test(a));
    subject =
      matcher === 'pytest.raises' || matcher.startsWith('assertRaises')
        ? '#raises'
        : args[0] !== undefined
          ? normalizeCode(args[0])
          : undefined;
    subjectRaw = subject === '#raises' ? undefined : args[0];
    // unittest: `assertEqual(first, second, msg)`, `assertTrue(expr, msg)`.
    const rest = subject === '#raises' ? args.slice(0, 1) : ONE_ARG.test(matcher) ? [] : args.slice(1, 2);
    expected = rest.map(normalizeCode).join(',');
    expectedRaw = rest.join(', ');
  }
  const literal = expected.length > 0 && splitTopLevel(expected).every((p) => PY_LITERAL.test(p));
  const weak =
    (matcher === 'assert' && subject !== undefined) ||
    (matcher === 'is not' && expected === 'None') ||
    (matcher === '!=' && expected === 'None') ||
    (matcher === '>=' && expected === '0') ||
    WEAK_METHODS.test(matcher) ||
    (subject === '#raises' && /^(Exception|BaseException)$/.test(expected));
  const strong =
    !weak &&
    expected.length > 0 &&
    /^(==|is|in|assert\w*Equal\w*|assertIn|assertIs|assertRaises\w*|pytest\.raises|assertAlmostEqual|assertCountEqual|assertDictEqual|assertListEqual)$/.test(
      matcher,
    );
  const tautology =
    (matcher === 'assert' && /^(True|1|not\s*False|notFalse|'[^']+')$/.test(subject ?? '')) ||
    (matcher === 'assertTrue' && subject === 'True') ||
    (/^(==|assertEqual)$/.test(matcher) && subject !== undefined && subject === expected && PY_LITERAL.test(subject));
  return { text: norm, snippet: raw, line, subject, subjectRaw, matcher, expected, expectedRaw, literal, strong, weak, tautology };
}

interface OpenTest {
  test: TestCase;
  indent: number;
  body: string[];
  lines: number[];
}

/** Outline of a Python test file. */
export function readPyTests(source: string): TestOutline {
  const lines = splitLines(source);
  const outline: TestOutline = { tests: [], assertions: [] };
  const classes: { name: string; indent: number }[] = [];
  let open: OpenTest | undefined;
  let skipMark: number | undefined;
  const close = (): void => {
    if (open) {
      const body = open.body.filter((l) => !isBlank(l) && !/^[ \t]*(pass|\.\.\.)[ \t]*$/.test(l) && !/^[ \t]*(r|f)?("""|''')/.test(l));
      open.test.body = normalizeCode(open.body.join('\n'));
      open.test.statements = body.length;
      const top = body.length > 0 ? indentOf(body[0]) : 0;
      open.test.returnsEarly = body.length > 1 && /^[ \t]*return\b/.test(body[0]);
      const skip = body.findIndex((l) => indentOf(l) === top && /^[ \t]*(pytest\.skip|self\.skipTest)[ \t]*\(/.test(l));
      if (skip >= 0 && !open.test.disabled) {
        open.test.disabled = true;
        open.test.disabledLine = open.lines[open.body.indexOf(body[skip])];
      }
      open = undefined;
    }
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    if (isBlank(text)) {
      return;
    }
    const indent = indentOf(text);
    if (open && indent <= open.indent) {
      close();
    }
    while (classes.length > 0 && indent <= classes[classes.length - 1].indent) {
      classes.pop();
    }
    const def = DEF.exec(text);
    const cls = CLASS.exec(text);
    if (def) {
      const name = def[2];
      const key = [...classes.map((c) => c.name), name].join(' > ');
      const test: TestCase = {
        name,
        key,
        statements: 0,
        assertions: [],
        callsHelper: false,
        disabled: skipMark !== undefined,
        disabledLine: skipMark,
        returnsEarly: false,
        line,
        endLine: line,
        snippet: text,
      };
      outline.tests.push(test);
      open = { test, indent, body: [], lines: [] };
      skipMark = undefined;
      return;
    }
    if (cls) {
      classes.push({ name: cls[2], indent });
    }
    skipMark = SKIP_MARK.test(text) ? line : skipMark !== undefined && /^[ \t]*@/.test(text) ? skipMark : undefined;
    if (open) {
      open.body.push(text);
      open.lines.push(line);
      open.test.endLine = line;
      if (/^[ \t]*(?:self\.)?(\w+)\(/.test(text) && HELPER_NAME.test(/(\w+)\(/.exec(text)?.[1] ?? '')) {
        open.test.callsHelper = true;
      }
    }
    if (ASSERTION.test(text)) {
      const assertion = readPyAssertion(text, line);
      assertion.owner = open?.test.key;
      outline.assertions.push(assertion);
      open?.test.assertions.push(assertion);
    }
  });
  close();
  return outline;
}
