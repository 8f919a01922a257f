import rule from '../../../src/core/rules/text/suppression-comment';
import { ruleTester } from '../../ruleTester';
import { loadPythonParser } from '../../../src/node/python';

const ts = 'src/a.ts';
const py = 'app/main.py';

describe('suppression comments (Python parser loaded)', () => {
  before(async () => {
    await loadPythonParser();
  });
  table();
});

function table(): void {
  ruleTester(rule, {
    valid: [
      // Docs that explain the directives are not directives.
      { filename: 'docs/lint.md', code: 'Use `// eslint-disable-next-line` sparingly.\n' },
      { filename: 'README.md', code: '```ts\n// @ts-ignore\nconst x = 1;\n```\n' },
      { filename: 'notes.txt', code: '# noqa and # nosec silence checks\n' },
      { filename: 'docs/x.rst', code: '.. code::\n\n   /* eslint-disable */\n' },
      { filename: 'package.json', code: '{ "description": "// eslint-disable" }\n' },
      // Strings are not comments.
      { filename: ts, code: 'const hint = "// eslint-disable-line";\n' },
      { filename: ts, code: "const s = '/* eslint-disable */';\n" },
      { filename: ts, code: 'const t = `\n// @ts-ignore\n`;\n' },
      { filename: ts, code: 'const r = { code: "// @ts-nocheck\\nlet x" };\n' },
      // Regular expressions, JSX text and template types are not comments either.
      { filename: ts, code: 'const re = /\\/\\/ eslint-disable/;\n' },
      { filename: ts, code: 'const re = /["\'`]/g; const s = "x";\n' },
      { filename: 'src/C.tsx', code: 'const a = <p>// eslint-disable-line</p>;\n' },
      { filename: ts, code: 'type T = `/* eslint-disable */${string}`;\n' },
      { filename: 'src/cli.js', code: '#!/usr/bin/env node //eslint-disable\nrun();\n' },
      { filename: py, code: 'HELP = "add # noqa to silence"\n' },
      { filename: py, code: 'DOC = """\n# type: ignore\n# nosec\n"""\n' },
      { filename: py, code: "x = '# pragma: no cover'\n" },
      // Comments that mention a directive without being one.
      { filename: ts, code: '// TODO: remove the eslint-disable below once fixed\nlet a = 1;\n' },
      { filename: ts, code: '// we never use @ts-ignore here\n' },
      { filename: ts, code: '/* eslint-enable */\n' },
      { filename: ts, code: '/* eslint-enable no-eval */\n' },
      { filename: ts, code: '/* eslint-env node, mocha */\n' },
      { filename: ts, code: '/* eslint quotes: ["error", "double"], curly: 2 */\n' },
      { filename: ts, code: '/* global window, document */\n' },
      { filename: ts, code: '// @ts-check\n' },
      { filename: ts, code: '/* c8 ignore stop */\n' },
      { filename: ts, code: '/* jshint ignore:end */\n' },
      { filename: ts, code: '// tslint:enable\n' },
      // Formatting directives switch off no check.
      { filename: ts, code: '// prettier-ignore\nconst m = [1,0,\n  0,1];\n' },
      { filename: py, code: '# fmt: off\nM = [1,0,\n  0,1]\n# fmt: on\n' },
      { filename: py, code: 'import b  # isort: skip\n' },
      { filename: py, code: '# a comment about type hints\nx: int = 1\n' },
      { filename: py, code: '# pragma once is a C thing\n' },
      // Python directives mean nothing in JS; JS directives nothing in Python.
      { filename: ts, code: 'const x = 1; // noqa\n' },
      { filename: py, code: '# eslint-disable\nx = 1\n' },
      { filename: 'src/a.go', code: '// @ts-ignore\nvar x = 1\n' },
      // Plain code with lookalike words.
      { filename: ts, code: 'const eslintDisable = true;\nconst typeIgnore = 1;\n' },
      { filename: 'scripts/run.sh', code: 'echo "# nosec"\n' },
      { filename: 'src/Widget.vue', code: '<template><p>eslint-disable is a comment</p></template>\n' },
    ],
    invalid: [
      // ESLint.
      {
        filename: ts,
        code: '/* eslint-disable */\nexport const a = 1;\n',
        errors: [{ messageId: 'file', severity: 'medium', line: 1, column: 4 }],
      },
      { filename: ts, code: '// eslint-disable\nlet a;\n', errors: [{ messageId: 'file', severity: 'medium' }] },
      {
        filename: ts,
        code: '/* eslint-disable no-console, no-alert */\n',
        errors: [
          {
            messageId: 'file',
            message:
              '`eslint-disable no-console, no-alert` silences ESLint (no-console, no-alert) for the rest of the file: nothing those checks would find below it is reported.',
          },
        ],
      },
      { filename: ts, code: 'foo(); // eslint-disable-line\n', errors: [{ messageId: 'line', severity: 'low' }] },
      {
        filename: ts,
        code: '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- legacy API\nlet a: any;\n',
        errors: [{ messageId: 'line', severity: 'low', line: 1 }],
      },
      {
        filename: ts,
        code: '/* eslint-disable-next-line no-console */\nconsole.log(1);\n',
        errors: [{ messageId: 'line', severity: 'low' }],
      },
      { filename: ts, code: '// eslint-disable-next-line no-eval\neval(code);\n', errors: [{ messageId: 'security', severity: 'medium' }] },
      {
        filename: ts,
        code: '/* eslint-disable security/detect-object-injection */\n',
        errors: [{ messageId: 'security', severity: 'high' }],
      },
      {
        filename: ts,
        code: '// eslint-disable-next-line @typescript-eslint/no-floating-promises\nrun();\n',
        errors: [{ messageId: 'security', severity: 'medium' }],
      },
      {
        filename: ts,
        code: '// eslint-disable-next-line no-restricted-imports\nimport fs from "fs";\n',
        errors: [{ messageId: 'security' }],
      },
      { filename: ts, code: 'x(); // eslint-disable-line no-implied-eval, no-new-func\n', errors: [{ messageId: 'security' }] },
      { filename: ts, code: '/**\n * eslint-disable\n */\n', errors: [{ messageId: 'file' }] },
      { filename: ts, code: '/* eslint no-eval: 0 */\neval(s);\n', errors: [{ messageId: 'configOff', severity: 'high' }] },
      { filename: ts, code: '/* eslint no-console: "off", curly: ["warn"] */\n', errors: [{ messageId: 'configOff', severity: 'medium' }] },
      { filename: 'src/a.js', code: '/* eslint-disable */\nmodule.exports = 1;\n', errors: [{ messageId: 'file' }] },
      { filename: 'src/C.tsx', code: 'const a = <div>{/* eslint-disable-line */}</div>;\n', errors: [{ messageId: 'line' }] },
      // A quote inside a regular expression does not hide the comment after it.
      { filename: ts, code: 'const q = /"/; // @ts-ignore\nconst n: number = q;\n', errors: [{ messageId: 'typesLine' }] },
      { filename: ts, code: "const q = /'/; /* eslint-disable */\n", errors: [{ messageId: 'file' }] },
      { filename: ts, code: 'const t = `${x /* @ts-ignore */}`;\n', errors: [{ messageId: 'typesLine' }] },
      { filename: 'src/Widget.vue', code: '<!-- eslint-disable -->\n<template><p/></template>\n', errors: [{ messageId: 'file' }] },
      {
        filename: 'src/Widget.vue',
        code: '<script>\n// eslint-disable-next-line no-eval\neval(x)\n</script>\n',
        errors: [{ messageId: 'security', line: 2 }],
      },
      // TypeScript.
      { filename: ts, code: '// @ts-ignore\nconst n: number = "x";\n', errors: [{ messageId: 'typesLine', severity: 'low', line: 1 }] },
      { filename: ts, code: '/* @ts-ignore */ const n: number = "x";\n', errors: [{ messageId: 'typesLine' }] },
      { filename: ts, code: '// @ts-nocheck\nexport {};\n', errors: [{ messageId: 'typesFile', severity: 'medium' }] },
      { filename: 'src/a.js', code: '// @ts-nocheck\n', errors: [{ messageId: 'typesFile' }] },
      { filename: ts, code: '// @ts-expect-error wrong on purpose\nf(1);\n', errors: [{ messageId: 'typesLine', severity: 'low' }] },
      {
        filename: 'test/a.test.ts',
        code: '// @ts-expect-error invalid input\nf(1);\n',
        errors: [{ messageId: 'typesLine', severity: 'info' }],
      },
      { filename: 'test/a.test.ts', code: '// @ts-ignore\nf(1);\n', errors: [{ messageId: 'typesLine', severity: 'low' }] },
      // Coverage.
      { filename: ts, code: '/* istanbul ignore next */\nfunction f() {}\n', errors: [{ messageId: 'coverage', severity: 'low' }] },
      { filename: ts, code: 'if (a) { /* istanbul ignore else */ }\n', errors: [{ messageId: 'coverage' }] },
      { filename: ts, code: '/* istanbul ignore file */\n', errors: [{ messageId: 'coverage', severity: 'medium' }] },
      { filename: ts, code: '/* c8 ignore next 3 */\n', errors: [{ messageId: 'coverage' }] },
      { filename: ts, code: '/* c8 ignore start */\nf();\n/* c8 ignore stop */\n', errors: [{ messageId: 'coverage', line: 1 }] },
      { filename: ts, code: '/* v8 ignore next */\n', errors: [{ messageId: 'coverage' }] },
      { filename: ts, code: '// v8 ignore if\n', errors: [{ messageId: 'coverage' }] },
      // Other JS tools.
      { filename: ts, code: '// biome-ignore lint/suspicious/noExplicitAny: legacy\nlet a: any;\n', errors: [{ messageId: 'line' }] },
      {
        filename: ts,
        code: '// biome-ignore lint/security/noGlobalEval: needed\neval(s);\n',
        errors: [{ messageId: 'security', severity: 'medium' }],
      },
      { filename: ts, code: '/** biome-ignore-all lint: generated */\n', errors: [{ messageId: 'security', severity: 'high' }] },
      { filename: ts, code: '// deno-lint-ignore no-explicit-any\nlet a: any;\n', errors: [{ messageId: 'line' }] },
      { filename: ts, code: '// deno-lint-ignore-file\n', errors: [{ messageId: 'file', severity: 'medium' }] },
      { filename: 'src/a.js', code: 'f(); // jshint ignore:line\n', errors: [{ messageId: 'line' }] },
      { filename: 'src/a.js', code: '/* jshint ignore:start */\nf();\n', errors: [{ messageId: 'line' }] },
      { filename: ts, code: '// tslint:disable-next-line:no-eval\neval(s);\n', errors: [{ messageId: 'security' }] },
      { filename: ts, code: '/* tslint:disable */\n', errors: [{ messageId: 'file' }] },
      { filename: 'src/a.scss', code: '/* stylelint-disable */\na { color: red; }\n', errors: [{ messageId: 'line' }] },
      // Scanners, in any language.
      {
        filename: ts,
        code: 'exec(cmd); // nosemgrep: javascript.lang.security.detect-child-process\n',
        errors: [{ messageId: 'scanner', severity: 'medium' }],
      },
      { filename: ts, code: 'const k = "abc"; // NOSONAR\n', errors: [{ messageId: 'scanner', severity: 'low' }] },
      { filename: ts, code: 'el.innerHTML = s; // lgtm[js/xss]\n', errors: [{ messageId: 'scanner' }] },
      { filename: ts, code: '// codeql[js/code-injection] reviewed\n', errors: [{ messageId: 'scanner' }] },
      { filename: ts, code: 'const key = "sk_live_x"; // gitleaks:allow\n', errors: [{ messageId: 'scanner' }] },
      { filename: py, code: 'TOKEN = "x"  # pragma: allowlist secret\n', errors: [{ messageId: 'scanner' }] },
      { filename: 'deploy/app.yaml', code: 'password: hunter2 # nosemgrep\n', errors: [{ messageId: 'scanner' }] },
      { filename: 'infra/main.tf', code: '# checkov:skip=CKV_AWS_20: public bucket\n', errors: [{ messageId: 'scanner' }] },
      { filename: 'cmd/main.go', code: 'h := md5.New() // #nosec G401\n', errors: [{ messageId: 'scanner' }] },
      { filename: 'cmd/main.go', code: 'x := 1 //nolint:errcheck\n', errors: [{ messageId: 'line', severity: 'low' }] },
      { filename: 'cmd/main.go', code: 'x := 1 //nolint:gosec\n', errors: [{ messageId: 'security', severity: 'medium' }] },
      { filename: 'src/Main.java', code: 'String k = "x"; // NOSONAR\n', errors: [{ messageId: 'scanner' }] },
      // Python.
      { filename: py, code: 'import os  # noqa: F401\n', errors: [{ messageId: 'line', severity: 'low' }] },
      {
        filename: py,
        code: 'import os  # noqa\n',
        errors: [
          {
            messageId: 'line',
            message:
              '`noqa` silences flake8/ruff (all rules) on this line: checks made to pass by silencing them no longer vouch for the code.',
          },
        ],
      },
      { filename: py, code: 'subprocess.run(c, shell=True)  # noqa: S602\n', errors: [{ messageId: 'security', severity: 'medium' }] },
      { filename: py, code: 'x = 1  # NOQA:E501,W291\n', errors: [{ messageId: 'line' }] },
      { filename: py, code: 'x: int = "s"  # type: ignore\n', errors: [{ messageId: 'typesLine', severity: 'low' }] },
      { filename: py, code: 'x: int = "s"  # type: ignore[assignment]\n', errors: [{ messageId: 'typesLine' }] },
      { filename: py, code: 'x = f()  # pyright: ignore[reportGeneralTypeIssues]\n', errors: [{ messageId: 'typesLine' }] },
      { filename: py, code: 'subprocess.call(cmd, shell=True)  # nosec\n', errors: [{ messageId: 'scanner', severity: 'medium' }] },
      { filename: py, code: 'subprocess.call(cmd, shell=True)  # nosec B602\n', errors: [{ messageId: 'scanner' }] },
      { filename: py, code: 'def f():  # pragma: no cover\n    pass\n', errors: [{ messageId: 'coverage', severity: 'low' }] },
      { filename: py, code: 'if x:  # pragma: no branch\n    pass\n', errors: [{ messageId: 'coverage' }] },
      { filename: py, code: '# pylint: disable=broad-except\n', errors: [{ messageId: 'line', severity: 'low' }] },
      { filename: py, code: '# pylint: disable=all\n', errors: [{ messageId: 'file', severity: 'medium' }] },
      { filename: py, code: '# pylint: skip-file\n', errors: [{ messageId: 'file', severity: 'medium' }] },
      { filename: py, code: '# mypy: ignore-errors\n', errors: [{ messageId: 'typesFile', severity: 'medium' }] },
      { filename: py, code: '# ruff: noqa\n', errors: [{ messageId: 'file', severity: 'medium' }] },
      { filename: py, code: '# ruff: noqa: S101\n', errors: [{ messageId: 'security', severity: 'high' }] },
      { filename: py, code: '# flake8: noqa\n', errors: [{ messageId: 'file' }] },
      {
        filename: py,
        code: 'x = eval(s)  # noqa: S307  # type: ignore\n',
        errors: [
          { messageId: 'security', column: 16 },
          { messageId: 'typesLine', column: 30 },
        ],
      },
      { filename: py, code: 's = "#"  # type: ignore\n', errors: [{ messageId: 'typesLine' }] },
      { filename: 'app/types.pyi', code: 'def f(x): ...  # type: ignore\n', errors: [{ messageId: 'typesLine' }] },
      { filename: 'bin/tool', code: '#!/usr/bin/env python3\nimport os  # noqa: F401\n', errors: [{ messageId: 'line', line: 2 }] },
      // Shell, Ruby, YAML, Dockerfile.
      { filename: 'scripts/run.sh', code: '# shellcheck disable=SC2086\nrm -rf $DIR\n', errors: [{ messageId: 'line' }] },
      { filename: 'lib/a.rb', code: 'x = 1 # rubocop:disable Security/Eval\n', errors: [{ messageId: 'line' }] },
      { filename: '.github/workflows/ci.yml', code: '# yamllint disable-file\non: push\n', errors: [{ messageId: 'file' }] },
      { filename: 'Dockerfile', code: '# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', errors: [{ messageId: 'line' }] },
    ],
  });
}
