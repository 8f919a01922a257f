/**
 * What a Python condition tests, for py/trigger-condition: the current date or time against a
 * fixed moment, the machine's identity (host name, user, MAC address, OS, CI variables), a rare
 * random draw, or an input against a hard-coded magic value. Only comparisons with constants
 * count: `time.time() - start > 5` measures elapsed time and `expires_at < datetime.now()` checks data.
 */
import type { PyRuleContext } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isMagicString } from './trigger-tests';
import { assignedValues, envKey, isEnvMapping } from './py-fs-paths';
import { CI_ENV, FIXED_MOMENT_CALLS, HOST_ENV, HOST_NAMES, NOW_PREFIXES, PLATFORM_NAMES, RANDOM_CALLS } from './py-trigger-sources';

/** `request`: a request value compared with a stored one (reported only when it guards an administrator log-in). */
export type TriggerKind = 'time' | 'host' | 'platform' | 'ci' | 'random' | 'magic' | 'request';
type SourceKind = TriggerKind | 'now';

export interface Trigger {
  kind: TriggerKind;
  node: PyNode;
}

/** Pure wrappers looked through: `int(time.time())`, `str(socket.gethostname()).lower()`. */
const PURE = new Set(['builtins.int', 'builtins.float', 'builtins.round', 'builtins.str', 'builtins.abs', 'math.floor', 'math.ceil']);
/** Digests of their argument: comparing one with a constant is comparing the input with a magic value. */
const HASHES = /^hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs])$/;
/** Methods whose result is still the value they are called on, for a comparison with a constant. */
const TRANSPARENT_METHODS = new Set(['encode', 'decode', 'hexdigest', 'digest', 'lower', 'upper', 'strip', 'lstrip', 'rstrip', 'casefold']);
const INPUT_ROOT =
  /^(request|req|headers|query|params|args|kwargs|argv|body|payload|data|form|cookies|event|message|msg|token|auth_token|api_key|apikey|password|passwd|pwd|secret|username|user_name|key|code|license_key|header|x_api_key)$/i;
const STRING_TESTS = new Set(['startswith', 'endswith', 'find', 'index', 'count', '__contains__', '__eq__']);
const MAX_SIDE_NODES = 40;

interface SideScan {
  kinds: Set<SourceKind>;
  nowCount: number;
  impure: boolean;
  input: boolean;
  scale: number;
  /** The getters read on a now-value (`.year`, `.weekday()`). */
  getters: string[];
}

function nameKind(name: string): { kind: SourceKind; rest: string } | undefined {
  for (const prefix of NOW_PREFIXES) {
    if (name.startsWith(prefix)) {
      return { kind: 'now', rest: name.slice(prefix.length) };
    }
  }
  if (HOST_NAMES.has(name)) {
    return { kind: 'host', rest: '' };
  }
  if (PLATFORM_NAMES.has(name)) {
    return { kind: 'platform', rest: '' };
  }
  if (RANDOM_CALLS.has(name)) {
    return { kind: 'random', rest: '' };
  }
  return undefined;
}

/** The environment variable an expression reads, as a trigger kind (`os.environ.get('CI')`). */
function envKind(ctx: PyRuleContext, node: PyNode): SourceKind | 'input' | undefined {
  const env = envKey(ctx, node);
  if (!env) {
    return undefined;
  }
  const keys = env.key ? ctx.strings(env.key) : undefined;
  if (keys?.some((k) => CI_ENV.has(k))) {
    return 'ci';
  }
  return keys?.some((k) => HOST_ENV.has(k)) ? 'host' : 'input';
}

function isConstant(ctx: PyRuleContext, node: PyNode, depth = 0): boolean {
  const values = ctx.values(node);
  if (values.length > 0 && values.every((v) => v.kind === 'num' || v.kind === 'str')) {
    return true;
  }
  // Bounded: `rng = (rng, 1)` is a tuple that contains itself.
  return depth < 8 && values.length === 1 && values[0].kind === 'seq' && values[0].items.every((i) => isConstant(ctx, i, depth + 1));
}

/** The root identifier of `request.headers.get('x')`, `params['k']`. */
function rootOf(node: PyNode): PyNode {
  let n = node;
  for (;;) {
    const next =
      n.type === 'attribute'
        ? field(n, 'object')
        : n.type === 'subscript'
          ? field(n, 'value')
          : n.type === 'call'
            ? field(n, 'function')
            : undefined;
    if (!next) {
      return n;
    }
    n = next;
  }
}

