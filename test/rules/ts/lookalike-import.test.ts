import rule from '../../../src/core/rules/ts/lookalike-import';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import jwt from 'jsonwebtoken';",
    "import test from 'node:test';",
    "import { describe } from 'test';",
    "import { helper } from './expres';",
    "import express from 'express';",
    "import preact from 'preact';",
    "import { z } from 'zod';",
    "import type { Secret } from 'jsonwebtokens';",
    "const chalk = require('chalk');",
    "import x from '@babel/core';",
    "import y from '@internal/expres';",
    "import { mine } from 'my-own-package';",
  ],
  invalid: [
    {
      code: "import jwt from 'jsonwebtokens';",
      errors: [
        {
          messageId: 'lookalike',
          severity: 'medium',
          line: 1,
          message:
            'Imports `jsonwebtokens`, one typo away from the popular package `jsonwebtoken`: check that this is the package you mean.',
        },
      ],
    },
    { code: "const axios = require('axois');", errors: [{ messageId: 'lookalike' }] },
    { code: "import { transform } from '@bable/core';", errors: [{ messageId: 'lookalike' }] },
    { code: "export { default } from 'lodahs/fp';", errors: [{ messageId: 'lookalike' }] },
    { code: "const m = await import('expresss');", errors: [{ messageId: 'lookalike' }] },
    { code: "import 'cross_env';", errors: [{ messageId: 'lookalike' }] },
  ],
});
