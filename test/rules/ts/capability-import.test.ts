import rule from '../../../src/core/rules/ts/capability-import';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import path from 'node:path';",
    "const fs = require('fs');",
    "import { readFile } from 'fs/promises';",
    "import type { ChildProcess } from 'child_process';",
    "import { type ChildProcess } from 'child_process';",
    "export type { Server } from 'http';",
    "import './polyfills';",
    "import React from 'react';",
    "const lodash = require('lodash');",
    "import { faker } from '@faker-js/faker';",
  ],
  invalid: [
    {
      code: "import { fork } from 'node:child_process';",
      errors: [{ messageId: 'imports', severity: 'low', message: 'Imports `child_process`: this file can start processes or threads.' }],
    },
    { code: "const { execSync } = require('child_process');", errors: [{ messageId: 'imports' }] },
    { code: "import * as cp from 'child_process';", errors: [{ messageId: 'imports' }] },
    { code: "import 'child_process';", errors: [{ messageId: 'imports' }] },
    { code: "export { exec } from 'child_process';", errors: [{ messageId: 'imports' }] },
    { code: "export * from 'node:net';", errors: [{ messageId: 'imports' }] },
    { code: "import cp = require('child_process');", errors: [{ messageId: 'imports' }] },
    {
      code: "const vm = await import('vm');",
      errors: [{ messageId: 'imports', message: 'Imports `vm`: this file can run code built at run time.' }],
    },
    {
      code: "const http = require('node:http');",
      errors: [{ messageId: 'imports', message: 'Imports `http`: this file can talk to the network.' }],
    },
    { code: "import { promises as resolver } from 'node:dns';", errors: [{ messageId: 'imports' }] },
    { code: "import dns from 'dns/promises';", errors: [{ messageId: 'imports' }] },
    { code: "import axios from 'axios';", errors: [{ messageId: 'imports' }] },
    {
      code: "import seedrandom from 'seedrandom';",
      errors: [{ messageId: 'imports', message: 'Imports `seedrandom`: this file can draw "random" numbers from a seed someone chose.' }],
    },
    { code: "import serializer from 'node-serialize';", errors: [{ messageId: 'imports' }] },
    { code: "const ffi = require('ffi-napi');", errors: [{ messageId: 'imports' }] },
    { code: "const { Worker } = require('node:worker_threads');", errors: [{ messageId: 'imports' }] },
    { code: "import { execa as sh } from 'execa';", errors: [{ messageId: 'imports' }] },
    {
      code: "import { spawn } from 'child_process';\nimport { request } from 'https';",
      errors: [
        { messageId: 'imports', line: 1 },
        { messageId: 'imports', line: 2 },
      ],
    },
  ],
});
