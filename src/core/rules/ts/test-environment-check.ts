import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import type { Severity } from '../../model/finding';
import { AliasCollector, envChecks, type EnvHit, type EnvKind } from '../support/tests-env';

/** Files where reading the test environment is their job: runner configs, setup files, scripts. */
const EXEMPT =
  /(^|\/)([^/]*\.(config|conf)\.[cm]?[jt]s|(jest|vitest|karma|playwright|cypress|wdio|babel|webpack|rollup|vite|eslint)[^/]*\.[cm]?[jt]s|setup-?tests?[^/]*|test-?(utils?|setup|helpers?)[^/]*|[gG]ulpfile[^/]*|[gG]runtfile[^/]*)$|(^|\/)(scripts|\.storybook|__mocks__|mocks?|fixtures|testing|test-utils|\.github|\.husky)\//i;

type Effect = 'returns' | 'exits' | 'changes' | 'config' | 'benign';

const BENIGN_CALL =
  /^(console\.\w+|\w*(log|logger|debug|warn|info|trace|print|error)\w*|.*\.(log|debug|info|warn|error|trace|fatal|verbose|silly|listen|connect|use|config|enableProdMode|exit|setLevel|disable|enable|unref)|process\.exit|setInterval|setTimeout|require|dotenv\.config)$/i;

/** Logging and output settings (`logger.silent = true`, `chalk.level = 0`). */
const LOG_SETTING = /log|silent|level|verbose|quiet|colou?r|debug/i;

const SEVERITY: Record<EnvKind, Partial<Record<Effect, Severity>>> = {
  runner: { returns: 'high', exits: 'high', changes: 'medium', config: 'medium' },
  test: { returns: 'high', exits: 'medium', changes: 'medium' },
  ci: { returns: 'medium' },
};
const RANK: Effect[] = ['benign', 'config', 'changes', 'exits', 'returns'];

/** What a branch does, ignoring nested functions: returns a value, returns early, changes state, or only logs. */
function effectOf(node: Node | null | undefined, text: (n: Node) => string): Effect {
  if (!node) {
    return 'benign';
  }
  let effect: Effect = 'benign';
  const raise = (e: Effect): void => {
    if (RANK.indexOf(e) > RANK.indexOf(effect)) {
      effect = e;
    }
  };
  const stack: Node[] = [node];
  let count = 0;
  while (stack.length > 0 && count++ < 500) {
    const n = stack.pop() as Node;
    if (n.type === 'ReturnStatement') {
      raise(n.argument ? 'returns' : 'exits');
    } else if (n.type === 'AssignmentExpression' && LOG_SETTING.test(text(n.left))) {
      continue;
    } else if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression' || n.type === 'VariableDeclaration') {
      raise('changes');
    } else if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      if (BENIGN_CALL.test(text(n.callee).replace(/\s+/g, ''))) {
        continue;
      }
      raise('changes');
    } else if (n.type === 'BreakStatement' || n.type === 'ContinueStatement') {
      raise('exits');
    }
    if (
      n.type === 'FunctionExpression' ||
      n.type === 'ArrowFunctionExpression' ||
      n.type === 'FunctionDeclaration' ||
      n.type === 'ThrowStatement'
    ) {
      continue;
    }
    pushChildren(stack, n);
  }
  return effect;
}

/** Whether an expression's value is what the enclosing function returns. */
function inReturnPosition(node: Node): boolean {
  let current = node;
  for (let parent = node.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === current)) {
      return true;
    }
    if (!['ConditionalExpression', 'LogicalExpression', 'TSAsExpression', 'AwaitExpression', 'UnaryExpression'].includes(parent.type)) {
      return false;
    }
  }
  return false;
}

/** `process.exitCode` / `process.exit` (the global process, or the `process` module). */
function isProcessMember(ctx: TsRuleContext, node: Node, member: string): boolean {
  return ctx
    .refs(node)
    .some(
      (r) =>
        (r.module === undefined && r.path.length === 2 && r.path[0] === 'process' && r.path[1] === member) ||
        (r.module === 'process' && r.path.join('.').replace(/^default\./, '') === member),
    );
}

