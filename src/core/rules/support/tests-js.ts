/**
 * The outline of a JS/TS test file (Jest, Vitest, Mocha, Jasmine, node:test, AVA, tap, chai):
 * test cases by suite and name, and assertion statements with their subject, matcher and
 * expected values. Read syntactically from one parse; nothing is executed.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { parseJs } from '../../js/parse';
import type { LanguageInfo } from '../../model/language';
import { LineIndex } from '../../text/lines';
import { HELPER_NAME, normalizeCode, type Assertion, type TestCase, type TestOutline } from './tests-model';

type Node = TSESTree.Node;

export const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'fit', 'xtest', 'xspecify', 'bench']);
export const SUITE_FUNCTIONS = new Set(['describe', 'context', 'suite', 'xdescribe', 'fdescribe', 'xcontext', 'xsuite']);
const DISABLING = new Set(['skip', 'only', 'todo', 'skipIf', 'runIf', 'fails', 'failing']);
/** AVA / tap / node:test assertion methods on the test context `t`. */
const T_METHODS =
  /^(is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|pass|fail|throws|throwsAsync|notThrows|notThrowsAsync|regex|notRegex|snapshot|assert|equal|notEqual|strictEqual|notStrictEqual|deepStrictEqual|same|notSame|strictSame|strictNotSame|ok|notOk|match|notMatch|error|rejects|resolves|resolveMatch|has|hasStrict|type|plan)$/;
const T_NAMES = new Set(['t', 'tap', 'tt', 'st', 'assert']);

interface Link {
  /** Member name, or '()' for a call. */
  name: string;
  node: Node;
}

/** `a.b(c).d(e)` as its root and the links after it. */
export function chainOf(node: Node): { root: Node; links: Link[] } {
  const links: Link[] = [];
  let current: Node = node;
  for (let i = 0; i < 64; i++) {
    if (current.type === 'ChainExpression' || current.type === 'TSNonNullExpression' || current.type === 'AwaitExpression') {
      current = current.type === 'AwaitExpression' ? current.argument : current.expression;
    } else if (current.type === 'CallExpression') {
      links.unshift({ name: '()', node: current });
      current = current.callee;
    } else if (current.type === 'TaggedTemplateExpression') {
      links.unshift({ name: '()', node: current });
      current = current.tag;
    } else if (current.type === 'MemberExpression') {
      const key = memberName(current);
      links.unshift({ name: key ?? '*', node: current });
      current = current.object;
    } else {
      break;
    }
  }
  return { root: current, links };
}

export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') {
    return node.property.name;
  }
  if (node.property.type === 'Literal' && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** Whether an expression is a literal value (numbers, strings, booleans, null, arrays and objects of them). */
export function isLiteralish(node: Node | undefined, depth = 0): boolean {
  if (!node || depth > 8) {
    return false;
  }
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && isLiteralish(node.argument, depth + 1);
    case 'Identifier':
      return node.name === 'undefined' || node.name === 'NaN' || node.name === 'Infinity';
    case 'ArrayExpression':
      return node.elements.every((e) => e !== null && isLiteralish(e, depth + 1));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'Property' && !p.computed && isLiteralish(p.value, depth + 1));
    default:
      return false;
  }
}

const STRONG =
  /equal|eql|^is$|same|^tobe$|match|calledwith|calledtimes|returnedwith|length|property|contain|closeto|throw|rejects|^like$|^deepequal$/i;

interface Parts {
  subject?: string;
  subjectRaw?: string;
  matcher: string;
  args: readonly Node[];
}