function isInput(ctx: PyRuleContext, node: PyNode, depth = 0): boolean {
  if (ctx.names(node).some((n) => /^(flask\.request|sys\.argv|builtins\.input\(\)|django\.http|fastapi\.Request|starlette)/.test(n))) {
    return true;
  }
  const root = rootOf(node);
  if (root.type !== 'identifier') {
    return false;
  }
  if (INPUT_ROOT.test(ctx.text(root))) {
    return true;
  }
  const sources = depth < 2 ? assignedValues(ctx, root) : [];
  return sources.length === 1 && isInput(ctx, sources[0], depth + 1);
}

function scanSide(ctx: PyRuleContext, side: PyNode): SideScan {
  const scan: SideScan = { kinds: new Set(), nowCount: 0, impure: false, input: false, scale: 1, getters: [] };
  const work: PyNode[] = [side];
  let count = 0;
  while (work.length > 0 && count++ < MAX_SIDE_NODES) {
    const node = work.pop() as PyNode;
    if (node.type === 'parenthesized_expression' || node.type === 'unary_operator' || node.type === 'await') {
      work.push(...namedChildren(node));
      continue;
    }
    if (node.type === 'binary_operator') {
      const [left, right] = [field(node, 'left'), field(node, 'right')];
      if (ctx.text(field(node, 'operator') ?? node) === '*') {
        for (const n of [...(left ? (ctx.numbers(left) ?? []) : []), ...(right ? (ctx.numbers(right) ?? []) : [])]) {
          scan.scale *= n > 1 ? n : 1;
        }
      }
      work.push(...[left, right].filter((c): c is PyNode => c !== undefined));
      continue;
    }
    classifyLeaf(ctx, node, scan, work);
  }
  if (count >= MAX_SIDE_NODES) {
    scan.impure = true;
  }
  return scan;
}

function classifyLeaf(ctx: PyRuleContext, node: PyNode, scan: SideScan, work: PyNode[]): void {
  if (node.type === 'call' && ctx.callNames(node).some((n) => PURE.has(n) || HASHES.test(n))) {
    work.push(...callArguments(node, ctx.sourceText).positional);
    return;
  }
  const fn = node.type === 'call' ? field(node, 'function') : undefined;
  if (fn?.type === 'attribute' && TRANSPARENT_METHODS.has(ctx.text(field(fn, 'attribute') ?? fn))) {
    // `hashlib.sha256(token.encode()).hexdigest()`: the input, hashed, is still the input compared.
    const object = field(fn, 'object');
    if (object) {
      work.push(object);
      return;
    }
  }
  const env = envKind(ctx, node);
  if (env === 'input') {
    scan.input = true;
    return;
  }
  if (env) {
    scan.kinds.add(env);
    return;
  }
  if (isConstant(ctx, node)) {
    return;
  }
  let known = false;
  for (const name of ctx.names(node)) {
    const hit = nameKind(name);
    if (!hit) {
      continue;
    }
    known = true;
    scan.kinds.add(hit.kind);
    if (hit.kind === 'now') {
      scan.nowCount++;
      scan.getters.push(hit.rest);
    }
    if (hit.kind === 'random' && node.type === 'call') {
      const bounds = callArguments(node, ctx.sourceText).positional.flatMap((a) => ctx.numbers(a) ?? []);
      scan.scale *= Math.max(1, ...bounds);
    }
  }
  if (known) {
    return;
  }
  if (isInput(ctx, node)) {
    scan.input = true;
    return;
  }
  scan.impure = true;
}

/** A fixed moment: a number, a date string, `datetime(2027, 1, 1)`, `date.fromisoformat('...')`, a variable holding one. */
function isFixedMoment(ctx: PyRuleContext, node: PyNode, depth = 0): boolean {
  if (depth > 4) {
    return false;
  }
  if (isConstant(ctx, node)) {
    return true;
  }
  if (node.type === 'identifier') {
    const sources = assignedValues(ctx, node);
    return sources.length === 1 && isFixedMoment(ctx, sources[0], depth + 1);
  }
  if (node.type === 'attribute' || (node.type === 'call' && field(node, 'function')?.type === 'attribute' && !isMomentCall(ctx, node))) {
    // `datetime(2027, 1, 1).date()`, `deadline.timestamp()`
    const inner = node.type === 'attribute' ? field(node, 'object') : field(field(node, 'function') as PyNode, 'object');
    return inner !== undefined && isFixedMoment(ctx, inner, depth + 1);
  }
  if (node.type !== 'call' || !isMomentCall(ctx, node)) {
    return false;
  }
  const args = callArguments(node, ctx.sourceText);
  return args.positional.length > 0 && args.positional.every((a) => isConstant(ctx, a));
}

