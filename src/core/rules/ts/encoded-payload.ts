import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { decodeStep, decodesFeeding, enclosingLoop, isRotation, sinkOf } from '../support/obfuscation-flows';
import { asBytes, classifyBytes, escapedAscii, payloadOfString, type Payload } from '../support/obfuscation-payloads';
import { preview } from '../support/unicode-chars';

const MANGLED = /^_0x[0-9a-f]{4,}$/i;
const MIN_CODES = 16;
const MIN_BYTES = 64;
const LOWER: Record<Severity, Severity | undefined> = { high: 'medium', medium: 'low', low: undefined, info: undefined };

function howOf(sink: string): string {
  if (/require|import/.test(sink)) {
    return 'loads as a module';
  }
  if (/write|append/i.test(sink)) {
    return 'writes to disk';
  }
  return /fetch|request|get$/.test(sink) ? 'sends or fetches' : 'runs as code';
}

interface Pending {
  node: Node;
  messageId: string;
  data: Record<string, string | number>;
  severity: Severity;
}

/** Severity of a payload found in a literal (before the test-file discount). */
function payloadSeverity(p: Payload): Severity | undefined {
  switch (p.kind) {
    case 'executable':
      return 'high';
    case 'code':
    case 'compressed':
      return 'medium';
    case 'text':
      return 'low';
    case 'binary':
      return p.length >= 750 ? 'low' : undefined;
    default:
      return undefined;
  }
}

function numbersOf(ctx: TsRuleContext, node: Node): (number | undefined)[] | undefined {
  let array: Node | undefined = node;
  if (node.type !== 'ArrayExpression') {
    const arr = ctx.values(node).find((v) => v.kind === 'arr');
    array = arr && arr.kind === 'arr' ? arr.node : undefined;
  }
  if (!array || array.type !== 'ArrayExpression') {
    return undefined;
  }
  return array.elements.map((e) => (e?.type === 'Literal' && typeof e.value === 'number' ? e.value : undefined));
}