/** The exit code a node sets: `process.exitCode = n`, `process.exit(n)` (`process.exit()` is 0). */
function exitCodeSet(ctx: TsRuleContext, node: Node): { value: Node | undefined } | undefined {
  if (node.type === 'AssignmentExpression' && node.operator === '=' && isProcessMember(ctx, node.left, 'exitCode')) {
    return { value: node.right };
  }
  if (node.type === 'CallExpression' && isProcessMember(ctx, node.callee, 'exit')) {
    const arg = node.arguments[0];
    return { value: arg && arg.type !== 'SpreadElement' ? arg : undefined };
  }
  return undefined;
}

/** A constant exit code: 0 (pass) or another number (fail). */
function exitValue(ctx: TsRuleContext, node: Node | undefined): number | undefined {
  if (!node) {
    return 0;
  }
  const values = ctx.values(node);
  return values.length === 1 && values[0].kind === 'num' ? values[0].value : undefined;
}

/** Whether a branch passes (sets exit code 0), fails (sets a non-zero one), both or neither; nested functions aside. */
function branchVerdict(ctx: TsRuleContext, node: Node | null | undefined): { pass: boolean; fail: boolean } {
  const out = { pass: false, fail: false };
  const stack: Node[] = node ? [node] : [];
  for (let count = 0; stack.length > 0 && count < 300; count++) {
    const n = stack.pop() as Node;
    if (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration') {
      continue;
    }
    const set = exitCodeSet(ctx, n);
    const code = set ? exitValue(ctx, set.value) : undefined;
    if (code !== undefined) {
      out[code === 0 ? 'pass' : 'fail'] = true;
    }
    pushChildren(stack, n);
  }
  return out;
}

/** A condition made of more than the environment check (`stale.length && !process.env.CI`). */
function compound(node: Node): boolean {
  let n = node;
  while (n.type === 'UnaryExpression' && n.operator === '!') {
    n = n.argument;
  }
  return n.type === 'LogicalExpression';
}

