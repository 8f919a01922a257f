import { definePyRule } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { encodedLiteral, encodingOf } from '../support/py-obfuscation-flows';
import { addressesModels } from '../support/injection-phrases';

/** Sinks that run what they are given: code, pickles, shell commands. */
const SINKS: Record<string, string> = {
  'builtins.exec': 'exec',
  'builtins.eval': 'eval',
  'builtins.compile': 'compile',
  'builtins.execfile': 'execfile',
  'pickle.loads': 'pickle.loads',
  '_pickle.loads': 'pickle.loads',
  'cPickle.loads': 'pickle.loads',
  'dill.loads': 'dill.loads',
  'cloudpickle.loads': 'cloudpickle.loads',
  'marshal.loads': 'marshal.loads',
  'types.FunctionType': 'types.FunctionType',
  'os.system': 'os.system',
  'os.popen': 'os.popen',
  'subprocess.run': 'subprocess.run',
  'subprocess.call': 'subprocess.call',
  'subprocess.check_call': 'subprocess.check_call',
  'subprocess.check_output': 'subprocess.check_output',
  'subprocess.Popen': 'subprocess.Popen',
  'subprocess.getoutput': 'subprocess.getoutput',
  'subprocess.getstatusoutput': 'subprocess.getstatusoutput',
};

/** A literal of base64 or hex characters long enough to carry code (not a short key or a mode name). */
function looksEncoded(value: string): boolean {
  const clean = value.replace(/\s+/g, '');
  return clean.length >= 16 && (/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean) || /^(?:[0-9a-fA-F]{2})+$/.test(clean)) && /[0-9]/.test(clean);
}

function clip(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

export default definePyRule({
  meta: {
    id: 'py/encoded-exec',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Code decoded at run time and then run: base64/zlib/codecs/hex/marshal results, `chr()` joins, byte lists or reversed strings passed to exec/eval/compile/pickle.loads/os.system; long base64 or hex literals.',
    why:
      'Encoding the code that runs is how a payload gets past review: the diff shows a blob and an `exec`, never the code ' +
      'itself. Legitimate programs have no reason to decode their own source before running it. The encoded literal that is run ' +
      'is flagged where it is written as well. Long encoded literals are ' +
      'flagged on their own (medium) because the blob is usually the payload, wherever it is decoded.',
    incorrect: [
      "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))",
      'import zlib, base64\ncode = zlib.decompress(base64.b64decode(blob))\nexec(code)',
      "exec(''.join(chr(c) for c in [112, 114, 105, 110, 116]))",
      "import codecs\neval(codecs.decode('cevag(1)', 'rot13'))",
    ],
    correct: [
      'exec(compile(open(path).read(), path, "exec"))',
      "import base64\ndata = base64.b64decode(payload)\nopen('out.bin', 'wb').write(data)",
      'eval(expr)',
      "import codecs\nexec(codecs.decode(raw, 'utf-8'))",
    ],
    messages: {
      encodedExec: '`{{sink}}` runs a value decoded at run time ({{steps}}){{preview}}: the code that runs is not readable in the diff.',
      payload:
        'This {{length}}-character encoded literal is the payload that `{{sink}}` on line {{line}} decodes and runs: what it does cannot be read in the diff.',
      encodedInjection:
        'A {{length}}-character {{kind}} literal{{preview}}: instructions to a language model, encoded so that no reader sees them.',
      longLiteral:
        'A {{length}}-character {{kind}} literal{{preview}}: an encoded blob hides what it contains from review; decode it and check ' +
        'where it is used.',
    },
  },
  create(ctx) {
    const lineOf = (offset: number): number => {
      let line = 1;
      for (let i = ctx.sourceText.indexOf('\n'); i >= 0 && i < offset; i = ctx.sourceText.indexOf('\n', i + 1)) {
        line++;
      }
      return line;
    };
    const consumed = new Set<PyNode>();
    /** Sinks inside the argument of a reported sink (`exec(marshal.loads(...))`): one finding. */
    const covered = new Set<PyNode>();
    const cover = (node: PyNode): void => {
      covered.add(node);
      node.children.forEach(cover);
    };
    const literals: PyNode[] = [];
    return {
      call(node) {
        const fn = field(node, 'function');
        const ref = fn ? ctx.refs(fn).find((r) => SINKS[r.name] !== undefined) : undefined;
        const arg = callArguments(node, ctx.sourceText).positional[0];
        if (!ref || !arg || covered.has(node)) {
          return;
        }
        const encoding = encodingOf(ctx, arg);
        if (encoding.steps.length === 0) {
          return;
        }
        encoding.literals.forEach((l) => consumed.add(l));
        cover(arg);
        // The blob kept in a constant elsewhere is the payload itself: flag it where it is written too.
        const line = lineOf(node.start);
        for (const literal of encoding.literals) {
          const value = ctx.strings(literal)?.[0];
          if (value !== undefined && lineOf(literal.start) !== line && looksEncoded(value)) {
            ctx.report({
              node: literal,
              messageId: 'payload',
              data: { length: value.replace(/\s+/g, '').length, sink: SINKS[ref.name], line },
            });
          }
        }
        const decoded = ctx.strings(arg);
        const preview = decoded?.length === 1 && decoded[0].trim() ? `: \`${clip(decoded[0])}\`` : '';
        ctx.report({
          node,
          messageId: 'encodedExec',
          data: { sink: SINKS[ref.name], steps: encoding.steps.join(', '), preview },
          trace: ref.trace,
        });
      },
      string(node) {
        if (node.parent?.type !== 'concatenated_string') {
          literals.push(node);
        }
      },
      concatenated_string(node) {
        literals.push(node);
      },
      'module:exit'() {
        for (const node of literals) {
          const value = ctx.strings(node)?.[0];
          const found = value !== undefined ? encodedLiteral(value, ctx.text(node)) : undefined;
          if (!found || consumed.has(node)) {
            continue;
          }
          // Instructions to a model, encoded so that neither a reader nor the prompt-injection rule sees them.
          const injection = found.text !== undefined && addressesModels(found.text);
          ctx.report({
            node,
            messageId: injection ? 'encodedInjection' : 'longLiteral',
            severity: injection ? 'high' : ctx.isTestFile ? 'low' : 'medium',
            data: { length: found.length, kind: found.kind, preview: found.preview ? ` (decodes to \`${found.preview}\`)` : '' },
          });
        }
      },
    };
  },
});