/** Splits an assertion chain into subject, matcher and expected arguments; undefined if it is not one. */
function assertionParts(root: Node, links: Link[], text: (n: Node) => string): Parts | undefined {
  const names = links.map((l) => l.name);
  const lastCall = [...links].reverse().find((l) => l.name === '()')?.node as TSESTree.CallExpression | undefined;
  const args = lastCall?.type === 'CallExpression' ? lastCall.arguments : [];
  const rootName = root.type === 'Identifier' ? root.name : undefined;
  let start = 0;
  if ((rootName === 'chai' || rootName === 'sinon') && (names[0] === 'expect' || names[0] === 'assert')) {
    start = 1;
  }
  const head = start === 1 ? names[0] : rootName;
  if (head === 'expect' && names[start] === '()' && links.length > start + 1) {
    const call = links[start].node as TSESTree.CallExpression;
    const subject = call.arguments[0];
    const matcher = names
      .slice(start + 1)
      .filter((n) => n !== '()')
      .join('.');
    return {
      subject: subject ? normalizeCode(text(subject)) : undefined,
      subjectRaw: subject ? text(subject) : undefined,
      matcher,
      args: links.length > start + 2 ? args : [],
    };
  }
  if (head === 'expect' && (names[start] === 'assertions' || names[start] === 'hasAssertions')) {
    return { subject: '#assertions', matcher: `expect.${names[start]}`, args };
  }
  if (head !== undefined && /^assert/i.test(head) && names[names.length - 1] === '()') {
    const matcher = [head, ...names.slice(start).filter((n) => n !== '()' && n !== 'strict')].join('.');
    return splitArgs(matcher, args, text);
  }
  if (rootName && T_NAMES.has(rootName) && names.length === 2 && names[1] === '()' && T_METHODS.test(names[0])) {
    return splitArgs(`t.${names[0]}`, args, text);
  }
  const should = names.indexOf('should');
  if (should >= 0 || rootName === 'should') {
    const matcher = names
      .slice(should + 1)
      .filter((n) => n !== '()')
      .join('.');
    const subjectNode = should >= 0 ? (links[should].node as TSESTree.MemberExpression).object : undefined;
    return {
      subject: subjectNode ? normalizeCode(text(subjectNode)) : undefined,
      subjectRaw: subjectNode ? text(subjectNode) : undefined,
      matcher: `should.${matcher}`,
      args,
    };
  }
  return undefined;
}

function splitArgs(matcher: string, args: readonly Node[], text: (n: Node) => string): Parts {
  const [first, ...rest] = args;
  const oneArg = /^(assert|assert\.ok|assert\.isOk|assert\.exists|assert\.isDefined|assert\.isTrue|t\.true|t\.truthy|t\.ok|t\.assert)$/;
  const subject = first ? normalizeCode(text(first)) : undefined;
  const subjectRaw = first ? text(first) : undefined;
  if (oneArg.test(matcher) || matcher.startsWith('assert.is') || args.length <= 1) {
    // `assert.ok(total(x) >= 0)`, `assert(x !== undefined)`: a bound or presence check on `total(x)`.
    const bound = first ? boundSubject(first) : undefined;
    if (bound && /^(assert|assert\.ok|assert\.isOk|assert\.isTrue|t\.true|t\.truthy|t\.ok|t\.assert)$/.test(matcher)) {
      return { subject: normalizeCode(text(bound)), subjectRaw: text(bound), matcher, args: [] };
    }
    return { subject, subjectRaw, matcher, args: [] };
  }
  // The last argument of most asserts is a message; a few take two expected values.
  return {
    subject,
    subjectRaw,
    matcher,
    args: rest.slice(0, /closeTo|approximately|propertyVal|operator/.test(matcher) ? 2 : 1),
  };
}

