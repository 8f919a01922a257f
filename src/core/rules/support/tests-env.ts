/**
 * Conditions that tell whether the code runs under a test runner or in CI: `process.env.NODE_ENV
 * === 'test'`, `JEST_WORKER_ID`, `VITEST`, `typeof jest !== 'undefined'`, `process.argv` naming
 * a runner, `globalThis.__vitest_worker__`, `process.env.CI`. Followed through aliases.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';

export type EnvKind = 'runner' | 'test' | 'ci';

export interface EnvHit {
  kind: EnvKind;
  /** What was checked, for the message. */
  what: string;
  trace: Node[];
  /** The named condition (`const isTest = ...`, a helper's returned expression) the check was reached through. */
  via?: Node;
  /**
   * Whether the condition leans true when the environment is the test run or CI (`process.env.CI && x`),
   * false (`!process.env.CI`, `NODE_ENV !== 'test'`), or cannot be told (undefined).
   */
  positive?: boolean;
}

const RUNNER_VARS =
  /^(JEST_WORKER_ID|VITEST|VITEST_WORKER_ID|VITEST_POOL_ID|VITEST_MODE|NODE_TEST_CONTEXT|TAP|MOCHA_WORKER_ID|AVA_PATH|JEST_\w+)$/;
const TEST_FLAGS = /^(TEST|TESTING|IS_TEST|UNIT_TEST|RUNNING_TESTS|TEST_MODE|IN_TEST)$/;
const CI_VARS = /^(CI|GITHUB_ACTIONS|GITLAB_CI|CIRCLECI|TRAVIS|BUILDKITE|CONTINUOUS_INTEGRATION|JENKINS_URL|TF_BUILD|CODEBUILD_BUILD_ID)$/;
const MODE_VARS = /^(NODE_ENV|BABEL_ENV|APP_ENV|ENV|ENVIRONMENT|MODE|RUN_ENV)$/;
const RUNNER_GLOBALS = /^(jest|vi|__vitest_worker__|__vitest_environment__|jasmine|mocha|__karma__|describe|it|expect)$/;
const RUNNER_WORDS = /\b(mocha|jest|vitest|ava|jasmine|karma|node --test)\b|\.(test|spec)\.[cm]?[jt]s/;

const MAX_NODES = 200;

/** The environment variable a node reads (`process.env.X`, aliases, `import.meta.env.X`). */
function envVar(ctx: TsRuleContext, node: Node): { name: string; trace: Node[] } | undefined {
  if (node.type !== 'MemberExpression' && node.type !== 'Identifier') {
    return undefined;
  }
  if (node.type === 'MemberExpression' && /^import\.meta\.env$/.test(ctx.text(node.object).replace(/\s+/g, ''))) {
    const key = !node.computed && node.property.type === 'Identifier' ? node.property.name : ctx.strings(node.property)?.[0];
    return key ? { name: key, trace: [] } : undefined;
  }
  for (const ref of ctx.refs(node)) {
    const path = ref.module === 'process' ? ['process', ...ref.path] : ref.module === undefined ? ref.path : [];
    if (path.length === 3 && path[0] === 'process' && path[1] === 'env') {
      return { name: path[2], trace: [...(ref.trace ?? [])] };
    }
  }
  return undefined;
}

function stringsIn(ctx: TsRuleContext, node: Node): string[] {
  const direct = ctx.strings(node);
  if (direct) {
    return direct;
  }
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? (ctx.strings(e) ?? []) : []));
  }
  return [];
}

/** `NODE_ENV === 'test'`, `['test'].includes(NODE_ENV)`, `NODE_ENV.startsWith('test')`. */
function comparesToTest(ctx: TsRuleContext, member: Node): boolean {
  const parent = member.parent;
  if (parent?.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator)) {
    const other = parent.left === member ? parent.right : parent.left;
    return stringsIn(ctx, other).some((s) => /test/i.test(s));
  }
  if (parent?.type === 'MemberExpression' && parent.object === member && parent.parent?.type === 'CallExpression') {
    return parent.parent.arguments.some((a) => stringsIn(ctx, a).some((s) => /test/i.test(s)));
  }
  if (
    parent?.type === 'CallExpression' &&
    parent.arguments.includes(member as TSESTree.CallExpressionArgument) &&
    parent.callee.type === 'MemberExpression'
  ) {
    return stringsIn(ctx, parent.callee.object).some((s) => /test/i.test(s));
  }
  if (parent?.type === 'SwitchStatement') {
    return parent.cases.some((c) => c.test !== null && stringsIn(ctx, c.test).some((s) => /test/i.test(s)));
  }
  return false;
}

