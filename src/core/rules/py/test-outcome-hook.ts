import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isTestContext } from '../support/py-tests-common';
import { assignedValues, walkPy } from '../support/py-fs-paths';
import { clipText } from '../support/py-install-commands';

/** Report attributes whose assignment rewrites a test's result. */
const OUTCOME_ATTRS = /^(outcome|longrepr|passed|failed|skipped|wasxfail|excinfo|exitstatus|testsfailed|testscollected)$/;
/** Methods that replace a hook's result or exception. */
const FORCING = /^(force_result|force_exception|get_result)$/;
const LIST_REMOVALS = /^(clear|remove|pop)$/;
/** Assertion machinery: patching it makes every assertion pass. */
const ASSERT_TARGETS =
  /^(unittest(\.case)?\.TestCase\.(assert\w*|fail\w*|run|__call__|_callTestMethod|debug)|_pytest\.assertion\.\w+.*|pytest\.(main|fail|raises|approx)|_pytest\.outcomes\.\w+|_pytest\.python\.\w+|builtins\.AssertionError)$/;
const EXITS = new Set(['sys.exit', 'os._exit', 'builtins.exit', 'builtins.quit']);

interface Finding {
  node: PyNode;
  messageId: 'hook' | 'exit' | 'patch';
  data: Record<string, string>;
  severity: Severity;
  related?: { node: PyNode; message: string }[];
}

/** The attribute a `setattr(obj, name, value)` (or `object.__setattr__`) call writes, folded. */
function setattrTarget(ctx: PyRuleContext, call: PyNode): string | undefined {
  const names = ctx.callNames(call);
  if (!names.some((n) => n === 'builtins.setattr' || n === 'builtins.object.__setattr__')) {
    return undefined;
  }
  const attr = callArguments(call, ctx.sourceText).positional[1];
  const values = attr ? ctx.strings(attr) : undefined;
  return values?.find((v) => OUTCOME_ATTRS.test(v)) ?? values?.[0];
}

/** What a hook does to test outcomes, and the statement that does it. */
function hookTampering(ctx: PyRuleContext, hook: string, body: PyNode): { what: string; at: PyNode } | undefined {
  let what: string | undefined;
  let last: PyNode = body;
  walkPy(body, (n) => {
    if (what) {
      return false;
    }
    last = n;
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = field(n, 'left');
      const attr = left?.type === 'attribute' ? ctx.text(field(left, 'attribute') ?? left) : '';
      if (OUTCOME_ATTRS.test(attr)) {
        what = `sets \`${clipText(ctx.text(left as PyNode), 40)}\``;
      } else if (
        hook === 'pytest_collection_modifyitems' &&
        left?.type === 'subscript' &&
        /^items$/.test(ctx.text(field(left, 'value') ?? left))
      ) {
        // `items[:] = sorted(items, ...)` reorders; a filtering comprehension or `filter(...)` drops tests.
        const right = field(n, 'right');
        const filters =
          right !== undefined && (/^filter\(/.test(ctx.text(right)) || namedChildren(right).some((c) => c.type === 'if_clause'));
        what = filters ? 'drops tests from the collected list' : undefined;
      } else if (hook === 'pytest_terminal_summary' && left && /stats/.test(ctx.text(left))) {
        what = 'rewrites the reported statistics';
      }
    } else if (n.type === 'call') {
      const fn = field(n, 'function');
      const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
      const object = fn?.type === 'attribute' ? ctx.text(field(fn, 'object') ?? fn) : '';
      const setattrName = setattrTarget(ctx, n);
      if (setattrName && OUTCOME_ATTRS.test(setattrName)) {
        what = `sets \`${setattrName}\` through \`${clipText(ctx.text(fn ?? n), 30)}\``;
      } else if (FORCING.test(method) && method !== 'get_result') {
        what = `replaces the hook result with \`${method}\``;
      } else if (/pytest_deselected$/.test(ctx.text(fn ?? n)) || method === 'deselect') {
        what = 'deselects collected tests';
      } else if (hook === 'pytest_collection_modifyitems' && object === 'items' && LIST_REMOVALS.test(method)) {
        what = `removes collected tests (\`items.${method}\`)`;
      } else if (
        hook === 'pytest_collection_modifyitems' &&
        method === 'add_marker' &&
        /\b(skip|skipif|xfail)\b/.test(markerText(ctx, n))
      ) {
        what = 'marks collected tests as skipped or expected to fail';
      } else if (hook === 'pytest_terminal_summary' && /stats/.test(object) && /^(clear|pop|update|__setitem__)$/.test(method)) {
        what = 'rewrites the reported statistics';
      }
    } else if (n.type === 'delete_statement' && /\bitems\b|stats/.test(ctx.text(n))) {
      what = 'deletes collected tests or reported statistics';
    } else if (n.type === 'return_statement' && hook === 'pytest_pyfunc_call' && namedChildren(n)[0]?.type === 'true') {
      what = 'returns True, so pytest never calls the test function';
    } else if (n.type === 'except_clause' && /^(pytest_runtest_call|pytest_pyfunc_call|pytest_runtest_protocol)$/.test(hook)) {
      const block = namedChildren(n).find((c) => c.type === 'block');
      if (block && namedChildren(block).every((s) => s.type === 'pass_statement' || s.type === 'return_statement')) {
        what = 'swallows the exception a failing test raises';
      }
    }
    return true;
  });
  return what ? { what, at: last } : undefined;
}

