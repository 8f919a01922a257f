import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { isGlobal, modulePath, refName } from '../../js/values';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { ImportTracker, withoutDefault } from '../support/process-imports';
import { fixedPath, isOn, optionOf, sourceOf } from '../support/process-paths';
import { wrapperCalls } from '../support/process-wrappers';

const WORKER_THREADS = new Set(['worker_threads']);
const CLUSTER = new Set(['cluster']);

export default defineTsRule({
  meta: {
    id: 'ts/worker-process',
    category: 'process',
    severity: 'medium',
    summary:
      'Workers and forked copies of the program: `worker_threads` `Worker`, `cluster.fork`, web `Worker`/`SharedWorker`, and calls handing run-time data to a wrapper around an `eval: true` worker.',
    why:
      'A worker runs a script of its own, concurrently and out of the main flow a reviewer follows. With `eval: true` or a ' +
      '`blob:` URL the script is a string built at run time, which is the same as `eval`.',
    incorrect: [
      "const { Worker } = require('worker_threads'); new Worker('./task.js')",
      "import { Worker } from 'node:worker_threads'; new Worker(code, { eval: true })",
      "import cluster from 'cluster'; if (cluster.isPrimary) cluster.fork()",
      "new Worker(new URL('./w.js', import.meta.url))",
    ],
    correct: [
      "import { parentPort } from 'worker_threads'; parentPort?.postMessage(1)",
      'class Worker { run() {} } new Worker().run()',
      'const pool = createPool(); pool.fork()',
    ],
    messages: {
      worker: '`{{name}}` starts a worker thread running `{{script}}`.',
      workerDynamic: '`{{name}}` starts a worker thread running a script chosen at run time (`{{script}}`).',
      workerEval: '`{{name}}` with `eval: true` runs its first argument (`{{script}}`) as code in a new thread.',
      clusterFork: '`{{name}}` starts another copy of this program as a worker process.',
      webWorker: '`{{name}}` runs `{{script}}` in a background worker.',
      webWorkerCode: '`{{name}}` runs code built at run time (`{{script}}`) in a background worker.',
      wrapperCall: '`{{name}}` is called with `{{arg}}`, which it runs as code: `{{sink}}` with `eval: true` on line {{line}}.',
      unfollowed: '`{{module}}` is imported but its uses could not be followed: worker threads may be started through it.',
    },
  },
  create(ctx) {
    const tracker = new ImportTracker(ctx, WORKER_THREADS, (member) => member === 'Worker');

    /** Calls of a wrapper around an eval worker that hand it run-time data: where data becomes code. */
    function reportWrappers(sink: CallNode, code: Node | undefined, name: string): void {
      for (const { call, data } of wrapperCalls(ctx, sink, code)) {
        ctx.report({ node: call, messageId: 'wrapperCall', data: { ...data, sink: name }, severity: 'high', category: 'dynamic-code' });
      }
    }

    function nodeWorker(node: CallNode, name: string, args: readonly Node[], trace: readonly Node[] | undefined): void {
      const script = args[0] ? sourceOf(ctx, args[0]) : '';
      if (isOn(ctx, optionOf(ctx, args.slice(1), 'eval'))) {
        if (args[0] && args[0].type !== 'SpreadElement') {
          ctx.runsAsCode(args[0]);
        }
        ctx.report({ node, messageId: 'workerEval', data: { name, script }, severity: 'high', trace });
        reportWrappers(node, args[0], name);
        return;
      }
      const fixed = fixedPath(ctx, args[0]);
      ctx.report({
        node,
        messageId: fixed === undefined ? 'workerDynamic' : 'worker',
        data: { name, script: fixed ?? script },
        severity: fixed === undefined ? 'high' : 'medium',
        trace,
      });
    }

    /** A `blob:`/`data:` URL or `URL.createObjectURL(...)`: the worker's script is a string. */
    function isCodeUrl(arg: Node | undefined): boolean {
      if (!arg) {
        return false;
      }
      const strings = ctx.strings(arg);
      if (strings) {
        return strings.some((s) => /^\s*(blob|data):/i.test(s));
      }
      return ctx.values(arg).some((v) => v.kind === 'ref' && isGlobal(v, 'URL', 'createObjectURL', '()'));
    }

    function webWorker(node: CallNode, name: string, args: readonly Node[], trace: readonly Node[] | undefined): void {
      const code = isCodeUrl(args[0]);
      const script = args[0] ? (fixedPath(ctx, args[0]) ?? sourceOf(ctx, args[0])) : '';
      const severity: Severity = code ? 'high' : 'low';
      ctx.report({ node, messageId: code ? 'webWorkerCode' : 'webWorker', data: { name, script }, severity, trace });
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref: raw, name } of targets) {
        const ref = withoutDefault(raw);
        if (tracker.follow(ref)) {
          if (node.type === 'NewExpression' && modulePath(ref, WORKER_THREADS)?.join('.') === 'Worker') {
            nodeWorker(node, name, args, ref.trace);
            return;
          }
          continue;
        }
        const clusterPath = modulePath(ref, CLUSTER)?.join('.');
        if (node.type === 'CallExpression' && (clusterPath === 'fork' || clusterPath === 'default.fork')) {
          ctx.report({ node, messageId: 'clusterFork', data: { name: refName(ref) }, trace: ref.trace });
          return;
        }
        if (node.type === 'NewExpression' && (isGlobal(ref, 'Worker') || isGlobal(ref, 'SharedWorker'))) {
          webWorker(node, name, args, ref.trace);
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      ExportNamedDeclaration: (node) => tracker.exportFrom(node),
      ExportAllDeclaration: (node) => tracker.exportFrom(node),
      'Program:exit'() {
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module } }));
      },
    };
  },
});