/**
 * Local names bound once to a condition (`const isTest = ...`, `function isTest() { return ... }`),
 * looked up by name: a rule reading a condition follows them. Fed every declarator and function
 * declaration of the file during the walk; a name bound twice is dropped.
 */
export class AliasCollector {
  readonly aliases = new Map<string, Node>();
  private readonly seen = new Set<string>();

  declarator(node: TSESTree.VariableDeclarator): void {
    if (node.id.type === 'Identifier' && node.init) {
      const init = node.init;
      const body =
        (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') && init.body.type !== 'BlockStatement'
          ? init.body
          : init;
      this.add(node.id.name, body);
    }
  }

  fn(node: TSESTree.FunctionDeclaration): void {
    if (node.id && node.body.body.length === 1 && node.body.body[0].type === 'ReturnStatement' && node.body.body[0].argument) {
      this.add(node.id.name, node.body.body[0].argument);
    }
  }

  private add(name: string, value: Node): void {
    if (this.seen.has(name)) {
      this.aliases.delete(name);
    } else {
      this.aliases.set(name, value);
    }
    this.seen.add(name);
  }
}

/** The aliases of a whole program, for a rule that needs them outside the walk (rarely). */
export function conditionAliases(program: Node): Map<string, Node> {
  const collector = new AliasCollector();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'VariableDeclarator') {
      collector.declarator(node);
    } else if (node.type === 'FunctionDeclaration') {
      collector.fn(node);
    }
    pushChildren(stack, node);
  }
  return collector.aliases;
}

/** The test-environment checks inside a condition, through local aliases (depth-bounded). */
export function envChecks(ctx: TsRuleContext, condition: Node, aliases: Map<string, Node>, depth = 0): EnvHit[] {
  const hits: EnvHit[] = [];
  const stack: Node[] = [condition];
  let argvSeen = false;
  let runnerWord = false;
  let count = 0;
  while (stack.length > 0 && count++ < MAX_NODES) {
    const node = stack.pop() as Node;
    const hit = checkNode(ctx, node);
    if (hit) {
      hits.push({ ...hit, positive: polarity(ctx, node, condition) });
      continue;
    }
    if (
      node.type === 'MemberExpression' &&
      ctx.refs(node).some((r) => r.module === undefined && r.path[0] === 'process' && /^(argv|execArgv)$/.test(r.path[1] ?? ''))
    ) {
      argvSeen = true;
    }
    if (node.type === 'MemberExpression' && /^require\.main/.test(ctx.text(node))) {
      argvSeen = true;
    }
    if ((node.type === 'Literal' || node.type === 'TemplateLiteral') && (ctx.strings(node) ?? []).some((s) => RUNNER_WORDS.test(s))) {
      runnerWord = true;
    }
    if (node.type === 'Identifier' && depth < 3 && aliases.has(node.name) && node.parent?.type !== 'MemberExpression') {
      const target = aliases.get(node.name) as Node;
      const outer = polarity(ctx, node, condition);
      for (const inner of envChecks(ctx, target, aliases, depth + 1)) {
        const positive = inner.positive === undefined || outer === undefined ? undefined : inner.positive === outer;
        hits.push({ ...inner, trace: [target, ...inner.trace], via: inner.via ?? target, positive });
      }
    }
    pushChildren(stack, node);
  }
  if (argvSeen && runnerWord) {
    hits.push({ kind: 'runner', what: 'the command line names a test runner', trace: [] });
  }
  return hits;
}

/** Literal values that say "off": `process.env.CI === 'false'` is true outside CI. */
const OFF_VALUES = /^(false|0|no|off|undefined|)$/i;

/**
 * Whether `root` leans true when the checked value (`node`, inside `root`) is set: through `!`, `&&`,
 * `||`, parentheses, and comparisons with a string (`NODE_ENV !== 'test'` leans false, `CI === 'true'` true,
 * `typeof jest !== 'undefined'` true).
 * Undefined when the path goes through anything else (a call, a ternary).
 */
function polarity(ctx: TsRuleContext, node: Node, root: Node): boolean | undefined {
  let positive = true;
  let current = node;
  for (let i = 0; current !== root && i < 20; i++) {
    const parent = current.parent;
    if (!parent) {
      return undefined;
    }
    if (parent.type === 'UnaryExpression' && parent.operator === '!') {
      positive = !positive;
    } else if (parent.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator)) {
      const other = parent.left === current ? parent.right : parent.left;
      const strings = stringsIn(ctx, other);
      const nothing = (other.type === 'Identifier' && other.name === 'undefined') || (other.type === 'Literal' && other.value === null);
      if (strings.length === 0 && !nothing) {
        return undefined;
      }
      const off = nothing || strings.every((s) => OFF_VALUES.test(s));
      if (parent.operator.startsWith('!') !== off) {
        positive = !positive;
      }
    } else if (!['LogicalExpression', 'TSAsExpression', 'TSNonNullExpression', 'ChainExpression'].includes(parent.type)) {
      return undefined;
    }
    current = parent;
  }
  return current === root ? positive : undefined;
}

