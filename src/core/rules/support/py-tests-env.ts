/**
 * Conditions that tell whether Python code runs under a test runner: `'pytest' in sys.modules`,
 * `os.environ.get('PYTEST_CURRENT_TEST')`, `sys.argv[0].endswith('pytest')`,
 * `hasattr(sys, '_called_from_test')`, `os.environ['TESTING']`. Looks through `not`, `and`/`or`,
 * parentheses and a variable holding the check.
 */
import type { PyRuleContext } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { assignedValues, envKey, isEnvMapping } from './py-fs-paths';

export interface EnvCheck {
  node: PyNode;
  /** What was checked, for the message. */
  what: string;
  /** `ci` when the check is for a CI service rather than a test runner. */
  kind?: 'runner' | 'ci';
  /** The use the check was reached from, when `node` is the value a name was bound to. */
  use?: PyNode;
}

const RUNNER_MODULES = /^(pytest|_pytest|unittest|nose|nose2|doctest|hypothesis)$/;
const RUNNER_VARS =
  /^(PYTEST_CURRENT_TEST|PYTEST_XDIST_WORKER|PYTEST_VERSION|PYTEST_ADDOPTS|UNITTEST_\w+|TESTING|IS_TEST|IS_TESTING|UNIT_TEST|UNIT_TESTING|RUNNING_TESTS|TEST_MODE|IN_TEST|UNDER_TEST|TEST_RUN)$/;
/** Variables CI services set: code that branches on them behaves differently where it is checked. */
const CI_VARS =
  /^(CI|GITHUB_ACTIONS|GITLAB_CI|CIRCLECI|TRAVIS|BUILDKITE|CONTINUOUS_INTEGRATION|JENKINS_URL|TF_BUILD|CODEBUILD_BUILD_ID|TEAMCITY_VERSION)$/;
const RUNNER_WORDS = /pytest|py\.test|unittest|nosetests|\btest\b/;
const RUNNER_ATTRS = /^_?(called_from_test|_called_from_test|running_tests?|is_test(ing)?|in_test)$/;

function isArgv(ctx: PyRuleContext, node: PyNode): boolean {
  let n: PyNode | undefined = node;
  while (n && (n.type === 'subscript' || n.type === 'attribute' || n.type === 'call')) {
    if (ctx.names(n).includes('sys.argv')) {
      return true;
    }
    n = n.type === 'subscript' ? field(n, 'value') : n.type === 'attribute' ? field(n, 'object') : field(n, 'function');
  }
  return n !== undefined && ctx.names(n).includes('sys.argv');
}

function comparisonCheck(ctx: PyRuleContext, node: PyNode): string | undefined {
  const operands = namedChildren(node);
  for (let i = 0; i + 1 < operands.length; i++) {
    const [a, b] = [operands[i], operands[i + 1]];
    const op = ctx.sourceText.slice(a.end, b.start).replace(/\s+/g, ' ').trim();
    const keys = ctx.strings(a);
    if ((op === 'in' || op === 'not in') && keys) {
      if (ctx.names(b).includes('sys.modules') && keys.some((k) => RUNNER_MODULES.test(k))) {
        return `\`${keys[0]}\` in sys.modules`;
      }
      if (ctx.names(b).some(isEnvMapping) && keys.some((k) => RUNNER_VARS.test(k) || CI_VARS.test(k))) {
        return `the ${keys[0]} variable`;
      }
      if (isArgv(ctx, b) && keys.some((k) => RUNNER_WORDS.test(k))) {
        return 'the command line naming a test runner';
      }
    }
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const env = envCheck(ctx, x);
      if (env) {
        return env;
      }
      if (isArgv(ctx, x) && ctx.strings(y)?.some((s) => RUNNER_WORDS.test(s))) {
        return 'the command line naming a test runner';
      }
    }
  }
  return undefined;
}

function envCheck(ctx: PyRuleContext, node: PyNode): string | undefined {
  const env = envKey(ctx, node);
  const keys = env?.key ? ctx.strings(env.key) : undefined;
  const hit = keys?.find((k) => RUNNER_VARS.test(k) || CI_VARS.test(k));
  return hit ? `the ${hit} variable` : undefined;
}

function callCheck(ctx: PyRuleContext, node: PyNode): string | undefined {
  const names = ctx.callNames(node);
  const args = callArguments(node, ctx.sourceText).positional;
  if (names.some((n) => n === 'builtins.hasattr' || n === 'builtins.getattr') && args[0] && args[1]) {
    const attr = ctx.strings(args[1])?.[0];
    if (attr && RUNNER_ATTRS.test(attr) && ctx.names(args[0]).some((n) => n === 'sys' || n === 'builtins')) {
      return `\`sys.${attr}\``;
    }
  }
  const fn = field(node, 'function');
  const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  if (
    object &&
    /^(endswith|startswith|__contains__|find)$/.test(method) &&
    isArgv(ctx, object) &&
    args[0] &&
    ctx.strings(args[0])?.some((s) => RUNNER_WORDS.test(s))
  ) {
    return 'the command line naming a test runner';
  }
  if (
    object &&
    method === 'get' &&
    ctx.names(object).includes('sys.modules') &&
    args[0] &&
    ctx.strings(args[0])?.some((k) => RUNNER_MODULES.test(k))
  ) {
    return `\`${ctx.strings(args[0])?.[0]}\` in sys.modules`;
  }
  return envCheck(ctx, node);
}

/** The test-environment check a condition makes, if any, and whether it is for a test runner or for CI. */
export function testEnvCheck(ctx: PyRuleContext, test: PyNode, depth = 0): EnvCheck | undefined {
  const check = envCheckIn(ctx, test, depth);
  if (check && check.kind === undefined) {
    const name = /the (\w+) variable/.exec(check.what)?.[1];
    check.kind = name !== undefined && CI_VARS.test(name) ? 'ci' : 'runner';
  }
  return check;
}

function envCheckIn(ctx: PyRuleContext, test: PyNode, depth: number): EnvCheck | undefined {
  if (depth > 6) {
    return undefined;
  }
  switch (test.type) {
    case 'parenthesized_expression':
    case 'not_operator': {
      const inner = namedChildren(test)[0];
      return inner ? testEnvCheck(ctx, inner, depth + 1) : undefined;
    }
    case 'boolean_operator': {
      const [left, right] = [field(test, 'left'), field(test, 'right')];
      return (left && testEnvCheck(ctx, left, depth + 1)) || (right && testEnvCheck(ctx, right, depth + 1)) || undefined;
    }
    case 'comparison_operator': {
      const what = comparisonCheck(ctx, test);
      return what ? { node: test, what } : undefined;
    }
    case 'call': {
      const what = callCheck(ctx, test);
      return what ? { node: test, what } : undefined;
    }
    case 'subscript': {
      const what = envCheck(ctx, test);
      return what ? { node: test, what } : undefined;
    }
    case 'attribute': {
      const attr = ctx.text(field(test, 'attribute') ?? test);
      return RUNNER_ATTRS.test(attr) && ctx.names(field(test, 'object') ?? test).includes('sys')
        ? { node: test, what: `\`sys.${attr}\`` }
        : undefined;
    }
    case 'identifier': {
      // `IS_TEST = 'pytest' in sys.modules` ... `if IS_TEST:`: the check is where the name is bound.
      const sources = assignedValues(ctx, test);
      const inner = sources.length === 1 ? testEnvCheck(ctx, sources[0], depth + 1) : undefined;
      return inner ? { ...inner, node: sources[0], use: inner.use ?? test } : undefined;
    }
    default:
      return undefined;
  }
}