function isMomentCall(ctx: PyRuleContext, node: PyNode): boolean {
  return ctx.callNames(node).some((n) => FIXED_MOMENT_CALLS.has(n));
}

/** `time.time() > 0` is not a deadline: an epoch must be a plausible moment, a year a plausible year. */
function timeSanity(ctx: PyRuleContext, scan: SideScan, other: PyNode): boolean {
  const nums = ctx.numbers(other);
  if (!nums) {
    return true;
  }
  const getter = scan.getters.join('');
  const small = /\.(month|day|hour|minute|second|weekday\(\)|isoweekday\(\)|tm_mon|tm_mday|tm_hour|tm_min|tm_wday)$/.test(getter);
  const year = /\.(year|tm_year)$/.test(getter);
  const ok = (x: number): boolean => (small ? x >= 0 && x <= 60 : year ? x >= 1970 && x <= 2200 : x >= 1e9);
  return nums.every(ok);
}

function isRare(ctx: PyRuleContext, op: string, scale: number, other: PyNode): boolean {
  const nums = ctx.numbers(other);
  const c = nums?.length === 1 ? nums[0] / scale : NaN;
  if (op === '<' || op === '<=') {
    return c > 0 && c <= 0.05;
  }
  if (op === '>' || op === '>=') {
    return c >= 0.95 && c < 1;
  }
  return op === '==' && scale >= 20;
}

function judgeComparison(ctx: PyRuleContext, op: string, src: PyNode, other: PyNode): TriggerKind | undefined {
  const scan = scanSide(ctx, src);
  if (scan.input && !scan.impure && scan.kinds.size === 0) {
    const strings = ctx.strings(other);
    return strings?.some(isMagicString) && (op === '==' || op === 'in' || op === 'is') ? 'magic' : undefined;
  }
  if (scan.impure || scan.kinds.size === 0) {
    return undefined;
  }
  if (scan.kinds.has('random')) {
    return isConstant(ctx, other) && isRare(ctx, op, scan.scale, other) ? 'random' : undefined;
  }
  if (scan.kinds.has('now')) {
    return scan.nowCount === 1 && isFixedMoment(ctx, other) && timeSanity(ctx, scan, other) ? 'time' : undefined;
  }
  if (!isConstant(ctx, other)) {
    return undefined;
  }
  return scan.kinds.has('host') ? 'host' : scan.kinds.has('ci') ? 'ci' : scan.kinds.has('platform') ? 'platform' : undefined;
}

const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function comparison(ctx: PyRuleContext, node: PyNode): TriggerKind | undefined {
  const operands = namedChildren(node);
  for (let i = 0; i + 1 < operands.length; i++) {
    const [a, b] = [operands[i], operands[i + 1]];
    const op = ctx.sourceText.slice(a.end, b.start).replace(/\s+/g, ' ').trim();
    if (op === 'in' || op === 'not in') {
      // `'CI' in os.environ`, `socket.gethostname() in ('a', 'b')`, `'prod' in socket.gethostname()`
      const keys = ctx.strings(a);
      if (keys && ctx.names(b).some(isEnvMapping)) {
        const kind = keys.some((k) => CI_ENV.has(k)) ? 'ci' : keys.some((k) => HOST_ENV.has(k)) ? 'host' : undefined;
        if (kind) {
          return kind;
        }
        continue;
      }
      const kind = judgeComparison(ctx, 'in', a, b) ?? judgeComparison(ctx, 'in', b, a);
      if (kind && kind !== 'time' && kind !== 'random') {
        return kind;
      }
      continue;
    }
    const norm = op === 'is' || op === 'is not' ? '==' : op === '!=' ? '==' : op;
    const kind = judgeComparison(ctx, norm, a, b) ?? judgeComparison(ctx, FLIP[norm] ?? norm, b, a);
    if (kind) {
      return kind;
    }
  }
  return undefined;
}