/** What setting an environment variable says about the run (presence only, no comparison). */
function classifyVar(name: string, trace: Node[]): EnvHit | undefined {
  if (RUNNER_VARS.test(name)) {
    return { kind: 'runner', what: `\`${name}\` (set by the test runner)`, trace };
  }
  if (TEST_FLAGS.test(name)) {
    return { kind: 'test', what: `\`${name}\``, trace };
  }
  if (CI_VARS.test(name)) {
    return { kind: 'ci', what: `\`${name}\` (set in CI)`, trace };
  }
  return undefined;
}

/** Whether a node is `process.env` (through aliases). */
function isProcessEnv(ctx: TsRuleContext, node: Node): boolean {
  return ctx
    .refs(node)
    .some(
      (r) =>
        (r.module === 'process' && r.path.length === 1 && r.path[0] === 'env') ||
        (r.module === undefined && r.path.join('.') === 'process.env'),
    );
}

/**
 * Presence tests on `process.env`: `'CI' in process.env`, `Object.hasOwn(process.env, 'CI')`,
 * `process.env.hasOwnProperty('CI')`, `Object.prototype.hasOwnProperty.call(process.env, 'CI')`, `Reflect.has(...)`.
 */
function envPresence(ctx: TsRuleContext, node: Node): EnvHit | undefined {
  let key: Node | undefined;
  if (node.type === 'BinaryExpression' && node.operator === 'in' && isProcessEnv(ctx, node.right)) {
    key = node.left;
  } else if (node.type === 'CallExpression') {
    const callee = ctx.text(node.callee).replace(/\s+/g, '');
    const [first, second] = node.arguments;
    if (/^(Object\.hasOwn|Reflect\.has|Object\.prototype\.hasOwnProperty\.call|\{\}\.hasOwnProperty\.call)$/.test(callee)) {
      key = first && second && isProcessEnv(ctx, first) ? second : undefined;
    } else if (node.callee.type === 'MemberExpression' && /^hasOwnProperty$/.test(ctx.text(node.callee.property))) {
      key = first && isProcessEnv(ctx, node.callee.object) ? first : undefined;
    }
  }
  if (!key || key.type === 'SpreadElement') {
    return undefined;
  }
  for (const name of ctx.strings(key) ?? []) {
    const hit = classifyVar(name, []);
    if (hit) {
      return hit;
    }
  }
  return undefined;
}

function checkNode(ctx: TsRuleContext, node: Node): EnvHit | undefined {
  const env = envVar(ctx, node);
  if (env) {
    if (MODE_VARS.test(env.name) && comparesToTest(ctx, node)) {
      return { kind: 'test', what: `\`${env.name}\` compared with 'test'`, trace: env.trace };
    }
    return classifyVar(env.name, env.trace);
  }
  const presence = envPresence(ctx, node);
  if (presence) {
    return presence;
  }
  if (
    node.type === 'UnaryExpression' &&
    node.operator === 'typeof' &&
    node.argument.type === 'Identifier' &&
    RUNNER_GLOBALS.test(node.argument.name)
  ) {
    return ctx.refs(node.argument).some((r) => r.module === undefined && r.path.length === 1)
      ? { kind: 'runner', what: `\`typeof ${node.argument.name}\``, trace: [] }
      : undefined;
  }
  if (node.type === 'MemberExpression' && node.parent?.type !== 'MemberExpression') {
    const ref = ctx
      .refs(node)
      .find(
        (r) =>
          r.module === undefined &&
          r.path.length === 1 &&
          /^(jest|vi|__vitest_worker__|__vitest_environment__|jasmine|__karma__)$/.test(r.path[0]),
      );
    return ref ? { kind: 'runner', what: `\`${ref.path[0]}\``, trace: [...(ref.trace ?? [])] } : undefined;
  }
  if (node.type === 'BinaryExpression' && node.operator === 'in' && (ctx.strings(node.left) ?? []).some((s) => RUNNER_GLOBALS.test(s))) {
    return { kind: 'runner', what: `\`${ctx.text(node.left)} in ...\``, trace: [] };
  }
  return undefined;
}