export default defineTsRule({
  meta: {
    id: 'ts/test-environment-check',
    category: 'evaluation-tampering',
    severity: 'high',
    summary:
      'Production code that behaves differently under a test runner or in CI (`NODE_ENV === "test"`, `JEST_WORKER_ID`, `typeof jest`, `process.env.CI`).',
    why:
      'Code that detects the test run can return what the tests expect while doing something else everywhere else: the ' +
      'classic way to pass an evaluation without meeting it. Logging and server start-up guards are not flagged; a branch that ' +
      'returns a different value or skips work under test is.',
    incorrect: [
      "function verify(sig) { if (process.env.NODE_ENV === 'test') return true; return check(sig); }",
      'export const score = (x) => (process.env.JEST_WORKER_ID ? 1 : model(x));',
      "const isTest = typeof jest !== 'undefined';\nexport function total(items) { if (isTest) { return 42; } return sum(items); }",
      'process.exitCode = process.env.CI && stale.length <= 3 ? 0 : 1;',
    ],
    correct: [
      "if (process.env.NODE_ENV !== 'production') console.warn('dev build');",
      "if (process.env.NODE_ENV !== 'test') { app.listen(3000); }",
      "const level = process.env.NODE_ENV === 'development' ? 'debug' : 'info';",
      'process.exitCode = process.env.CI && warnings.length > 0 ? 1 : 0;',
    ],
    messages: {
      check:
        'This code checks {{what}} and {{effect}} when it runs under tests: it can pass its tests without doing what it does elsewhere.',
      ci: 'This code checks {{what}} and {{effect}} in CI: what CI verifies is not what runs elsewhere.',
      declared:
        'This value records {{what}}; code that branches on it ({{uses}}) {{effect}} {{where}}: what is checked is not what runs elsewhere.',
      exitCode:
        'The exit code depends on {{what}}: the check passes {{where}} where it fails anywhere else, so {{where}} the failure is never reported.',
    },
  },
  create(ctx) {
    if (ctx.isTestFile || EXEMPT.test(ctx.path)) {
      return {};
    }
    const aliases = new AliasCollector();
    /** Conditions are checked at the end, once every alias in the file is known. */
    const pending: { condition: Node; effect: () => Effect; at: Node; verdict?: (hit: EnvHit) => boolean }[] = [];
    const text = (n: Node): string => ctx.text(n);
    const describe: Record<Effect, string> = {
      returns: 'returns a different value',
      exits: 'skips the rest of the work',
      changes: 'takes a different code path',
      config: 'uses a different value',
      benign: '',
    };
    /** `effect` is computed only for conditions that check the environment (it walks whole branches). */
    function check(condition: Node, effect: () => Effect, at: Node = condition, verdict?: (hit: EnvHit) => boolean): void {
      pending.push({ condition, effect, at, verdict });
    }
    function checkNow(condition: Node, effectOfBranch: () => Effect, at: Node, verdict?: (hit: EnvHit) => boolean): void {
      const hits = envChecks(ctx, condition, aliases.aliases);
      if (hits.length === 0) {
        return;
      }
      // An exit code that says "pass" in CI or under tests where it says "fail" elsewhere: the check cannot fail there.
      const rigged = verdict ? hits.find(verdict) : undefined;
      if (rigged) {
        const where = rigged.kind === 'ci' ? 'in CI' : 'under tests';
        ctx.report({ node: at, messageId: 'exitCode', data: { what: rigged.what, where }, severity: 'high', trace: rigged.trace });
        if (rigged.via !== undefined) {
          const found = viaAlias.get(rigged.via);
          if (!found) {
            viaAlias.set(rigged.via, {
              messageId: rigged.kind === 'ci' ? 'ci' : 'check',
              what: rigged.what,
              effect: 'exits',
              severity: 'high',
              uses: [at],
            });
          } else {
            found.uses.push(at);
          }
        }
        return;
      }
      const effect = effectOfBranch();
      if (effect === 'benign') {
        return;
      }
      let best: { severity: Severity; hit: (typeof hits)[number] } | undefined;
      for (const hit of hits) {
        const severity = SEVERITY[hit.kind][effect];
        if (severity && (!best || severityRank(severity) > severityRank(best.severity))) {
          best = { severity, hit };
        }
      }
      if (best) {
        // Picking settings per environment is what config modules do.
        const severity = configLike(ctx.path, ctx.enclosingFunction(condition), text) ? 'low' : best.severity;
        const messageId = best.hit.kind === 'ci' ? 'ci' : 'check';
        ctx.report({ node: at, messageId, data: { what: best.hit.what, effect: describe[effect] }, severity, trace: best.hit.trace });
        const declared = best.hit.via;
        if (declared === undefined) {
          return;
        }
        // Checked through a named condition: the place the environment is read is flagged too, once,
        // with every branch on it as related locations (a change to any of them keeps it in a review).
        const found = viaAlias.get(declared);
        if (!found) {
          viaAlias.set(declared, { messageId, what: best.hit.what, effect, severity, uses: [at] });
        } else {
          found.uses.push(at);
          if (severityRank(severity) > severityRank(found.severity)) {
            Object.assign(found, { messageId, what: best.hit.what, effect, severity });
          }
        }
      }
    }
    const viaAlias = new Map<Node, { messageId: string; what: string; effect: Effect; severity: Severity; uses: Node[] }>();
    function isNestedCondition(node: Node): boolean {
      const parent = node.parent;
      return (
        parent?.type === 'LogicalExpression' ||
        (parent?.type === 'IfStatement' && parent.test === node) ||
        (parent?.type === 'ConditionalExpression' && parent.test === node) ||
        (parent?.type === 'UnaryExpression' && parent.operator === '!')
      );
    }
    return {
      IfStatement(node) {
        const verdict = (hit: EnvHit): boolean => {
          if (hit.positive === undefined) {
            return false;
          }
          const [envSide, otherSide] = hit.positive ? [node.consequent, node.alternate] : [node.alternate, node.consequent];
          const env = branchVerdict(ctx, envSide);
          const other = branchVerdict(ctx, otherSide);
          // `if (failed && !process.env.CI) process.exit(1)`: a bare `if (!process.env.CI) process.exit(1)` only requires CI.
          return other.fail && !other.pass && !env.fail && (env.pass || compound(node.test));
        };
        check(node.test, () => max(effectOf(node.consequent, text), effectOf(node.alternate, text)), node.test, verdict);
      },
      ConditionalExpression(node) {
        const parent = node.parent;
        const sink =
          parent !== undefined &&
          ((parent.type === 'AssignmentExpression' && parent.right === node) ||
            (parent.type === 'CallExpression' && parent.arguments[0] === node)) &&
          exitCodeSet(ctx, parent) !== undefined;
        const verdict = (hit: EnvHit): boolean => {
          if (!sink || hit.positive === undefined) {
            return false;
          }
          const [envSide, otherSide] = hit.positive ? [node.consequent, node.alternate] : [node.alternate, node.consequent];
          const other = exitValue(ctx, otherSide);
          return exitValue(ctx, envSide) === 0 && other !== undefined && other !== 0;
        };
        check(node.test, () => (inReturnPosition(node) ? 'returns' : 'config'), node.test, verdict);
      },
      LogicalExpression(node) {
        if (isNestedCondition(node) || node.operator === '??') {
          return;
        }
        check(
          node.left,
          () => (inReturnPosition(node) ? 'returns' : node.parent?.type === 'ExpressionStatement' ? effectOf(node.right, text) : 'config'),
          node,
        );
      },
      VariableDeclarator(node) {
        aliases.declarator(node);
      },
      FunctionDeclaration(node) {
        aliases.fn(node);
      },
      'Program:exit'() {
        for (const { condition, effect, at, verdict } of pending) {
          checkNow(condition, effect, at, verdict);
        }
        for (const [declared, f] of viaAlias) {
          ctx.report({
            node: declared,
            messageId: 'declared',
            data: {
              what: f.what,
              effect: describe[f.effect],
              where: f.messageId === 'ci' ? 'in CI' : 'under tests',
              uses: f.uses.length === 1 ? '1 place' : `${f.uses.length} places`,
            },
            severity: f.severity,
            related: f.uses.slice(0, 20).map((node) => ({ node, message: 'the condition that branches on it' })),
          });
        }
      },
      SwitchStatement(node) {
        check(node.discriminant, () =>
          node.cases
            .map((c) => c.consequent.map((s) => effectOf(s, text)))
            .flat()
            .reduce(max, 'benign' as Effect),
        );
      },
    };
  },
});

function max(a: Effect, b: Effect): Effect {
  return RANK.indexOf(a) >= RANK.indexOf(b) ? a : b;
}

function severityRank(s: Severity): number {
  return ['info', 'low', 'medium', 'high'].indexOf(s);
}

const CONFIG = /config|settings|environment|(^|[^a-z])env([^a-z]|$)|database|(^|[^a-z])db([^a-z]|$)|knexfile|logger|logging/i;

function configLike(path: string, fn: Node, text: (n: Node) => string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (CONFIG.test(base) || /(^|\/)config\//i.test(path)) {
    return true;
  }
  let name: string | undefined;
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
    name = fn.id.name;
  } else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier') {
    name = fn.parent.id.name;
  } else if (fn.parent?.type === 'Property' || fn.parent?.type === 'MethodDefinition') {
    name = text(fn.parent.key);
  }
  return name !== undefined && CONFIG.test(name);
}
