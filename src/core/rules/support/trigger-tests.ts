/**
 * What a condition tests, for ts/trigger-condition: the current date or time against a fixed
 * moment, the machine's identity (host name, user, MAC address, OS, CI variables), a rare random
 * draw, or an input against a hard-coded magic value. Only comparisons with constants count:
 * `Date.now() - start > 1000` measures elapsed time and `expiresAt < Date.now()` checks data.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue, Value } from '../../js/values';
import { isRandomSource } from './random-sources';

export type TriggerKind = 'time' | 'host' | 'platform' | 'ci' | 'random' | 'magic' | 'automation' | 'agent';

export interface Trigger {
  kind: TriggerKind;
  node: Node;
}

const HOST_ENV = new Set(['USER', 'USERNAME', 'LOGNAME', 'HOSTNAME', 'COMPUTERNAME', 'USERDOMAIN', 'HOME', 'USERPROFILE', 'SUDO_USER']);
const CI_ENV = new Set([
  'CI',
  'GITHUB_ACTIONS',
  'GITHUB_REPOSITORY',
  'GITHUB_WORKFLOW',
  'GITHUB_ACTOR',
  'GITLAB_CI',
  'JENKINS_URL',
  'TRAVIS',
  'CIRCLECI',
  'BUILDKITE',
  'TF_BUILD',
  'CODEBUILD_BUILD_ID',
  'BITBUCKET_BUILD_NUMBER',
  'TEAMCITY_VERSION',
  'VERCEL',
  'NETLIFY',
]);
/**
 * Globals that browser automation leaves in the page: WebDriver, Cypress, Playwright, Puppeteer,
 * PhantomJS, Nightmare, Selenium. Code that tests them can tell a test run or a scanner from a visitor.
 */
const AUTOMATION_GLOBAL =
  /^(Cypress|__cypress\w*|__playwright\w*|__pw\w*|__puppeteer\w*|__nightmare|callPhantom|_phantom|__phantomas|domAutomation|domAutomationController|_Selenium_IDE_Recorder|__selenium\w*|__webdriver\w*|__driver_evaluate|__fxdriver\w*|_WEBDRIVER_ELEM_CACHE)$/;
/** User-agent words of headless and automated browsers. */
const HEADLESS_AGENT = /headless|phantomjs|puppeteer|playwright|selenium|webdriver|lighthouse|electron.*nightmare/i;
const HOST_OS = new Set(['hostname', 'userInfo', 'networkInterfaces', 'homedir', 'machine']);
const PLATFORM_OS = new Set(['platform', 'arch', 'type', 'release', 'version']);
const INPUT_ROOT =
  /^(req|request|ctx|context|event|evt|headers|query|body|params|args|argv|input|payload|message|msg|cookies|searchParams|url)$/;
const COMPARISONS = new Set(['===', '==', '!==', '!=', '<', '<=', '>', '>=']);
const STRING_TESTS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'match', 'test', 'localeCompare']);
const MAX_SIDE_NODES = 40;

/** What one value reads, if it is a trigger source (`agent`: the browser's own user agent, a trigger only against automation words). */
function refKind(ref: RefValue): TriggerKind | 'now' | 'date' | 'ua' | undefined {
  const p = ref.path;
  if (ref.module === undefined) {
    if (p[0] === 'navigator' && p[1] === 'webdriver') {
      return 'automation';
    }
    if (p[0] === 'navigator' && p[1] === 'userAgent') {
      return 'ua';
    }
    if (p[0] !== undefined && AUTOMATION_GLOBAL.test(p[0])) {
      return 'automation';
    }
    if (p[0] === 'Date' && p[1] === 'now' && p[2] === '()') {
      return 'now';
    }
    if (p[0] === 'Date' && p[1] === '()') {
      return 'date';
    }
    if (p[0] === 'performance' && p[1] === 'timeOrigin') {
      return 'now';
    }
    if (p[0] === 'process' && (p[1] === 'platform' || p[1] === 'arch')) {
      return 'platform';
    }
    if (p[0] === 'process' && p[1] === 'env' && p[2] !== undefined) {
      return HOST_ENV.has(p[2]) ? 'host' : CI_ENV.has(p[2]) ? 'ci' : undefined;
    }
    return isRandomSource({ ...ref, path: p.slice(0, 2) }) && p[2] === '()' ? 'random' : undefined;
  }
  const member = ref.path[0] === 'default' ? ref.path[1] : ref.path[0];
  if (ref.module === 'os' && member !== undefined) {
    return HOST_OS.has(member) ? 'host' : PLATFORM_OS.has(member) ? 'platform' : undefined;
  }
  return ref.module === 'crypto' && isRandomSource({ ...ref, path: ref.path.slice(0, 1) }) ? 'random' : undefined;
}

