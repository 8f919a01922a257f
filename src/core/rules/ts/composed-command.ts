import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Category, Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { modulePath, refName, type RefValue } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { withoutDefault } from '../support/process-imports';
import { isOn, optionOf, unwrapExpr } from '../support/process-paths';
import { apiOf, commandOf, type Api } from '../support/process-commands';
import { lineIndex } from '../support/sandbox-lines';
import { FlowTracer, siteOf, within, type Flow } from '../support/process-composed';

type SinkKind = 'shell' | 'string' | 'code';

interface Sink {
  call: CallNode;
  name: string;
  arg: Node;
  kind: SinkKind;
  /** A worker or `vm` call: a code string declared apart from it is reported too. */
  evaluator?: boolean;
}

interface Pending {
  node: Node;
  messageId: string;
  data: Record<string, string | number>;
  severity: Severity;
  category: Category;
  related: { node: Node; message: string }[];
}

const VM = new Set(['vm']);
const VM_CODE = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction', 'Script', 'SourceTextModule']);
const WORKER_THREADS = new Set(['worker_threads']);
const SPAWNS_PROCESS = /child_process|\bexec(Sync|File|FileSync)?\s*\(|\bspawn(Sync)?\s*\(|\bfork\s*\(/;
const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/** `promisify(exec)`: the API a promisified function wraps, from the call that made it. */
function promisified(ctx: TsRuleContext, ref: RefValue, callee: Node): RefValue | undefined {
  const path = modulePath(withoutDefault(ref), new Set(['util']));
  if (path?.join('.') !== 'promisify.()') {
    return undefined;
  }
  const expr = unwrapExpr(callee);
  const inits = expr.type === 'CallExpression' ? [expr] : ctx.values(expr).flatMap((v) => v.trace ?? []);
  for (const node of inits) {
    const init = node.type === 'VariableDeclarator' && node.init ? unwrapExpr(node.init) : node;
    const arg = init.type === 'CallExpression' ? init.arguments[0] : undefined;
    const inner = arg ? ctx.refs(arg).find((r) => apiOf(r)) : undefined;
    if (inner) {
      return inner;
    }
  }
  return undefined;
}

/** The arguments of a process call that a shell (or an interpreter) reads as text. */
function processSinks(ctx: TsRuleContext, call: CallNode, name: string, api: Api, args: readonly Node[], tracer: FlowTracer): Sink[] {
  const out: Sink[] = [];
  const add = (arg: Node | undefined, kind: SinkKind): void => {
    if (arg && arg.type !== 'SpreadElement') {
      out.push({ call, name, arg, kind });
    }
  };
  if (api.form === 'string') {
    add(args[0], api.shell ? 'shell' : 'string');
    return out;
  }
  if (api.form !== 'file' && api.form !== 'argv') {
    return out;
  }
  const shell = optionOf(ctx, args, 'shell');
  if (api.form === 'file' && (isOn(ctx, shell) || (shell && tracer.flows(shell).length > 0))) {
    add(args[0], 'shell');
    add(args[1], 'shell');
    return out;
  }
  const inline = commandOf(ctx, api, args)?.inline;
  if (inline) {
    add(api.form === 'argv' ? args[0] : args[1], inline === 'shell' ? 'shell' : 'code');
  }
  return out;
}

/** The `shell` properties of the option objects a call receives (also through a variable or a spread). */
function shellProps(ctx: TsRuleContext, args: readonly Node[]): TSESTree.Property[] {
  const out: TSESTree.Property[] = [];
  const visit = (node: Node, depth: number): void => {
    const expr = unwrapExpr(node);
    const objects =
      expr.type === 'ObjectExpression'
        ? [expr]
        : ctx.values(expr).flatMap((v) => (v.kind === 'obj' && v.node.type === 'ObjectExpression' ? [v.node] : []));
    for (const object of objects) {
      for (const prop of object.properties) {
        if (prop.type === 'SpreadElement') {
          if (depth < 2) {
            visit(prop.argument, depth + 1);
          }
        } else if (
          !prop.computed &&
          (prop.key.type === 'Identifier' ? prop.key.name : String((prop.key as TSESTree.Literal).value)) === 'shell'
        ) {
          out.push(prop);
        }
      }
    }
  };
  args.slice(1).forEach((arg) => visit(arg, 0));
  return out;
}

export default defineTsRule({
  meta: {
    id: 'ts/composed-command',
    category: 'process',
    severity: 'high',
    summary:
      'Where an environment variable, `process.argv` or request data is composed into a command a shell runs, into code a worker or `vm` runs, or turns on the shell of a child process.',
    why:
      'A command assembled in one place and run in another hides the risky part from the line a reviewer looks at: the sink ' +
      'shows only `execSync(cmd)`. An AI-written build or deploy script that splices `process.env.X` or request data into a ' +
      'shell string lets whoever sets that value run their own commands (`; curl ... | sh`). The composition is what to fix.',
    incorrect: [
      "import { execSync } from 'child_process';\nconst hook = process.env.BUILD_HOOK ? ` && ${process.env.BUILD_HOOK}` : '';\nexecSync('npm run build' + hook);",
      "const { execSync } = require('child_process');\nconst steps = [process.env.PREBUILD, 'npm run gen'].filter(Boolean).join(' && ');\nexecSync(steps);",
      "import { spawn } from 'child_process';\nconst opts = { stdio: 'inherit', shell: process.env.SHELL || true };\nspawn('make', ['all'], opts);",
      "import { Worker } from 'worker_threads';\nconst body = `require('child_process').execSync('id')`;\nnew Worker(body, { eval: true });",
    ],
    correct: [
      "import { spawn } from 'child_process';\nspawn('git', ['checkout', process.env.BRANCH]);",
      "import { execSync } from 'child_process';\nconst cmd = process.env.NODE_ENV === 'production' ? 'npm run build' : 'npm run dev';\nexecSync(cmd);",
      "import { execSync } from 'child_process';\nexecSync('npm test', { cwd: process.env.PROJECT_DIR, env: { ...process.env, CI: '1' } });",
      "import { execSync } from 'child_process';\nconst steps = ['npm run lint', 'npm test'].join(' && ');\nexecSync(steps);",
    ],
    messages: {
      composed:
        '`{{source}}` is composed into the command that `{{sink}}` runs{{how}} on line {{line}}: whoever sets it can append their own commands.',
      whole:
        '`{{source}}` becomes the command that `{{sink}}` runs{{how}} on line {{line}}: whoever sets it decides what the machine executes.',
      composedCode: '`{{source}}` is composed into code that `{{sink}}` runs on line {{line}}: whoever sets it decides what code runs.',
      codeString: 'This string is code that `{{sink}}` runs on line {{line}}{{what}}; the call itself shows only a variable.',
      shellFrom:
        '`shell` is set from `{{source}}` for `{{sink}}` on line {{line}}: whoever sets it chooses the program that parses the command.',
      shellApart:
        '`shell: {{value}}` is set in an options object declared apart from `{{sink}}` on line {{line}}: the call does not show that a shell parses its command.',
    },
  },
  create(ctx) {
    const calls: CallNode[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];
    const pending = new Map<Node, Pending>();
    let lines: ((offset: number) => number) | undefined;
    const lineOf = (node: Node): number => (lines ??= lineIndex(ctx.sourceText))(node.range[0]);

    function add(p: Pending): void {
      const old = pending.get(p.node);
      if (!old || RANK[p.severity] > RANK[old.severity]) {
        pending.set(p.node, p);
      }
    }

    /** The sinks of a call, and for a process API its name (its options may turn the shell on). */
    function sinksOf(call: CallNode, tracer: FlowTracer): { sinks: Sink[]; process?: { name: string; form: Api['form'] } } {
      const { targets, args } = targetsOf(ctx, call);
      for (const { ref: raw } of targets) {
        const ref = withoutDefault(raw);
        const inner = promisified(ctx, ref, call.callee) ?? ref;
        const api = apiOf(inner);
        if (api) {
          const name = refName(withoutDefault(inner));
          return { sinks: processSinks(ctx, call, name, api, args, tracer), process: { name, form: api.form } };
        }
        const vm = modulePath(ref, VM)?.join('.');
        if (vm && VM_CODE.has(vm.replace(/^default\./, '')) && args[0]) {
          return { sinks: [{ call, name: refName(ref), arg: args[0], kind: 'code', evaluator: true }] };
        }
        const worker = modulePath(ref, WORKER_THREADS)?.join('.');
        if (call.type === 'NewExpression' && worker === 'Worker' && args[0] && isOn(ctx, optionOf(ctx, args.slice(1), 'eval'))) {
          return { sinks: [{ call, name: refName(ref), arg: args[0], kind: 'code', evaluator: true }] };
        }
      }
      return { sinks: [] };
    }

    function reportFlow(sink: Sink, flow: Flow): void {
      const site = flow.composed ? siteOf(flow.composed) : flow.boundary;
      if (!site || within(site, sink.call)) {
        return;
      }
      const code = sink.kind === 'code';
      const data = {
        source: flow.source.name,
        sink: sink.name,
        line: lineOf(sink.call),
        how: sink.kind === 'shell' ? ' through a shell' : '',
      };
      const tame = flow.source.machine || sink.kind === 'string';
      add({
        node: site,
        messageId: code ? 'composedCode' : flow.composed ? 'composed' : 'whole',
        data,
        severity: tame && !code ? 'medium' : 'high',
        category: code && !SPAWNS_PROCESS.test(ctx.text(site)) ? 'dynamic-code' : 'process',
        related: [{ node: flow.source.node, message: `\`${flow.source.name}\` is read here.` }],
      });
    }

    /** A code string declared apart from the worker or `vm` call that runs it. */
    function reportCodeString(sink: Sink, tracer: FlowTracer): void {
      for (const decl of codeDeclarations(sink.arg, 0)) {
        if (!decl.init || within(decl, sink.call)) {
          continue;
        }
        const init = unwrapExpr(decl.init);
        const text = ctx.strings(init)?.join('\n') ?? ctx.text(init);
        const spawns = SPAWNS_PROCESS.test(text);
        const constant = ctx.strings(init) !== undefined;
        const tainted = tracer.flows(init).length > 0;
        add({
          node: decl,
          messageId: 'codeString',
          data: { sink: sink.name, line: lineOf(sink.call), what: spawns ? ' and it starts other programs' : '' },
          severity: spawns || tainted ? 'high' : constant ? 'low' : 'medium',
          category: spawns ? 'process' : 'dynamic-code',
          related: [],
        });
      }
    }

    function codeDeclarations(node: Node, depth: number): TSESTree.VariableDeclarator[] {
      const expr = unwrapExpr(node);
      if (expr.type !== 'Identifier' || depth > 4) {
        return [];
      }
      const out: TSESTree.VariableDeclarator[] = [];
      for (const value of ctx.values(expr)) {
        const decl = value.trace?.[0];
        if (decl?.type !== 'VariableDeclarator' || !decl.init || decl.id.type !== 'Identifier') {
          continue;
        }
        const init = unwrapExpr(decl.init);
        if (init.type === 'Identifier') {
          out.push(...codeDeclarations(init, depth + 1));
        } else if (['Literal', 'TemplateLiteral', 'BinaryExpression', 'CallExpression', 'ArrayExpression'].includes(init.type)) {
          out.push(decl);
        }
      }
      return out;
    }

    function checkShell(call: CallNode, name: string, form: Api['form'], tracer: FlowTracer): void {
      for (const prop of shellProps(ctx, targetsOf(ctx, call).args)) {
        const flow = tracer.flows(prop.value)[0];
        const data = { sink: name, line: lineOf(call), source: flow?.source.name ?? '', value: ctx.text(prop.value) };
        if (flow) {
          add({ node: prop, messageId: 'shellFrom', data, severity: 'high', category: 'process', related: [] });
        } else if (form === 'file' && !within(prop, call) && unwrapExpr(prop.value).type === 'Literal' && isOn(ctx, prop.value)) {
          add({ node: prop, messageId: 'shellApart', data, severity: 'medium', category: 'process', related: [] });
        }
      }
    }

    return {
      CallExpression: (node) => calls.push(node),
      NewExpression: (node) => calls.push(node),
      AssignmentExpression: (node) => assignments.push(node),
      'Program:exit'() {
        const tracer = new FlowTracer(ctx, calls, assignments);
        for (const call of calls) {
          const { sinks, process } = sinksOf(call, tracer);
          for (const sink of sinks) {
            tracer.flows(sink.arg).forEach((flow) => reportFlow(sink, flow));
            if (sink.evaluator) {
              reportCodeString(sink, tracer);
            }
          }
          if (process !== undefined) {
            checkShell(call, process.name, process.form, tracer);
          }
        }
        for (const p of pending.values()) {
          ctx.report({
            node: p.node,
            messageId: p.messageId,
            data: p.data,
            severity: p.severity,
            category: p.category,
            related: p.related,
          });
        }
      },
    };
  },
});
