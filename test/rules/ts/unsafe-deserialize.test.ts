import rule from '../../../src/core/rules/ts/unsafe-deserialize';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import yaml from 'js-yaml'; yaml.load(text)",
    "import { load } from 'js-yaml'; load(text, { schema: JSON_SCHEMA })",
    "import yaml from 'js-yaml'; yaml.load(text, { schema: yaml.CORE_SCHEMA })",
    "import yaml from 'js-yaml'; yaml.loadAll(text, (doc) => docs.push(doc))",
    "const yaml = require('js-yaml'); yaml.safeLoad(text)",
    "import yaml from 'js-yaml'; const schema = yaml.DEFAULT_SCHEMA.extend([myType]); yaml.load(text, { schema })",
    'JSON.parse(body)',
    "import { parse } from 'yaml'; parse(text)",
    'serializer.unserialize(x)',
    'const Cryo = { parse: JSON.parse }; Cryo.parse(s)',
    "import v8 from 'v8'; v8.serialize(obj)",
    "import { getHeapStatistics } from 'v8'; getHeapStatistics()",
    "const s = 'unserialize(payload)'",
  ],
  invalid: [
    {
      code: "const serialize = require('node-serialize'); serialize.unserialize(body)",
      errors: [
        {
          messageId: 'codeDeserializer',
          severity: 'high',
          message:
            '`node-serialize.unserialize` rebuilds functions from its input: reading untrusted data with it runs the code the data carries.',
        },
      ],
    },
    { code: "import { unserialize } from 'node-serialize'; unserialize(req.cookies.profile)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "const s = require('node-serialize'); s['unser' + 'ialize'](x)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "const s = require('node-serialize'); const f = s.unserialize; f(x)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "const s = require('node-serialize'); s.unserialize.call(s, x)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "const funcster = require('funcster'); funcster.deepDeserialize(obj)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "import Cryo from 'cryo'; Cryo.parse(str)", errors: [{ messageId: 'codeDeserializer' }] },
    { code: "const { deserialize } = require('serialize-to-js'); deserialize(str)", errors: [{ messageId: 'codeDeserializer' }] },
    {
      code: "import yaml from 'js-yaml'; yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA })",
      errors: [
        {
          messageId: 'yamlSchema',
          severity: 'high',
          message: '`js-yaml.load` with `yaml.DEFAULT_FULL_SCHEMA` turns `!!js/function` tags in the document into running code.',
        },
      ],
    },
    {
      code: "const yaml = require('js-yaml'); const opts = { schema: yaml.DEFAULT_FULL_SCHEMA }; yaml.load(text, opts)",
      errors: [{ messageId: 'yamlSchema' }],
    },
    {
      code: "import { loadAll, DEFAULT_FULL_SCHEMA } from 'js-yaml'; loadAll(text, cb, { schema: DEFAULT_FULL_SCHEMA })",
      errors: [{ messageId: 'yamlSchema' }],
    },
    {
      code: "const yaml = require('js-yaml'); const full = require('js-yaml/lib/js-yaml/schema/default_full'); yaml.load(t, { schema: full })",
      errors: [{ messageId: 'yamlSchema' }],
    },
    { code: "import yaml from 'js-yaml'; yaml.unsafeLoad(text)", errors: [{ messageId: 'yamlUnsafe', severity: 'high' }] },
    { code: "import { unsafeLoadAll } from 'js-yaml'; unsafeLoadAll(text)", errors: [{ messageId: 'yamlUnsafe' }] },
    { code: "const yaml = require('js-yaml'); yaml['unsafe' + 'Load'](text)", errors: [{ messageId: 'yamlUnsafe' }] },
    {
      code: "import yaml from 'js-yaml'; import types from 'js-yaml-js-types'; const schema = yaml.DEFAULT_SCHEMA.extend(types); yaml.load(text, { schema })",
      errors: [{ messageId: 'schemaBuilt', severity: 'high' }],
    },
    {
      code: "import yaml from 'js-yaml'; import { all } from 'js-yaml-js-types'; const schema = yaml.DEFAULT_SCHEMA.extend(all)",
      errors: [{ messageId: 'schemaBuilt' }],
    },
    {
      code: "const yaml = require('js-yaml'); const types = require('js-yaml-js-types'); yaml.DEFAULT_SCHEMA.extend([types.function])",
      errors: [{ messageId: 'schemaBuilt' }],
    },
    { code: "import v8 from 'v8'; v8.deserialize(buf)", errors: [{ messageId: 'v8', severity: 'medium' }] },
    { code: "const { deserialize } = require('node:v8'); deserialize(buf)", errors: [{ messageId: 'v8', severity: 'medium' }] },
    { code: "import v8 from 'v8'; new v8.Deserializer(buf)", errors: [{ messageId: 'v8', severity: 'medium' }] },
  ],
});