export default defineTsRule({
  meta: {
    id: 'ts/encoded-payload',
    category: 'obfuscation',
    severity: 'medium',
    summary:
      'Encoded payloads: long base64/hex/escaped strings and character-code lists that decode to code, compressed or executable data, obfuscator.io output (`_0x` names, string-array rotation), and decoding straight into eval/vm/require/child_process.',
    why:
      'Code that arrives as base64, gzip or a list of numbers cannot be reviewed, and nothing an honest change needs is shaped ' +
      'that way. Decoding a blob and running it (`eval(atob(...))`) is how droppers and backdoors hide; `_0x4f2a` names and a ' +
      'rotating string array are the signature of a JavaScript obfuscator.',
    incorrect: [
      "eval(atob('Y29uc29sZS5sb2coMSk='));",
      "const vm = require('vm'); const zlib = require('zlib');\nvm.runInThisContext(zlib.gunzipSync(Buffer.from(blob, 'base64')).toString());",
      'const _0x3f2a = ["log"]; const _0x1b7c = function (i) { return _0x3f2a[i]; };',
      `const s = String.fromCharCode(${Array.from('require("child_process")', (c) => c.charCodeAt(0)).join(', ')});`,
    ],
    correct: [
      `const logo = 'data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(12)}';`,
      "const integrity = 'sha512-" + 'a1B2c3D4e5F6'.repeat(8) + "==';",
      "const text = Buffer.from(input, 'base64').toString('utf8');",
      'const queue = [1, 2, 3]; queue.push(queue.shift());',
    ],
    messages: {
      payload: 'A {{length}}-character {{encoding}} string decodes to {{what}}{{sample}}: a payload nobody can review as written.',
      escaped: 'A string of {{count}} escaped plain ASCII characters (`\\x..`/`\\u....`), which need no escaping: it reads "{{sample}}".',
      charCodes: 'Text built from {{count}} character codes{{sample}}: a string written as numbers so it cannot be read or searched.',
      bytes: 'An array of {{count}} byte values decodes to {{what}}{{sample}}.',
      decodeRun: '`{{decode}}` decodes data that `{{sink}}` then {{how}}: decode-then-execute is how hidden payloads run.',
      carrier: 'This {{what}} is a disguised payload: `{{decode}}` on line {{line}} decodes it for `{{sink}}`, which {{how}}.',
      mangled: 'Obfuscated identifiers (`{{names}}`): {{count}} `_0x`-style names are the signature of a JavaScript obfuscator.',
      rotation: '`{{code}}` in a loop rotates a string array: the decoder prologue of obfuscator.io output.',
    },
  },
  create(ctx) {
    const pending: Pending[] = [];
    const decodes = new Map<Node, string>();
    /** Decodes of constants: an embedded blob, not data received at run time. */
    const constant = new Set<Node>();
    const sinks: { node: Node; sink: string; args: readonly Node[] }[] = [];
    const inits = new Map<string, Node[]>();
    const mangled = new Map<string, Node>();
    const discount = (s: Severity | undefined): Severity | undefined => (s && ctx.isTestFile ? LOWER[s] : s);
    const add = (node: Node, messageId: string, data: Record<string, string | number>, severity: Severity | undefined): void => {
      const s = discount(severity);
      if (s) {
        pending.push({ node, messageId, data, severity: s });
      }
    };

    function checkString(node: Node, value: string, raw: string | undefined): void {
      const p = payloadOfString(value);
      if (p) {
        const sample = p.sample ? ` ("${p.sample}")` : '';
        add(node, 'payload', { length: value.length, encoding: p.encoding, what: p.what, sample }, payloadSeverity(p));
        return;
      }
      const count = raw ? escapedAscii(raw) : 0;
      if (count > 0) {
        add(node, 'escaped', { count, sample: preview(value, 60) }, 'medium');
      }
    }

    function checkCall(node: CallNode): void {
      const decode = decodeStep(ctx, node);
      if (decode) {
        decodes.set(node, decode.label);
        if (decode.constant) {
          constant.add(node);
        }
      }
      const sink = sinkOf(ctx, node);
      if (sink) {
        sinks.push({ node, sink, args: targetsOf(ctx, node).args });
      }
      if (node.type !== 'CallExpression') {
        return;
      }
      if (decode?.label.startsWith('String.')) {
        const codes =
          node.arguments.length === 1 && node.arguments[0].type === 'SpreadElement'
            ? numbersOf(ctx, node.arguments[0].argument)
            : node.arguments;
        if (codes && codes.length >= MIN_CODES) {
          const value = ctx.strings(node);
          add(node, 'charCodes', { count: codes.length, sample: value?.length === 1 ? ` ("${preview(value[0], 60)}")` : '' }, 'medium');
        }
      }
      checkCodeMap(node);
      if (isRotation(ctx, node) && enclosingLoop(node)) {
        const fn = ctx.enclosingFunction(node);
        if (MANGLED.test(ctx.text((node.callee as TSESTree.MemberExpression).object)) || ctx.text(fn).includes('parseInt(')) {
          add(node, 'rotation', { code: preview(ctx.text(node), 60) }, 'high');
        }
      }
    }

    /** `[104, 105, ...].map((c) => String.fromCharCode(c ^ 7)).join('')`. */
    function checkCodeMap(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'map') {
        return;
      }
      const fn = node.arguments[0];
      if (!fn || (!ctx.text(fn).includes('fromCharCode') && !ctx.text(fn).includes('fromCodePoint'))) {
        return;
      }
      decodes.set(node, 'map(String.fromCharCode)');
      const codes = numbersOf(ctx, callee.object);
      if (codes) {
        constant.add(node);
      }
      if (codes && codes.length >= MIN_CODES) {
        add(node, 'charCodes', { count: codes.length, sample: '' }, 'medium');
      }
    }

    function checkArray(node: TSESTree.ArrayExpression): void {
      if (node.elements.length < MIN_BYTES) {
        return;
      }
      const bytes = asBytes(node.elements.map((e) => (e?.type === 'Literal' && typeof e.value === 'number' ? e.value : undefined)));
      if (bytes === undefined) {
        return;
      }
      const p = classifyBytes(bytes, 'bytes');
      if (p.kind === 'binary' || p.kind === 'media') {
        return;
      }
      add(
        node,
        'bytes',
        { count: bytes.length, what: p.what, sample: p.sample ? ` ("${p.sample}")` : '' },
        p.kind === 'text' ? 'low' : payloadSeverity(p),
      );
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string' && !(node.parent?.type === 'BinaryExpression' && node.parent.operator === '+')) {
          checkString(node, node.value, node.raw);
        }
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0 && node.parent?.type !== 'TaggedTemplateExpression') {
          const quasi = node.quasis[0];
          checkString(node, quasi.value.cooked ?? quasi.value.raw, quasi.value.raw);
        }
      },
      BinaryExpression(node) {
        if (node.operator !== '+' || (node.parent?.type === 'BinaryExpression' && node.parent.operator === '+')) {
          return;
        }
        const strings = ctx.strings(node);
        if (strings?.length === 1) {
          checkString(node, strings[0], undefined);
        }
      },
      CallExpression: checkCall,
      NewExpression: checkCall,
      ImportExpression(node) {
        sinks.push({ node, sink: 'import()', args: [node.source] });
      },
      ArrayExpression: checkArray,
      VariableDeclarator(node) {
        if (node.id.type === 'Identifier' && node.init) {
          const list = inits.get(node.id.name) ?? [];
          list.push(node.init);
          inits.set(node.id.name, list);
        }
      },
      Identifier(node) {
        if (node.name.length >= 7 && node.name.charCodeAt(0) === 95 && MANGLED.test(node.name) && !mangled.has(node.name)) {
          mangled.set(node.name, node);
        }
      },
      'Program:exit'() {
        const flagged: Node[] = [];
        for (const { node, sink, args } of sinks) {
          const decode = args.flatMap((arg) => decodesFeeding(arg, decodes, inits)).find((d) => reportable(d, sink));
          if (decode) {
            flagged.push(decode);
            const how = howOf(sink);
            // WebAssembly runs sandboxed: an embedded module (es-module-lexer does this) is hidden code, not host access.
            const severity = sink.startsWith('WebAssembly') ? 'medium' : 'high';
            ctx.report({
              node: decode,
              messageId: 'decodeRun',
              data: { decode: decodes.get(decode) ?? '', sink, how },
              severity,
              trace: [node],
            });
            const carrier = carrierOf(decode);
            if (carrier && !sameLine(carrier, decode) && !pending.some((p) => p.node === carrier)) {
              const line = ctx.sourceText.slice(0, decode.range[0]).split('\n').length;
              const what = carrier.type === 'ArrayExpression' ? `array of ${carrier.elements.length} numbers` : 'string';
              ctx.report({
                node: carrier,
                messageId: 'carrier',
                data: { what, decode: decodes.get(decode) ?? '', line, sink, how },
                severity,
              });
            }
          }
        }
        for (const p of pending) {
          // The decode finding says it better: do not also flag the blob on the line of `eval(atob('...'))`.
          if (!flagged.some((d) => sameLine(d, p.node))) {
            // `const CODES = [104, 116, ...]` far from `String.fromCharCode(...CODES)`: the numbers are the disguise.
            const carrier = p.messageId === 'charCodes' ? carrierOf(p.node) : undefined;
            const at = carrier?.type === 'ArrayExpression' && !sameLine(carrier, p.node) ? carrier : p.node;
            ctx.report({ node: at, messageId: p.messageId, data: p.data, severity: p.severity });
          }
        }
        reportMangled();
      },
    };

    function reportable(decode: Node, sink: string): boolean {
      const how = howOf(sink);
      // Saving an upload decoded from base64 is ordinary; dropping an embedded blob to disk is not.
      return (how !== 'writes to disk' && how !== 'sends or fetches') || constant.has(decode);
    }

    /**
     * The constant a decode reads, when it is declared apart from the decode: `const blob = [88, 79, ...]`
     * decoded as `blob.map(...)`, `const B = '<base64>'` as `Buffer.from(B, 'base64')`.
     */
    function carrierOf(decode: Node): Node | undefined {
      let current: Node | undefined = decode;
      for (let i = 0; i < 8 && current; i++) {
        switch (current.type) {
          case 'CallExpression':
          case 'NewExpression': {
            const callee: Node = current.callee;
            current =
              callee.type === 'MemberExpression' && callee.object.type !== 'Identifier'
                ? callee.object
                : callee.type === 'MemberExpression' && !isGlobalName(callee.object)
                  ? callee.object
                  : current.arguments[0];
            break;
          }
          case 'MemberExpression':
            current = current.object;
            break;
          // `String.fromCharCode(...CODES)`
          case 'SpreadElement':
            current = current.argument;
            break;
          case 'Identifier': {
            const list = inits.get(current.name);
            current = list?.length === 1 ? list[0] : undefined;
            break;
          }
          case 'ArrayExpression':
            return current.elements.length >= 16 && current.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'number')
              ? current
              : undefined;
          case 'Literal':
            return typeof current.value === 'string' && current.value.length >= 16 ? current : undefined;
          case 'TemplateLiteral':
            return current.expressions.length === 0 && (current.quasis[0]?.value.cooked ?? '').length >= 16 ? current : undefined;
          default:
            return undefined;
        }
      }
      return undefined;
    }

    /** `Buffer`, `String`, `atob`...: a global the decode is called on, not the data. */
    function isGlobalName(node: Node): boolean {
      return node.type === 'Identifier' && ctx.values(node).some((v) => v.kind === 'ref' && v.module === undefined && v.path.length === 1);
    }

    function sameLine(a: Node, b: Node): boolean {
      const from = Math.min(a.range[0], b.range[0]);
      const to = Math.max(a.range[0], b.range[0]);
      return to - from < 100_000 && !ctx.sourceText.slice(from, to).includes('\n');
    }

    function reportMangled(): void {
      if (mangled.size === 0) {
        return;
      }
      const nodes = [...mangled.values()];
      const names = [...mangled.keys()].slice(0, 3).join('`, `');
      ctx.report({
        node: nodes[0],
        messageId: 'mangled',
        data: { names: mangled.size > 3 ? `${names}\`, ...` : names, count: mangled.size },
        severity: discount(mangled.size >= 2 ? 'high' : 'medium') ?? 'low',
        trace: nodes.slice(1, 6),
      });
    }
  },
});
