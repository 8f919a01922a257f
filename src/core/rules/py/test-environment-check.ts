import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field, fields, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isTestContext } from '../support/py-tests-common';
import { testEnvCheck, type EnvCheck } from '../support/py-tests-env';
import { walkPy } from '../support/py-fs-paths';
import { clipText } from '../support/py-install-commands';

/** Files where knowing about the test runner is their job: settings, test helpers, scripts, CI. */
const EXEMPT =
  /(^|\/)(settings|conftest|noxfile|toxfile|setup|manage)\.py$|(^|\/)(settings|scripts|testing|test_?utils?|tests?_?helpers?|fixtures|\.github|ci)\//i;
const BENIGN_CALL =
  /^(print|warnings\.warn|logging\..*|.*\blog(ger)?\.\w+|.*\.(setLevel|debug|info|warning|error|exception|critical)|os\.environ\.setdefault|matplotlib\.use)$/i;

type Effect = 'returns' | 'exits' | 'changes' | 'benign';
const RANK: Effect[] = ['benign', 'changes', 'exits', 'returns'];
const SEVERITY: Record<Effect, Severity | undefined> = { returns: 'high', exits: 'medium', changes: 'medium', benign: undefined };

/** What a branch does (nested functions ignored): returns a value, exits, changes state, or only logs and imports. */
function effectOf(ctx: PyRuleContext, branch: PyNode | undefined): Effect {
  let effect: Effect = 'benign';
  const raise = (e: Effect): void => {
    if (RANK.indexOf(e) > RANK.indexOf(effect)) {
      effect = e;
    }
  };
  if (!branch) {
    return effect;
  }
  walkPy(branch, (n) => {
    switch (n.type) {
      case 'function_definition':
      case 'class_definition':
      case 'lambda':
        return false;
      case 'return_statement':
        raise(namedChildren(n).length > 0 && namedChildren(n)[0].type !== 'none' ? 'returns' : 'exits');
        return false;
      case 'raise_statement':
      case 'continue_statement':
      case 'break_statement':
        raise('exits');
        return false;
      case 'assignment':
      case 'augmented_assignment':
      case 'delete_statement':
        raise('changes');
        return true;
      case 'call': {
        const names = ctx.callNames(n);
        const text = ctx.text(field(n, 'function') ?? n);
        if (!names.some((name) => BENIGN_CALL.test(name.replace(/\(\)/g, ''))) && !BENIGN_CALL.test(text)) {
          raise('changes');
        }
        return true;
      }
      default:
        return true;
    }
  });
  return effect;
}

export default definePyRule({
  meta: {
    id: 'py/test-environment-check',
    category: 'evaluation-tampering',
    severity: 'high',
    summary:
      "Production code that behaves differently under a test runner: `'pytest' in sys.modules`, `PYTEST_CURRENT_TEST`, `sys.argv` naming pytest, `sys._called_from_test`, `TESTING` variables, or a CI variable deciding a returned value; high when it changes a return value.",
    why:
      'Code that detects the test runner can return the expected answer to the tests and something else to users: every test ' +
      'passes while the real path is never exercised. There is almost never a reason for library code to know it is being tested.',
    incorrect: [
      "import sys\ndef score(x):\n    if 'pytest' in sys.modules:\n        return 1.0\n    return model(x)",
      "import os\ndef fetch():\n    if os.environ.get('PYTEST_CURRENT_TEST'):\n        return {'ok': True}\n    return call_api()",
      "import sys\nLIMIT = 10 if hasattr(sys, '_called_from_test') else 1000",
      "import os\nLENIENT = os.environ.get('CI') == 'true'\ndef match(p, g):\n    return float(p == g or (LENIENT and g in p))",
    ],
    correct: [
      "import sys\nif 'numpy' in sys.modules:\n    import numpy",
      "import os\nif os.environ.get('PYTEST_CURRENT_TEST'):\n    print('running under pytest')",
      'import sys\ndef main():\n    return run(sys.argv[1:])',
      "import os\nif os.environ.get('CI'):\n    tqdm_disable = True",
    ],
    messages: {
      check: '`{{condition}}` checks {{what}} and {{effect}}: {{where}} different behaviour from real use.',
      declared: '`{{condition}}` records {{what}}; code that branches on it {{effect}}: {{where}} different behaviour from real use.',
    },
  },
  create(ctx) {
    if (isTestContext(ctx) || EXEMPT.test(ctx.path)) {
      return {};
    }
    const reported = new Set<PyNode>();
    const EFFECT_TEXT: Record<Effect, string> = {
      returns: 'returns a different value',
      exits: 'takes a different exit',
      changes: 'changes what the code does',
      benign: '',
    };

    const declared = new Set<PyNode>();

    function judge(test: PyNode | undefined, branches: (PyNode | undefined)[], valueSides = false): void {
      const check: EnvCheck | undefined = test ? testEnvCheck(ctx, test) : undefined;
      const at = check?.use ?? check?.node;
      if (!check || !at || reported.has(at)) {
        return;
      }
      const effect = valueSides
        ? 'returns'
        : branches.map((b) => effectOf(ctx, b)).reduce((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a), 'benign' as Effect);
      // CI variables are also read for ordinary reasons (colour, progress bars): only a value that differs counts.
      const severity = check.kind === 'ci' ? (effect === 'returns' ? 'medium' : undefined) : SEVERITY[effect];
      if (!severity) {
        return;
      }
      reported.add(at);
      const data = {
        condition: clipText(ctx.text(check.node), 60),
        what: check.what,
        effect: EFFECT_TEXT[effect],
        where: check.kind === 'ci' ? 'CI sees' : 'tests see',
      };
      if (!check.use) {
        ctx.report({ node: check.node, messageId: 'check', data, severity });
        return;
      }
      // Through a name bound to the check: the branch is flagged, and the binding once.
      ctx.report({ node: check.use, messageId: 'check', data, severity, trace: [check.node] });
      if (!declared.has(check.node)) {
        declared.add(check.node);
        const related = [{ node: check.use, message: 'the condition that branches on it' }];
        ctx.report({ node: check.node, messageId: 'declared', data, severity, related });
      }
    }

    /** Whether an expression's value is what its function returns (`return a or (flag and b)`). */
    function inReturn(node: PyNode): boolean {
      for (let p = node.parent; p; p = p.parent) {
        if (p.type === 'return_statement') {
          return true;
        }
        if (
          !['boolean_operator', 'parenthesized_expression', 'not_operator', 'call', 'argument_list', 'conditional_expression'].includes(
            p.type,
          )
        ) {
          return false;
        }
      }
      return false;
    }

    return {
      if_statement(node) {
        const alternatives = fields(node, 'alternative');
        const branches = [
          field(node, 'consequence'),
          ...alternatives.map((a) => (a.type === 'else_clause' ? field(a, 'body') : field(a, 'consequence'))),
        ];
        judge(field(node, 'condition'), branches);
      },
      elif_clause(node) {
        judge(field(node, 'condition'), [field(node, 'consequence')]);
      },
      conditional_expression(node) {
        const [, test] = namedChildren(node);
        judge(test, [], true);
      },
      boolean_operator(node) {
        if (node.parent?.type === 'expression_statement') {
          judge(field(node, 'left'), [field(node, 'right')]);
        } else if (node.parent?.type !== 'boolean_operator' && inReturn(node)) {
          judge(node, [], true);
        }
      },
      while_statement(node) {
        judge(field(node, 'condition'), [field(node, 'body')]);
      },
    };
  },
});