/** `socket.gethostname().startswith('prod')`, `hmac.compare_digest(token, 'magic-123')`. */
function callTest(ctx: PyRuleContext, node: PyNode): TriggerKind | undefined {
  const args = callArguments(node, ctx.sourceText).positional;
  if (ctx.callNames(node).some((n) => n === 'hmac.compare_digest' || n === 'secrets.compare_digest')) {
    const [a, b] = args;
    return a && b ? (judgeComparison(ctx, '==', a, b) ?? judgeComparison(ctx, '==', b, a)) : undefined;
  }
  const fn = field(node, 'function');
  const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
  const subject = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  if (!subject || !STRING_TESTS.has(method) || !args[0] || !isConstant(ctx, args[0])) {
    return undefined;
  }
  const scan = scanSide(ctx, subject);
  if (scan.impure) {
    return undefined;
  }
  if (scan.input && scan.kinds.size === 0) {
    return method === 'startswith' && ctx.strings(args[0])?.some(isMagicString) ? 'magic' : undefined;
  }
  return scan.kinds.has('host') ? 'host' : scan.kinds.has('ci') ? 'ci' : scan.kinds.has('platform') ? 'platform' : undefined;
}

/** The expressions a local function returns (its own `return` statements, not nested functions'). */
function returnedExpressions(fn: PyNode): PyNode[] {
  if (fn.type === 'lambda') {
    const body = field(fn, 'body');
    return body ? [body] : [];
  }
  const out: PyNode[] = [];
  const stack = [...(field(fn, 'body')?.children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
      continue;
    }
    if (node.type === 'return_statement') {
      out.push(...namedChildren(node).slice(0, 1));
      continue;
    }
    stack.push(...node.children);
  }
  return out;
}

/** `if _on_prod_host():` where the local helper returns a host, time or CI test. */
function helperTrigger(ctx: PyRuleContext, call: PyNode, depth: number): TriggerKind | undefined {
  const fn = field(call, 'function');
  if (!fn || depth > 2) {
    return undefined;
  }
  for (const value of ctx.values(fn)) {
    if (value.kind !== 'fn') {
      continue;
    }
    for (const expr of returnedExpressions(value.node)) {
      const found = triggerOf(ctx, expr, depth + 1);
      if (found) {
        return found.kind;
      }
    }
  }
  return undefined;
}

/** The trigger a condition tests, if any (looking through `not`, `and`, `or`, parentheses and local helper functions). */
export function triggerOf(ctx: PyRuleContext, test: PyNode, depth = 0): Trigger | undefined {
  // Parentheses, `not` and `and`/`or` are looked through without recursion: nesting them thousands
  // deep must not overflow the stack (leaves are tried left to right).
  const stack: PyNode[] = [test];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    switch (node.type) {
      case 'parenthesized_expression':
      case 'not_operator': {
        const inner = namedChildren(node)[0];
        if (inner) {
          stack.push(inner);
        }
        continue;
      }
      case 'boolean_operator': {
        const [left, right] = [field(node, 'left'), field(node, 'right')];
        if (right) {
          stack.push(right);
        }
        if (left) {
          stack.push(left);
        }
        continue;
      }
      default: {
        const found = leafTrigger(ctx, node, depth);
        if (found) {
          return found;
        }
      }
    }
  }
  return undefined;
}

function leafTrigger(ctx: PyRuleContext, test: PyNode, depth: number): Trigger | undefined {
  switch (test.type) {
    case 'comparison_operator': {
      const kind = comparison(ctx, test);
      return kind ? { kind, node: test } : undefined;
    }
    case 'call': {
      const env = envKind(ctx, test);
      if (env === 'ci' || env === 'host') {
        return { kind: env, node: test };
      }
      const kind = callTest(ctx, test) ?? helperTrigger(ctx, test, depth);
      return kind ? { kind, node: test } : undefined;
    }
    case 'subscript': {
      const env = envKind(ctx, test);
      return env === 'ci' || env === 'host' ? { kind: env, node: test } : undefined;
    }
    case 'identifier': {
      // `IS_STAGING = socket.gethostname().startswith("stg")` and later `if IS_STAGING:`: the condition is where it is computed.
      const sources = depth < 2 ? assignedValues(ctx, test) : [];
      return sources.length === 1 ? triggerOf(ctx, sources[0], depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
