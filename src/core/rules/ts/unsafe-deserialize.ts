import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { modulePath, type Value } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { optionOf, unwrapExpr } from '../support/process-paths';
import { withoutDefault } from '../support/process-imports';

/** Deserializers that rebuild functions from their input: module -> members. */
const CODE_DESERIALIZERS: Record<string, ReadonlySet<string>> = {
  'node-serialize': new Set(['unserialize']),
  funcster: new Set(['deepDeserialize', 'deserialize']),
  cryo: new Set(['parse']),
  'serialize-to-js': new Set(['deserialize']),
};

const JS_YAML = new Set(['js-yaml']);
const V8 = new Set(['v8']);
const YAML_LOADS = new Set(['load', 'loadAll', 'safeLoad', 'safeLoadAll']);
const SCHEMA_BUILDERS = new Set(['extend', 'create']);

/** js-yaml's full schema (`!!js/function`, `!!js/regexp`) or the js-yaml-js-types add-on. */
function isUnsafeSchema(value: Value): boolean {
  if (value.kind !== 'ref' || value.module === undefined) {
    return false;
  }
  if (value.module === 'js-yaml-js-types' || value.module.startsWith('js-yaml-js-types/')) {
    return true;
  }
  const path = modulePath(value, JS_YAML);
  return path !== undefined && path.some((p) => p === 'DEFAULT_FULL_SCHEMA' || p === 'default_full');
}

export default defineTsRule({
  meta: {
    id: 'ts/unsafe-deserialize',
    category: 'dynamic-code',
    severity: 'high',
    summary:
      'Deserializers that rebuild functions from data: node-serialize, funcster, cryo, serialize-to-js, js-yaml full schema, `v8.deserialize`.',
    why:
      'These formats can carry functions that run when the data is read (`_$$ND_FUNC$$_`, `!!js/function`): parsing input ' +
      'with them runs whatever code the input holds. Safe parsers (`JSON.parse`, js-yaml 4 `load`) exist for every case.',
    incorrect: [
      "const serialize = require('node-serialize'); serialize.unserialize(body)",
      "import yaml from 'js-yaml'; yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA })",
      "import yaml from 'js-yaml'; yaml.unsafeLoad(text)",
    ],
    correct: [
      "import yaml from 'js-yaml'; yaml.load(text)",
      'JSON.parse(body)',
      "import { parse } from 'yaml'; parse(text)",
      'serializer.unserialize(x)',
    ],
    messages: {
      codeDeserializer: '`{{name}}` rebuilds functions from its input: reading untrusted data with it runs the code the data carries.',
      yamlSchema: '`{{name}}` with {{schema}} turns `!!js/function` tags in the document into running code.',
      yamlUnsafe: '`{{name}}` parses YAML with every JavaScript type enabled: `!!js/function` tags become running code.',
      schemaBuilt: '`{{name}}` builds a YAML schema with js-yaml-js-types: documents loaded with it can carry running functions.',
      v8: '`{{name}}` rebuilds objects from a binary V8 buffer: only safe for data this program wrote itself.',
    },
  },
  create(ctx) {
    function report(node: Node, messageId: string, name: string, severity: Severity, trace?: readonly Node[], schema = ''): void {
      ctx.report({ node, messageId, data: { name, schema }, severity, trace });
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref: raw, name } of targets) {
        const ref = withoutDefault(raw);
        if (ref.module === undefined) {
          continue;
        }
        const member = ref.path.join('.');
        if (CODE_DESERIALIZERS[ref.module]?.has(member)) {
          return report(node, 'codeDeserializer', name, 'high', ref.trace);
        }
        const yamlPath = modulePath(ref, JS_YAML)?.join('.');
        if (yamlPath === 'unsafeLoad' || yamlPath === 'unsafeLoadAll') {
          return report(node, 'yamlUnsafe', name, 'high', ref.trace);
        }
        if (yamlPath !== undefined && YAML_LOADS.has(yamlPath)) {
          const schema = optionOf(ctx, args, 'schema');
          if (schema && ctx.values(schema).some(isUnsafeSchema)) {
            return report(node, 'yamlSchema', name, 'high', ref.trace, `\`${ctx.text(schema)}\``);
          }
          continue;
        }
        const last = ref.path[ref.path.length - 1];
        if (yamlPath !== undefined && (SCHEMA_BUILDERS.has(last) || node.type === 'NewExpression')) {
          if (args.some((arg) => schemaArgUnsafe(arg))) {
            return report(node, 'schemaBuilt', name, 'high', ref.trace);
          }
        }
        const v8Path = modulePath(ref, V8)?.join('.');
        if (v8Path === 'deserialize' || (v8Path === 'Deserializer' && node.type === 'NewExpression')) {
          return report(node, 'v8', name, 'medium', ref.trace);
        }
      }
    }

    function schemaArgUnsafe(arg: Node): boolean {
      const expr = unwrapExpr(arg);
      const items = expr.type === 'ArrayExpression' ? expr.elements : [expr];
      return items.some((item) => item !== null && item.type !== 'SpreadElement' && ctx.values(item).some(isUnsafeSchema));
    }

    return { CallExpression: check, NewExpression: check };
  },
});
