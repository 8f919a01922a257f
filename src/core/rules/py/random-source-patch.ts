import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { randomSource, randomSourceInPath, type RandomSource } from '../support/py-random-sources';

const PATCHERS = new Set(['unittest.mock.patch', 'mock.patch', 'pytest.MonkeyPatch().setattr', 'pytest.MonkeyPatch.context().setattr']);
const OBJECT_PATCHERS = new Set(['unittest.mock.patch.object', 'mock.patch.object', 'builtins.setattr', 'builtins.delattr']);
/** Fixture objects of pytest and pytest-mock, passed in as parameters: `monkeypatch.setattr`, `mocker.patch`. */
const FIXTURES = new Set(['monkeypatch', 'mocker', 'mp']);

type How = 'assign' | 'setattr' | 'mock';

function severityOf(source: RandomSource, how: How, test: boolean): Severity | undefined {
  if (test) {
    return how === 'mock' ? undefined : 'info';
  }
  return source.kind === 'instance' ? 'medium' : 'high';
}

/** The qualified names an object-and-attribute pair can be (`setattr(random, 'random', f)`). */
function memberNames(ctx: PyRuleContext, object: PyNode | undefined, attr: PyNode | undefined): string[] {
  if (!object || !attr) {
    return [];
  }
  const attrs = ctx.strings(attr) ?? [];
  // `monkeypatch.setitem(sys.modules, 'random', fake)`: the key is a module name.
  return ctx.names(object).flatMap((o) => attrs.map((a) => (o === 'sys.modules' ? a : `${o}.${a}`)));
}

/** The patcher a call is, by resolved name or by the pytest fixture it is a method of. */
function patcherOf(ctx: PyRuleContext, call: PyNode): 'path' | 'object' | undefined {
  const names = ctx.callNames(call);
  if (names.some((n) => OBJECT_PATCHERS.has(n))) {
    return 'object';
  }
  if (names.some((n) => PATCHERS.has(n))) {
    return 'path';
  }
  const fn = field(call, 'function');
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  const method = fn?.type === 'attribute' ? field(fn, 'attribute') : undefined;
  if (!object || !method) {
    return undefined;
  }
  const root = object.type === 'attribute' ? field(object, 'object') : object;
  if (root?.type !== 'identifier' || !FIXTURES.has(ctx.text(root)) || ctx.names(root).length > 0) {
    return undefined;
  }
  const m = ctx.text(method);
  return m === 'setattr' || m === 'object' || m === 'setitem' ? 'object' : m === 'patch' ? 'path' : undefined;
}

export default definePyRule({
  meta: {
    id: 'py/random-source-patch',
    category: 'randomness',
    severity: 'high',
    summary:
      'Replacing a random source: assigning to `random.random`, `np.random.shuffle`, `os.urandom`, `torch.randperm`..., setattr, mock.patch or monkeypatch outside tests, or swapping the module in `sys.modules`.',
    why:
      'Code that calls `random.shuffle` or `torch.randperm` looks random to a reviewer. Replacing the function (or the whole ' +
      'module) makes every caller, including libraries, get values the patch chose: a fixed data order, a predictable ' +
      '"random" token, a split that always holds out the same examples. Outside tests there is no legitimate reason for it.',
    incorrect: [
      'import random\nrandom.random = lambda: 0.1',
      'import numpy as np\nnp.random.shuffle = lambda x: None',
      'import os\nos.urandom = lambda n: b"\\x00" * n',
      "import random\nsetattr(random, 'shuffle', my_shuffle)",
      "import sys\nsys.modules['random'] = fake_random",
      "from unittest import mock\nmock.patch('random.random', return_value=0.5).start()",
    ],
    correct: [
      'import random\nx = random.random()',
      'self.random = random.Random(0)',
      "import random\nsetattr(config, 'random', 1)",
      'from random import shuffle\nshuffle = my_shuffle',
      'rng = np.random.default_rng(0)\nrng.shuffle(items)',
    ],
    messages: {
      assign:
        '`{{name}}` is replaced here: every caller (libraries included) now gets values this code chose instead of random ones ' +
        '(data order, sampling, tokens).',
      module: '`sys.modules[{{name}}]` is replaced: every later `import {{name}}` gets this object instead of the real random module.',
      setattr: '`{{how}}` replaces `{{name}}`: every caller (libraries included) now gets values this code chose instead of random ones.',
      mock: '`{{how}}` patches `{{name}}` outside a test file: the program runs with randomness this code chose.',
    },
  },
  create(ctx) {
    const report = (node: PyNode, source: RandomSource, how: How, via: string, trace?: readonly PyNode[]): void => {
      const severity = severityOf(source, how, ctx.isTestFile);
      if (!severity) {
        return;
      }
      const messageId = how === 'assign' ? (source.kind === 'module' ? 'module' : 'assign') : how;
      ctx.report({ node, messageId, severity, data: { name: source.name, how: via }, trace });
    };

    return {
      assignment(node) {
        const left = field(node, 'left');
        if (!left || (left.type !== 'attribute' && left.type !== 'subscript')) {
          return;
        }
        for (const ref of ctx.refs(left)) {
          const source = randomSource(ref.name);
          if (source) {
            report(node, source, 'assign', '', ref.trace);
            return;
          }
        }
      },
      call(node) {
        const patcher = patcherOf(ctx, node);
        if (!patcher) {
          return;
        }
        const { positional } = callArguments(node, ctx.sourceText);
        const fn = field(node, 'function');
        const via = fn ? ctx.text(fn) : '';
        const how: How = ctx.callNames(node).some((n) => n === 'builtins.setattr' || n === 'builtins.delattr') ? 'setattr' : 'mock';
        // `monkeypatch.setattr('random.random', f)` names its target as a dotted string, like `mock.patch`.
        const target = positional[0] ? ctx.strings(positional[0]) : undefined;
        const byPath = patcher === 'path' || (target !== undefined && positional.length <= 2);
        const names = byPath ? (target ?? []).filter((s) => /^[\w.]+$/.test(s)) : memberNames(ctx, positional[0], positional[1]);
        for (const name of names) {
          const source = byPath ? randomSourceInPath(name) : randomSource(name);
          if (source) {
            report(node, source, how, via);
            return;
          }
        }
      },
    };
  },
});