interface SideScan {
  kinds: Set<TriggerKind | 'now' | 'date' | 'ua'>;
  nowCount: number;
  /** Something in the side is neither a source nor a constant (a variable, a parameter). */
  impure: boolean;
  input: boolean;
  scale: number;
}

function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'ChainExpression' || n.type === 'AwaitExpression') {
    n = n.type === 'AwaitExpression' ? n.argument : n.expression;
  }
  return n;
}

/** The Date a getter is called on was made from nothing (`new Date()`), i.e. it is the current time. */
function isNowDate(ctx: TsRuleContext, node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 4) {
    return false;
  }
  if (n.type === 'NewExpression') {
    return n.arguments.length === 0 || (n.arguments.length === 1 && ctx.refs(n.arguments[0]).some((r) => refKind(r) === 'now'));
  }
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
    return isNowDate(ctx, n.callee.object, depth + 1);
  }
  if (n.type === 'CallExpression' && n.arguments.length === 0) {
    return ctx.refs(n.callee).some((r) => r.module === undefined && r.path.length === 1 && r.path[0] === 'Date');
  }
  if (n.type === 'Identifier') {
    const decl = ctx.values(n).find((v) => v.kind === 'ref')?.trace?.[0];
    if (decl?.type === 'VariableDeclarator' && decl.init !== null && decl.init !== undefined && isNowDate(ctx, decl.init, depth + 1)) {
      return true;
    }
    return dateParameter(ctx, n, depth);
  }
  return false;
}

/**
 * `function isReportDay(at: Date)`, `(now = new Date()) => ...`: a parameter that holds the moment the
 * caller is at. Calendar tests on it (`at.getUTCDay() === 5`) are tests of when the code runs.
 */
function dateParameter(ctx: TsRuleContext, n: TSESTree.Identifier, depth: number): boolean {
  const fn = ctx.enclosingFunction(n);
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') {
    return false;
  }
  for (const param of fn.params) {
    const id = param.type === 'AssignmentPattern' ? param.left : param;
    if (id.type !== 'Identifier' || id.name !== n.name) {
      continue;
    }
    const annotation = id.typeAnnotation?.typeAnnotation;
    if (annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Date') {
      return true;
    }
    return param.type === 'AssignmentPattern' && isNowDate(ctx, param.right, depth + 1);
  }
  return false;
}

function isConstant(values: Value[]): boolean {
  return values.length > 0 && values.every((v) => v.kind === 'num' || v.kind === 'str');
}

/** A fixed moment: a number, a date string, `new Date('2027-01-01')`, `Date.parse(...)`, `Date.UTC(...)`. */
function isFixedMoment(ctx: TsRuleContext, node: Node): boolean {
  const n = unwrap(node);
  if (isConstant(ctx.values(n))) {
    return true;
  }
  const call = n.type === 'Identifier' ? constInit(ctx, n) : n;
  if (!call || (call.type !== 'NewExpression' && call.type !== 'CallExpression')) {
    return false;
  }
  if (call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.arguments.length === 0) {
    return isFixedMoment(ctx, call.callee.object);
  }
  const refs = ctx.refs(call.callee);
  const dateCtor = refs.some(
    (r) =>
      r.module === undefined && ((r.path.length === 1 && r.path[0] === 'Date') || ['Date.parse', 'Date.UTC'].includes(r.path.join('.'))),
  );
  return dateCtor && call.arguments.length > 0 && call.arguments.every((a) => isConstant(ctx.values(a)));
}