/** The value a loose comparison with a constant bounds: `x` in `x >= 0`, `x != null`, `0 < x`. */
function boundSubject(node: Node): Node | undefined {
  if (node.type !== 'BinaryExpression' || !/^(>=|>|<=|<|!=|!==)$/.test(node.operator) || node.left.type === 'PrivateIdentifier') {
    return undefined;
  }
  const constant = (n: Node): boolean =>
    (n.type === 'Literal' && (typeof n.value === 'number' || n.value === null)) ||
    (n.type === 'Identifier' && n.name === 'undefined') ||
    (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal');
  if (constant(node.right) && !constant(node.left)) {
    return node.left;
  }
  return constant(node.left) && !constant(node.right) ? node.right : undefined;
}

const WEAK_MATCHER =
  /^(toBeTruthy|toBeDefined|not\.toBeUndefined|not\.toBeNull|not\.toBeNaN|toBeFalsy|toHaveBeenCalled|toBeCalled|toHaveBeenCalledOnce|toBeTypeOf|(resolves|rejects)\.(toBeTruthy|toBeDefined|toThrow|toThrowError)|rejects\.toBeInstanceOf|to\.exist|to\.be\.ok|to\.be\.(a|an)|to\.not\.be\.(null|undefined)|not\.to\.be\.(null|undefined)|to\.be\.true|should\.exist|should\.be\.ok)$/;
const WEAK_ASSERT =
  /^(assert|assert\.ok|assert\.isOk|assert\.exists|assert\.isDefined|assert\.isNotNull|assert\.isNotUndefined|assert\.isTrue|t\.truthy|t\.true|t\.ok|t\.pass|t\.assert|assert\.notEqual|assert\.notStrictEqual)$/;

function classify(
  parts: Parts,
  text: (n: Node) => string,
): { strong: boolean; weak: boolean; expected: string; expectedRaw: string; literal: boolean } {
  const { matcher, args } = parts;
  const last = matcher.split('.').pop() ?? '';
  const expected = args.map((a) => normalizeCode(text(a))).join(',');
  const loose = /expect\.(anything|any)\(/.test(expected) || /^\/\.[*+]\/$/.test(expected);
  const boundOnly = /^(toBeGreaterThanOrEqual|toBeGreaterThan)$/.test(last) && /^(0|-1)$/.test(expected);
  const throwsAny = /^(toThrow|toThrowError|throws|rejects|throwsAsync)$/.test(last) && args.length === 0;
  const instanceAny = last === 'toBeInstanceOf' && /^(Object|Error|Function)$/.test(expected);
  // `toBeCloseTo(0.0825, 0)`: any value within 0.5 passes.
  const digits = args[1] ? normalizeCode(text(args[1])) : undefined;
  const roughly = last === 'toBeCloseTo' && digits !== undefined && /^(0|1|-\d+)$/.test(digits);
  const notNullish = /^assert\.not(Strict)?Equal$/.test(matcher) && /^(undefined|null)$/.test(expected);
  const weak =
    WEAK_MATCHER.test(matcher) ||
    (WEAK_ASSERT.test(matcher) && (args.length === 0 || notNullish)) ||
    loose ||
    boundOnly ||
    throwsAny ||
    instanceAny ||
    roughly;
  const strong = !weak && args.length > 0 && !matcher.startsWith('not.') && STRONG.test(last);
  const expectedRaw = args.map((a) => text(a)).join(', ');
  return { strong, weak, expected, expectedRaw, literal: args.length > 0 && args.every((a) => isLiteralish(a)) };
}

const TRUTHY_CHECK =
  /^(toBeTruthy|toBeDefined|not\.toBeNull|not\.toBeUndefined|not\.toBeFalsy|assert|assert\.ok|assert\.isOk|assert\.exists|t\.truthy|t\.ok|t\.assert|to\.be\.ok|to\.exist|should\.be\.ok)$/;
const TRUE_CHECK = /^(assert\.isTrue|t\.true|to\.be\.true|should\.be\.true)$/;
const FALSY_CHECK = /^(toBeFalsy|not\.toBeTruthy|assert\.isNotOk|assert\.notOk|t\.falsy|t\.notOk|to\.not\.be\.ok|not\.to\.be\.ok)$/;
const FALSE_CHECK = /^(assert\.isFalse|t\.false|to\.be\.false|should\.be\.false)$/;
const EQUAL_CHECK =
  /^(toBe|toEqual|toStrictEqual|assert\.equal|assert\.strictEqual|assert\.deepEqual|assert\.deepStrictEqual|t\.is|t\.deepEqual|t\.same|t\.equal|t\.strictSame|to\.equal|to\.eql|to\.deep\.equal|should\.equal|should\.eql|assertEquals|assertStrictEquals)$/;
const TRUTHY_CONSTANT = /^(true|!0|!!1|!false|-?[1-9]\d*(\.\d+)?|'[^']+'|\[\]|\{\})$/;
const FALSY_CONSTANT = /^(false|0|''|null|undefined|NaN|!1|!true)$/;

/** An assertion that passes whatever the code does: it checks constants, or a value against itself. */
function tautology(parts: Parts, expected: string): boolean {
  const subject = parts.subject;
  const matcher = parts.matcher;
  if (subject === undefined || subject === '#assertions') {
    return false;
  }
  if (TRUTHY_CHECK.test(matcher)) {
    return TRUTHY_CONSTANT.test(subject);
  }
  if (TRUE_CHECK.test(matcher)) {
    return /^(true|!0|!false)$/.test(subject);
  }
  if (FALSY_CHECK.test(matcher)) {
    return FALSY_CONSTANT.test(subject);
  }
  if (FALSE_CHECK.test(matcher)) {
    return /^(false|!1|!true)$/.test(subject);
  }
  if (matcher === 'toBeNull' || matcher === 'assert.isNull') {
    return subject === 'null';
  }
  if (matcher === 'toBeUndefined' || matcher === 'assert.isUndefined') {
    return subject === 'undefined';
  }
  if (EQUAL_CHECK.test(matcher)) {
    if ((expected === 'true' && /^(!0|!false|!!1)$/.test(subject)) || (expected === 'false' && /^(!1|!true)$/.test(subject))) {
      return true;
    }
    return subject === expected && (isConstant(subject) || /^[\w$.]+$/.test(subject));
  }
  if (/^not\.(toBe|toEqual|toStrictEqual)$/.test(matcher)) {
    return isConstant(subject) && isConstant(expected) && subject !== expected;
  }
  return false;
}

function isConstant(code: string): boolean {
  return /^(-?\d+(\.\d+)?|'[^']*'|true|false|null|undefined)$/.test(code);
}

/** The assertion a chain expresses, if it is one. */
export function readAssertion(node: Node, text: (n: Node) => string, line: number): Omit<Assertion, 'owner'> | undefined {
  const { root, links } = chainOf(node);
  const parts = assertionParts(root, links, text);
  if (!parts) {
    return undefined;
  }
  const kind = classify(parts, text);
  const source = text(node);
  return {
    text: normalizeCode(source),
    snippet: source.split(/\r?\n|\r/)[0],
    line,
    subject: parts.subject,
    subjectRaw: parts.subjectRaw,
    matcher: parts.matcher,
    expected: kind.expected,
    expectedRaw: kind.expectedRaw,
    literal: kind.literal,
    strong: kind.strong,
    weak: kind.weak,
    tautology: tautology(parts, kind.expected),
  };
}

/** Name of a test or suite call, and whether it is skipped/focused/todo; undefined if not one. */
export function testCall(node: TSESTree.CallExpression): { kind: 'test' | 'suite'; disabled: boolean; fn?: Node; name?: Node } | undefined {
  const { root, links } = chainOf(node.callee);
  let rootName = root.type === 'Identifier' ? root.name : undefined;
  let names = links.map((l) => l.name);
  if ((rootName === 'Deno' || (rootName !== undefined && T_NAMES.has(rootName))) && names[0] === 'test') {
    rootName = 'test';
    names = names.slice(1);
  }
  if (rootName === undefined) {
    return undefined;
  }
  const kind = TEST_FUNCTIONS.has(rootName) ? 'test' : SUITE_FUNCTIONS.has(rootName) ? 'suite' : undefined;
  if (
    !kind ||
    names.some(
      (n) => n !== '()' && !/^(skip|only|todo|each|concurrent|sequential|serial|failing|fails|skipIf|runIf|for|cb|shuffle|extend)$/.test(n),
    )
  ) {
    return undefined;
  }
  const options = node.arguments.find((a) => a.type === 'ObjectExpression') as TSESTree.ObjectExpression | undefined;
  const optionDisabled = options?.properties.some(
    (p) =>
      p.type === 'Property' &&
      p.key.type === 'Identifier' &&
      /^(skip|only|todo)$/.test(p.key.name) &&
      !(p.value.type === 'Literal' && p.value.value === false),
  );
  const fn = [...node.arguments].reverse().find((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression');
  const disabled = /^[xf]/.test(rootName) || names.some((n) => DISABLING.has(n)) || optionDisabled === true;
  return { kind, disabled, fn, name: node.arguments[0] };
}

function nameOf(node: Node | undefined, text: (n: Node) => string): string {
  if (!node) {
    return '';
  }
  if (node.type === 'Literal') {
    return String(node.value);
  }
  if (node.type === 'TemplateLiteral') {
    return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${}');
  }
  return text(node);
}

interface Frame {
  node: Node;
  parent?: Node;
  suites: readonly string[];
  owner?: TestCase;
}

/** Outline of a JS/TS test file, or undefined when it does not parse. */
export function readJsTests(source: string, info: LanguageInfo): TestOutline | undefined {
  const parsed = parseJs(source, info);
  if (!parsed.ok) {
    return undefined;
  }
  const lines = new LineIndex(source);
  const text = (n: Node): string => source.slice(n.range[0], n.range[1]);
  const lineOf = (n: Node): number => lines.position(n.range[0]).line;
  const outline: TestOutline = { tests: [], assertions: [] };
  const consts = new Map<string, string | null>();
  const stack: Frame[] = [{ node: parsed.program, suites: [] }];
  let steps = 0;
  while (stack.length > 0 && steps++ < 2_000_000) {
    const frame = stack.pop() as Frame;
    const { node } = frame;
    let suites = frame.suites;
    let owner = frame.owner;
    if (isChainTop(node, frame.parent)) {
      const assertion = readAssertion(node, text, lineOf(node));
      if (assertion) {
        const full = { ...assertion, owner: owner?.key };
        outline.assertions.push(full);
        owner?.assertions.push(full);
      }
    }
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      node.init &&
      frame.parent?.type === 'VariableDeclaration' &&
      frame.parent.kind === 'const'
    ) {
      // `const total = f(x)` in a test: an assertion about `total` is about `f(x)`. A name bound twice in one test says nothing.
      const key = `${owner?.key ?? ''}\u0000${node.id.name}`;
      consts.set(key, consts.has(key) ? null : normalizeCode(text(node.init)));
    }
    const curried = frame.parent?.type === 'CallExpression' && frame.parent.callee === node;
    if (node.type === 'CallExpression' && !curried) {
      const call = testCall(node);
      if (call?.kind === 'suite') {
        suites = [...suites, nameOf(call.name, text)];
      } else if (call?.kind === 'test') {
        owner = newTest(node, call, suites, owner, text, lineOf, lines);
        outline.tests.push(owner);
      } else if (owner && node.callee.type === 'Identifier' && HELPER_NAME.test(node.callee.name)) {
        owner.callsHelper = true;
      }
    }
    pushChildren(stack, node, suites, owner);
  }
  for (const a of outline.assertions) {
    if (a.subjectRaw !== undefined && /^[\w$]+$/.test(a.subjectRaw)) {
      a.subjectValue = consts.get(`${a.owner ?? ''}\u0000${a.subjectRaw}`) ?? undefined;
    }
  }
  return outline;
}

function newTest(
  node: TSESTree.CallExpression,
  call: NonNullable<ReturnType<typeof testCall>>,
  suites: readonly string[],
  outer: TestCase | undefined,
  text: (n: Node) => string,
  lineOf: (n: Node) => number,
  lines: LineIndex,
): TestCase {
  const name = nameOf(call.name, text);
  const prefix = outer ? [outer.key] : suites;
  const fn = call.fn as TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | undefined;
  const body = fn?.body;
  const statements = body === undefined ? 0 : body.type === 'BlockStatement' ? body.body.length : 1;
  const returnsEarly = body?.type === 'BlockStatement' && body.body.length > 1 && body.body[0].type === 'ReturnStatement';
  return {
    name,
    key: [...prefix, name].join(' > '),
    body: body ? normalizeCode(text(body)) : undefined,
    statements,
    assertions: [],
    callsHelper: false,
    disabled: call.disabled,
    returnsEarly,
    line: lineOf(node),
    endLine: lines.position(node.range[1]).line,
    snippet: text(node).split(/\r?\n|\r/)[0],
  };
}

/** The outermost node of a member/call chain (`expect(a).not.toBe(b)` as a whole). */
function isChainTop(node: Node, parent: Node | undefined): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'MemberExpression' && node.type !== 'ChainExpression') {
    return false;
  }
  if (!parent) {
    return true;
  }
  if (parent.type === 'MemberExpression' && parent.object === node) {
    return false;
  }
  if (
    (parent.type === 'CallExpression' && parent.callee === node) ||
    parent.type === 'ChainExpression' ||
    parent.type === 'TSNonNullExpression'
  ) {
    return false;
  }
  return true;
}

function pushChildren(stack: Frame[], node: Node, suites: readonly string[], owner: TestCase | undefined): void {
  const keys = visitorKeys[node.type] ?? [];
  for (let k = keys.length - 1; k >= 0; k--) {
    const child = (node as unknown as Record<string, unknown>)[keys[k]];
    if (Array.isArray(child)) {
      for (let i = child.length - 1; i >= 0; i--) {
        const c = child[i] as Node | null;
        if (c && typeof c.type === 'string') {
          stack.push({ node: c, parent: node, suites, owner });
        }
      }
    } else if (child && typeof (child as Node).type === 'string') {
      stack.push({ node: child as Node, parent: node, suites, owner });
    }
  }
}
