import * as assert from 'node:assert/strict';
import { mayNeedPython } from '../../src/node/python';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('mayNeedPython: which files make a run load the Python grammar', () => {
  const rows: [string, string | undefined, boolean][] = [
    ['app/main.py', undefined, true],
    ['stubs/os.pyi', undefined, true],
    ['gui/start.pyw', undefined, true],
    ['notebooks/train.ipynb', '{"cells": []}', true],
    ['bin/tool', '#!/usr/bin/env python3\nimport os\n', true],
    ['bin/tool', '#!/usr/bin/python3.11', true],
    ['bin/tool', '#!/bin/sh\nexec python3 x.py\n', false],
    ['bin/tool', 'import os\n', false],
    ['bin/run.sh', '#!/usr/bin/env python3\n', false],
    ['src/index.ts', 'export {};\n', false],
    ['README.md', '# python\n', false],
  ];
  for (const [path, text, expected] of rows) {
    it(`${path}${text ? ` (${JSON.stringify(text.split('\n')[0])})` : ''}: ${expected ? 'may need it' : 'does not'}`, () => {
      assert.equal(mayNeedPython(path, text === undefined ? undefined : bytes(text)), expected);
    });
  }
});