/** What a local function returns: an arrow's expression body, or the arguments of its own `return` statements. */
function returnedExpressions(fn: Node): Node[] {
  if (fn.type === 'ArrowFunctionExpression' && fn.body.type !== 'BlockStatement') {
    return [fn.body];
  }
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') {
    return [];
  }
  const out: Node[] = [];
  const stack: Node[] = [...(fn.body.type === 'BlockStatement' ? fn.body.body : [])];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'ReturnStatement') {
      if (node.argument) {
        out.push(node.argument);
      }
    } else if (node.type === 'IfStatement') {
      stack.push(node.consequent, ...(node.alternate ? [node.alternate] : []));
    } else if (node.type === 'BlockStatement') {
      stack.push(...node.body);
    }
  }
  return out;
}

/** The initializer of the file's only declaration of a name, when it is a `const` (a boolean test has no value to trace). */
function uniqueConstInit(ctx: TsRuleContext, name: string): Node | undefined {
  const found = ctx.declarators(name);
  const only = found.length === 1 ? found[0] : undefined;
  return only?.init && only.parent?.type === 'VariableDeclaration' && only.parent.kind === 'const' ? only.init : undefined;
}

function constInit(ctx: TsRuleContext, node: TSESTree.Identifier): Node | undefined {
  const values = ctx.values(node);
  const decl = values.length === 1 ? values[0].trace?.[0] : undefined;
  return decl?.type === 'VariableDeclarator' && decl.init ? decl.init : undefined;
}

function scanSide(ctx: TsRuleContext, side: Node): SideScan {
  const scan: SideScan = { kinds: new Set(), nowCount: 0, impure: false, input: false, scale: 1 };
  const work: Node[] = [side];
  let count = 0;
  while (work.length > 0 && count++ < MAX_SIDE_NODES) {
    const node = unwrap(work.pop() as Node);
    if (node.type === 'Literal' || node.type === 'TemplateLiteral') {
      continue;
    }
    if (node.type === 'BinaryExpression' || node.type === 'LogicalExpression') {
      if (node.type === 'BinaryExpression' && node.operator === '*') {
        for (const v of [...ctx.values(node.left), ...ctx.values(node.right)]) {
          if (v.kind === 'num' && v.value > 1) {
            scan.scale *= v.value;
          }
        }
      }
      work.push(node.left as Node, node.right);
      continue;
    }
    if (node.type === 'UnaryExpression') {
      work.push(node.argument);
      continue;
    }
    classifyLeaf(ctx, node, scan, work);
  }
  if (count >= MAX_SIDE_NODES) {
    scan.impure = true;
  }
  return scan;
}

const PURE_NAMESPACES = new Set(['Math', 'Number', 'String', 'parseInt', 'parseFloat', 'BigInt']);

function classifyLeaf(ctx: TsRuleContext, node: Node, scan: SideScan, work: Node[]): void {
  if (node.type === 'CallExpression') {
    const refs = ctx.refs(node.callee);
    // `Math.floor(Date.now() / 1000)`, `String(os.hostname())`: look through pure helpers.
    if (refs.length > 0 && refs.every((r) => r.module === undefined && PURE_NAMESPACES.has(r.path[0]) && r.path[1] !== 'random')) {
      node.arguments.forEach((a) => work.push(a));
      return;
    }
  }
  let known = false;
  for (const v of ctx.values(node)) {
    if (v.kind === 'num' || v.kind === 'str') {
      known = true;
      continue;
    }
    const kind = v.kind === 'ref' ? refKind(v) : undefined;
    if (kind) {
      known = true;
      scan.kinds.add(kind);
      scan.nowCount += kind === 'now' || kind === 'date' ? 1 : 0;
      if (kind === 'random' && node.type === 'CallExpression') {
        const bounds = node.arguments.flatMap((a) => ctx.values(a)).filter((x) => x.kind === 'num');
        scan.scale *= Math.max(1, ...bounds.map((x) => (x.kind === 'num' ? x.value : 1)));
      }
    }
  }
  if (known) {
    return;
  }
  if (clockParameter(ctx, node)) {
    scan.kinds.add('now');
    scan.nowCount += 1;
    return;
  }
  // `at.getUTCDay()` where `at: Date` (or `today = new Date()`) is a parameter: the caller's current moment.
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && isNowDate(ctx, node)) {
    scan.kinds.add('date');
    scan.nowCount += 1;
    return;
  }
  if (isInput(ctx, node)) {
    scan.input = true;
    return;
  }
  scan.impure = true;
}

