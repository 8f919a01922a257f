import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { definePyRule } from '../../src/core/engine/rule';
import { namedChildren } from '../../src/core/python/model';

/** Reports the constant strings of the right side of every assignment (`<none>` when it does not fold). */
const probe = definePyRule({
  meta: {
    id: 'py/test-probe',
    category: 'obfuscation',
    severity: 'info',
    summary: 'Test probe.',
    why: 'Test probe.',
    incorrect: [],
    correct: [],
    messages: { value: '{{value}}' },
  },
  create(ctx) {
    return {
      assignment(node) {
        const right = namedChildren(node)[1];
        if (right) {
          const strings = ctx.strings(right);
          ctx.report({ node, messageId: 'value', data: { value: strings ? JSON.stringify(strings) : '<none>' } });
        }
      },
    };
  },
});

/** Reports the qualified names (refs) of the right side of every assignment. */
const namesProbe = definePyRule({
  meta: {
    id: 'py/test-names-probe',
    category: 'obfuscation',
    severity: 'info',
    summary: 'Test probe.',
    why: 'Test probe.',
    incorrect: [],
    correct: [],
    messages: { value: '{{value}}' },
  },
  create(ctx) {
    return {
      assignment(node) {
        const right = namedChildren(node)[1];
        if (right) {
          ctx.report({ node, messageId: 'value', data: { value: JSON.stringify(ctx.names(right)) } });
        }
      },
    };
  },
});

const fold = (code: string): string[] =>
  analyzeText('src/example.py', code, { rules: [probe], mode: 'scan' }).findings.map((f) => f.message);

describe('python evaluator: map and comprehensions', () => {
  const rows: [string, string][] = [
    ['x = "".join(map(chr, (115, 121, 115)))', '["sys"]'],
    ['x = "".join(map(chr, [101, 118, 97, 108]))', '["eval"]'],
    ['codes = (115, 121, 115)\nx = "".join(map(chr, codes))', '["sys"]'],
    ['x = "".join(map(str.lower, ["S", "Y", "S"]))', '["sys"]'],
    ['x = "-".join(map(str.upper, ("a", "b")))', '["A-B"]'],
    ['x = ".".join(map(str, [45, 33, 2, 9]))', '["45.33.2.9"]'],
    ['x = "".join(chr(c) for c in [115, 121, 115])', '["sys"]'],
    ['x = "".join([chr(c) for c in (115, 121, 115)])', '["sys"]'],
    ['x = "".join(chr(c + 1) for c in [114, 120, 114])', '["sys"]'],
    ['x = "".join(chr(c ^ 1) for c in [114, 120, 114])', '["sys"]'],
    ['x = "".join([c for c in "sys"])', '["sys"]'],
    ['x = "".join(map(chr, codes))', '<none>'],
    ['x = "".join(map(chr, (115, n)))', '<none>'],
    ['x = "".join(map(f, (115, 121)))', '<none>'],
    ['x = "".join(chr(c) for c in (115, 121) if c)', '<none>'],
    ['x = "".join(str(c) for c in (1, 2))', '<none>'],
    ['x = "".join(chr(c) for c in range(3))', '<none>'],
    ['x = "".join(map(chr, (-1, 2)))', '<none>'],
    ['x = ", ".join(parts)', '<none>'],
  ];
  for (const [code, expected] of rows) {
    it(code, () => {
      assert.deepEqual(fold(code).slice(-1), [expected]);
    });
  }

  it('iterates a mapped sequence in a for loop', () => {
    assert.deepEqual(fold('for ch in map(chr, (97, 98)):\n    y = ch'), ['["a","b"]']);
  });
});

describe('python evaluator: names bound without assignment statements', () => {
  const rows: [string, string][] = [
    ['globals().update(name="sys" + "tem")\nx = name', '["system"]'],
    ['globals().update({"name": "ev" + "al"})\nx = name', '["eval"]'],
    ['globals()["name"] = "po" + "pen"\nx = name', '["popen"]'],
    ['import operator\nclass C:\n    attr = "sys" + "tem"\nx = operator.attrgetter("attr")(C)', '["system"]'],
    ['locals().update(name="x")\nx = name', '<none>'],
  ];
  for (const [code, expected] of rows) {
    it(code, () => {
      assert.deepEqual(fold(code).slice(-1), [expected]);
    });
  }
});

describe('python evaluator: calls of local functions follow their arguments', () => {
  const rows: [string, string][] = [
    ["M = {'local': 'subprocess'}\ndef pick(kind):\n    return M[kind]\nx = pick('local')", '["subprocess"]'],
    ["def name(a, b='tem'):\n    return a + b\nx = name('sys', b='tem')", '["system"]'],
    ["def name(a, b):\n    return a + b\nx = name(b='tem', a='sys')", '["system"]'],
    ["def name(a, b='tem'):\n    return a + b\nx = name('sys')", '["system"]'],
    ["def join(*parts):\n    return ''.join(parts)\nx = join('a', 'b')", '<none>'],
    ['def pick(kind):\n    return kind\nx = pick(value)', '<none>'],
    ["def pick(kind):\n    return 'fixed'\nx = pick(value)", '["fixed"]'],
    ["class C:\n    def pick(self, kind):\n        return kind\nx = C().pick('sys')", '<none>'],
    // A docstring read through `__doc__`, decoded like any constant.
    ['import codecs\ndef f():\n    """6576616c"""\nx = codecs.decode(f.__doc__.strip(), "hex")', '["eval"]'],
    ['def f():\n    pass\nx = f.__doc__', '<none>'],
  ];
  for (const [code, expected] of rows) {
    it(code.replace(/\n/g, ' / '), () => {
      assert.deepEqual(fold(code).slice(-1), [expected]);
    });
  }

  it('a decorator that returns a capability puts it in place of the function', () => {
    const code = 'import subprocess\ndef cached(fn):\n    return subprocess.getoutput\n@cached\ndef render(t):\n    return t\nx = render';
    const names = analyzeText('src/example.py', code, { rules: [namesProbe], mode: 'scan' }).findings.map((f) => f.message);
    assert.deepEqual(names.slice(-1), ['["subprocess.getoutput"]']);
  });

  it('follows a class __getattr__ that forwards to a module, and stops at one that forwards to itself', () => {
    const names = (code: string): string[] =>
      analyzeText('src/example.py', code, { rules: [namesProbe], mode: 'scan' }).findings.map((f) => f.message);
    const forward =
      'import subprocess\nclass Shell:\n    def __getattr__(self, name):\n        return getattr(subprocess, name)\nsh = Shell()\nx = sh.check_output';
    assert.deepEqual(names(forward).slice(-1), ['["subprocess.check_output"]']);
    // filecmp.dircmp fills the attribute in, then asks for it again: this used to recurse without end.
    const itself =
      'class D:\n    methodmap = {}\n    def __getattr__(self, attr):\n        self.methodmap[attr](self)\n        return getattr(self, attr)\nd = D()\nx = d.subdirs';
    const result = analyzeText('src/example.py', itself, { rules: [namesProbe], mode: 'scan' });
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId.startsWith('airlock/')),
      [],
    );
    assert.deepEqual(result.findings.map((f) => f.message).slice(-1), ['[]']);
  });

  it('answers each call for its own arguments', () => {
    assert.deepEqual(fold("def pick(k):\n    return k + '!'\na = pick('x')\nb = pick('y')"), ['["x!"]', '["y!"]']);
  });
});