export default definePyRule({
  meta: {
    id: 'py/test-outcome-hook',
    category: 'evaluation-tampering',
    severity: 'high',
    summary:
      'Code that changes test results instead of code: pytest hooks that rewrite reports, deselect tests or set the exit status, patches of the assertion machinery, and `sys.exit(0)` in tests or conftest.',
    why:
      'A conftest hook can turn every failure into a pass, drop failing tests from the run, or exit with status 0 before anything ' +
      'fails. The tests themselves look untouched, so a reviewer who reads only test bodies sees nothing wrong.',
    incorrect: [
      'def pytest_runtest_makereport(item, call):\n    outcome = yield\n    rep = outcome.get_result()\n    rep.outcome = "passed"',
      'def pytest_collection_modifyitems(config, items):\n    items[:] = [i for i in items if "slow" not in i.name]',
      'def pytest_sessionfinish(session, exitstatus):\n    session.exitstatus = 0',
      'import unittest\nunittest.TestCase.assertEqual = lambda self, a, b, msg=None: None',
    ],
    correct: [
      'def pytest_runtest_makereport(item, call):\n    outcome = yield\n    rep = outcome.get_result()\n    setattr(item, "rep_" + rep.when, rep)',
      'def pytest_collection_modifyitems(config, items):\n    for item in items:\n        item.add_marker("slow")',
      'import sys, pytest\nif __name__ == "__main__":\n    sys.exit(pytest.main())',
    ],
    messages: {
      hook: '`{{hook}}` {{what}}: the test results no longer say whether the code works.',
      exit: '`{{code}}` ends the test process with success before the remaining tests and the report run.',
      patch: '`{{target}}` is replaced ({{how}}): the assertion machinery stops checking anything.',
    },
  },
  create(ctx) {
    const testFile = isTestContext(ctx);
    const found: Finding[] = [];

    function patchTarget(target: PyNode | undefined): string | undefined {
      return target ? ctx.names(target).find((n) => ASSERT_TARGETS.test(n)) : undefined;
    }

    function inTestCode(node: PyNode): boolean {
      const fn = ctx.enclosingFunction(node);
      const name = fn.type === 'function_definition' ? ctx.text(field(fn, 'name') ?? fn) : '';
      return testFile || /^(test|pytest_)/.test(name);
    }

    return {
      function_definition(node) {
        const name = ctx.text(field(node, 'name') ?? node);
        const body = field(node, 'body');
        if (!/^pytest_\w+$/.test(name) || !body) {
          return;
        }
        const tampering = hookTampering(ctx, name, body);
        if (tampering) {
          const { what, at } = tampering;
          // Skipping or deselecting behind a command-line option (`--runslow`) is the documented opt-in pattern.
          const optIn = name === 'pytest_collection_modifyitems' && /\bconfig\.(getoption|option\.|getini)/.test(ctx.text(body));
          found.push({
            node: at,
            messageId: 'hook',
            data: { hook: name, what },
            severity: optIn ? 'low' : 'high',
            related: [{ node: field(node, 'name') ?? node, message: `in the pytest hook \`${name}\`` }],
          });
        }
      },
      assignment(node) {
        const target = patchTarget(field(node, 'left'));
        if (target) {
          found.push({ node, messageId: 'patch', data: { target, how: 'assigned' }, severity: 'high' });
        }
      },
      call(node) {
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText);
        const callee = ctx.text(field(node, 'function') ?? node);
        const patcher = /^(monkeypatch\.setattr|mocker\.patch\.object)$/.test(callee);
        if (patcher || names.some((n) => n === 'builtins.setattr' || n === 'unittest.mock.patch.object')) {
          const target = args.positional[0] && patchTarget(args.positional[0]);
          const attr = args.positional[1] ? ctx.strings(args.positional[1])?.[0] : undefined;
          const full =
            target ??
            (args.positional[0] && attr
              ? ctx
                  .names(args.positional[0])
                  .map((n) => `${n}.${attr}`)
                  .find((n) => ASSERT_TARGETS.test(n))
              : undefined);
          if (full) {
            found.push({
              node,
              messageId: 'patch',
              data: { target: full, how: `by \`${ctx.text(field(node, 'function') ?? node)}\`` },
              severity: 'high',
            });
          }
          return;
        }
        if (names.some((n) => n === 'pytest.exit') && inTestCode(node)) {
          const code = args.keywords.get('returncode') ?? args.positional[1];
          if (code && ctx.numbers(code)?.every((n) => n === 0)) {
            found.push({ node, messageId: 'exit', data: { code: clipText(ctx.text(node), 60) }, severity: 'high' });
          }
          return;
        }
        if (!names.some((n) => EXITS.has(n)) || !inTestCode(node)) {
          return;
        }
        const code = args.positional[0];
        const success = !code || code.type === 'none' || ctx.numbers(code)?.every((n) => n === 0) === true;
        if (success) {
          found.push({ node, messageId: 'exit', data: { code: clipText(ctx.text(node), 60) }, severity: 'high' });
        }
      },
      'module:exit'() {
        for (const f of found) {
          ctx.report(f);
        }
      },
    };
  },
});

/** `item.add_marker(skip_it)` with `skip_it = pytest.mark.skip(...)`: the call and what its argument was bound to. */
function markerText(ctx: PyRuleContext, call: PyNode): string {
  const arg = callArguments(call, ctx.sourceText).positional[0];
  const bound = arg?.type === 'identifier' ? assignedValues(ctx, arg).map((v) => ctx.text(v)) : [];
  return [ctx.text(call), ...bound].join('\n');
}