/** `String(x ?? '')`, `decodeURIComponent(x)`, `x || ''`, `x.trim()`: the value being converted. */
function unwrapConversion(ctx: TsRuleContext, node: Node, depth = 0): Node {
  const n = unwrap(node);
  if (depth > 4) {
    return n;
  }
  if (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||')) {
    return unwrapConversion(ctx, n.left, depth + 1);
  }
  if (n.type === 'CallExpression' && n.arguments.length === 1 && n.arguments[0].type !== 'SpreadElement') {
    const conversion = ctx
      .refs(n.callee)
      .some((r) => r.module === undefined && r.path.length === 1 && /^(String|decodeURIComponent|decodeURI)$/.test(r.path[0]));
    if (conversion) {
      return unwrapConversion(ctx, n.arguments[0], depth + 1);
    }
  }
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    !n.callee.computed &&
    n.callee.property.type === 'Identifier' &&
    /^(trim|toLowerCase|toUpperCase|toString|trimStart|trimEnd)$/.test(n.callee.property.name)
  ) {
    return unwrapConversion(ctx, n.callee.object, depth + 1);
  }
  return n;
}

/** A parameter whose default is the clock (`now = Date.now()`): the current time unless a caller says otherwise. */
function clockParameter(ctx: TsRuleContext, node: Node): boolean {
  if (node.type !== 'Identifier') {
    return false;
  }
  for (let fn = ctx.enclosingFunction(node), i = 0; fn.type !== 'Program' && i < 6; fn = ctx.enclosingFunction(fn), i++) {
    const params = (fn as TSESTree.FunctionLike).params ?? [];
    for (const param of params) {
      if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier' && param.left.name === node.name) {
        return ctx.refs(param.right).some((r) => refKind(r) === 'now') || isNowDate(ctx, param.right);
      }
      if (param.type === 'Identifier' && param.name === node.name) {
        return false;
      }
    }
  }
  return false;
}

/** `req.headers['x-debug']`, `req.query.key`, `process.argv[2]`, `request.get('x-token')`. */
export function isInput(ctx: TsRuleContext, node: Node): boolean {
  let n = unwrap(node);
  // `req.get('x-token')`, `request.header('x')`: a getter called on the input object.
  let sawMember = false;
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
    n = unwrap(n.callee.object);
    sawMember = true;
  }
  while (n.type === 'MemberExpression') {
    sawMember = true;
    // `c.req.header('x')` (Hono), `ctx.request.headers`, `event.request.url`: the request hangs off a context object.
    if (!n.computed && n.property.type === 'Identifier' && /^(req|request)$/.test(n.property.name)) {
      return true;
    }
    n = unwrap(n.object);
  }
  if (n.type === 'Identifier' && !sawMember) {
    // `const token = req.headers['x-token']; if (token === '...')`, also through `String(...)` and `?? ''`.
    const init = constInit(ctx, n);
    const inner = init === undefined ? undefined : unwrapConversion(ctx, init);
    const getter = inner?.type === 'CallExpression' && inner.callee.type === 'MemberExpression';
    return inner !== undefined && (inner.type === 'MemberExpression' || getter) && isInput(ctx, inner);
  }
  if (n.type !== 'Identifier') {
    return false;
  }
  if (INPUT_ROOT.test(n.name)) {
    return true;
  }
  return ctx.refs(node).some((r) => r.module === undefined && r.path[0] === 'process' && (r.path[1] === 'argv' || r.path[1] === 'env'));
}

/** A fixed user-agent value or prefix worth matching (`EdgeUptime/3.2`), not an empty or one-letter string. */
function isAgentValue(s: string): boolean {
  return s.trim().length >= 4;
}

/**
 * Whether an input value is the request's User-Agent header: `req.headers['user-agent']`,
 * `c.req.header('User-Agent') ?? ''`, `const ua = req.get('user-agent')`.
 */
function readsUserAgent(ctx: TsRuleContext, node: Node, depth = 0): boolean {
  const n = unwrapConversion(ctx, node);
  if (n.type === 'Identifier' && depth < 3) {
    const init = constInit(ctx, n);
    return init !== undefined && readsUserAgent(ctx, init, depth + 1);
  }
  return /user[-_]?agent/i.test(ctx.text(n));
}

/** A long, password-like literal: `letmein-8f3a9c2e`, not `application/json` or `production`. */
export function isMagicString(s: string): boolean {
  if (s.length < 8 || s.length > 200 || !/^[\x21-\x7e]+$/.test(s) || s.includes('/') || /^\d{4}-\d{2}-\d{2}/.test(s)) {
    return false;
  }
  return (/[a-z]/i.test(s) && /\d/.test(s) && !/^v?\d+(\.\d+)+/.test(s)) || (s.length >= 24 && /[a-z]/.test(s) && /[A-Z]/.test(s));
}

function judgeComparison(ctx: TsRuleContext, op: string, src: Node, other: Node): TriggerKind | undefined {
  const scan = scanSide(ctx, src);
  if (scan.input && !scan.impure) {
    const strings = ctx.strings(other);
    if (op !== '===' && op !== '==') {
      return undefined;
    }
    return strings?.some(isMagicString) ? 'magic' : strings?.some(isAgentValue) && readsUserAgent(ctx, src) ? 'agent' : undefined;
  }
  if (scan.impure || scan.kinds.size === 0) {
    return undefined;
  }
  const otherValues = ctx.values(other);
  if (scan.kinds.has('random')) {
    return isConstant(otherValues) && isRare(op, scan.scale, otherValues) ? 'random' : undefined;
  }
  if (scan.kinds.has('now') || scan.kinds.has('date')) {
    if (scan.nowCount !== 1 || !isFixedMoment(ctx, other)) {
      return undefined;
    }
    return scan.kinds.has('now') || isNowDate(ctx, src) || anyNowDate(ctx, src) ? timeSanity(ctx, src, otherValues) : undefined;
  }
  if (!isConstant(otherValues)) {
    return undefined;
  }
  if (scan.kinds.has('automation')) {
    return 'automation';
  }
  return scan.kinds.has('host') ? 'host' : scan.kinds.has('ci') ? 'ci' : scan.kinds.has('platform') ? 'platform' : undefined;
}

function anyNowDate(ctx: TsRuleContext, src: Node): boolean {
  const n = unwrap(src);
  return n.type === 'BinaryExpression' && (isNowDate(ctx, n.left) || isNowDate(ctx, n.right));
}

/** `Date.now() > 0` is not a deadline: an epoch threshold must be a plausible moment, a year a plausible year. */
function timeSanity(ctx: TsRuleContext, src: Node, values: Value[]): TriggerKind | undefined {
  const nums = values.filter((v): v is Extract<Value, { kind: 'num' }> => v.kind === 'num').map((v) => v.value);
  if (nums.length === 0) {
    return 'time';
  }
  const getters = ctx.refs(src).map((r) => (r.path[r.path.length - 1] === '()' ? r.path[r.path.length - 2] : undefined));
  // `at.getUTCDay()` on a Date parameter has no ref: the getter is read from the call.
  const n = unwrap(src);
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    !n.callee.computed &&
    n.callee.property.type === 'Identifier'
  ) {
    getters.push(n.callee.property.name);
  }
  const small = getters.some((g) => g !== undefined && /^get(UTC)?(Month|Date|Day|Hours|Minutes|Seconds)$/.test(g));
  const year = getters.some((g) => g !== undefined && /^get(UTC)?FullYear$|^getYear$/.test(g));
  const ok = (x: number): boolean => (small ? x >= 0 && x <= 60 : year ? x >= 1970 && x <= 2200 : x >= 1e9);
  return nums.every(ok) ? 'time' : undefined;
}

function isRare(op: string, scale: number, values: Value[]): boolean {
  const c = values[0].kind === 'num' ? values[0].value / scale : NaN;
  if (op === '<' || op === '<=') {
    return c > 0 && c <= 0.05;
  }
  if (op === '>' || op === '>=') {
    return c >= 0.95 && c < 1;
  }
  return (op === '===' || op === '==') && scale >= 20;
}

/** The trigger a condition tests, if any (looking through `!`, `&&`, `||` and parentheses). */
export function triggerOf(ctx: TsRuleContext, test: Node, depth = 0): Trigger | undefined {
  const n = unwrap(test);
  if (n.type === 'LogicalExpression') {
    return triggerOf(ctx, n.left, depth) ?? triggerOf(ctx, n.right, depth);
  }
  if (n.type === 'UnaryExpression' && n.operator === '!') {
    return triggerOf(ctx, n.argument, depth);
  }
  if (depth < 2 && n.type === 'Identifier') {
    // `const onAgent = os.userInfo().username === 'runner'; ... if (onAgent)`: the test is where the constant is set.
    const init = constInit(ctx, n) ?? uniqueConstInit(ctx, n.name);
    const found = init ? triggerOf(ctx, init, depth + 1) : undefined;
    if (found) {
      return found;
    }
  }
  if (depth < 2 && n.type === 'CallExpression') {
    // `if (onBuildAgent())`, `if (!isReportDay(stats.at))`: a local helper that returns the test.
    for (const value of ctx.values(n.callee)) {
      if (value.kind === 'fn') {
        for (const expr of returnedExpressions(value.node)) {
          const found = triggerOf(ctx, expr, depth + 1);
          if (found) {
            return found;
          }
        }
      }
    }
  }
  if (n.type === 'BinaryExpression' && COMPARISONS.has(n.operator) && n.left.type !== 'PrivateIdentifier') {
    const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
    const kind =
      judgeComparison(ctx, n.operator, n.left, n.right) ?? judgeComparison(ctx, flipped[n.operator] ?? n.operator, n.right, n.left);
    return kind ? { kind, node: n } : undefined;
  }
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    !n.callee.computed &&
    n.callee.property.type === 'Identifier'
  ) {
    if (!STRING_TESTS.has(n.callee.property.name)) {
      return undefined;
    }
    const [subject, argument] = n.callee.property.name === 'test' ? [n.arguments[0], n.callee.object] : [n.callee.object, n.arguments[0]];
    if (!subject || !argument || subject.type === 'SpreadElement') {
      return undefined;
    }
    const scan = scanSide(ctx, subject);
    const constant = argument.type === 'Literal' || isConstant(ctx.values(argument));
    // `token.endsWith('-5f0c2a9e7b13')`: an input matched against a hard-coded magic fragment.
    if (scan.input && !scan.impure && /^(includes|startsWith|endsWith)$/.test(n.callee.property.name)) {
      const strings = ctx.strings(argument);
      if (strings?.some(isMagicString)) {
        return { kind: 'magic', node: n };
      }
      // `(c.req.header('user-agent') ?? '').startsWith(PROBE_AGENT)`: a header any client sets, matched against a fixed value.
      return strings?.some(isAgentValue) && readsUserAgent(ctx, subject) ? { kind: 'agent', node: n } : undefined;
    }
    // `navigator.userAgent.includes('HeadlessChrome')`, `/headless/i.test(navigator.userAgent)`.
    if (scan.kinds.has('ua') && !scan.impure) {
      const words = ctx.strings(argument) ?? [ctx.text(argument)];
      return words.some((w) => HEADLESS_AGENT.test(w)) ? { kind: 'automation', node: n } : undefined;
    }
    const kind = scan.kinds.has('host') ? 'host' : scan.kinds.has('ci') ? 'ci' : scan.kinds.has('platform') ? 'platform' : undefined;
    return kind && !scan.impure && constant ? { kind, node: n } : undefined;
  }
  if (n.type === 'MemberExpression' || n.type === 'Identifier') {
    // `if (process.env.GITHUB_ACTIONS)`, `if (navigator.webdriver)`: truthiness of a CI, host or automation variable.
    const kinds = ctx.refs(n).map(refKind);
    const kind = kinds.find((k) => k === 'ci' || k === 'host' || k === 'automation');
    return kind === 'ci' || kind === 'host' || kind === 'automation' ? { kind, node: n } : undefined;
  }
  if (n.type === 'BinaryExpression' && n.operator === 'in') {
    // `'Cypress' in window`, `'webdriver' in navigator`: only a property of the browser's own objects counts.
    const names = n.left.type === 'PrivateIdentifier' ? [] : (ctx.strings(n.left) ?? []);
    const holder = /^(window|globalThis|self|navigator)$/.test(ctx.text(n.right)) && ctx.refs(n.right).some((r) => r.module === undefined);
    return holder && names.some((s) => s === 'webdriver' || AUTOMATION_GLOBAL.test(s)) ? { kind: 'automation', node: n } : undefined;
  }
  return undefined;
}
