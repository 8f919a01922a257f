import rule from '../../../src/core/rules/ts/worker-process';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import { parentPort } from 'worker_threads'; parentPort?.postMessage(1)",
    "const { parentPort, workerData } = require('worker_threads'); parentPort.on('message', (m) => m)",
    "import { isMainThread } from 'node:worker_threads'; if (isMainThread) start()",
    "import type { Worker } from 'worker_threads'; let w: Worker | undefined",
    'class Worker { run() {} } new Worker().run()',
    "import { Worker } from './queue'; new Worker('jobs')",
    'const pool = createPool(); pool.fork()',
    'function fork() {} fork()',
    "const { fork } = require('child_process'); fork('./x.js')",
    "import cluster from 'cluster'; if (cluster.isPrimary) console.log('primary')",
    "const s = 'new Worker(code, { eval: true })'",
  ],
  invalid: [
    {
      code: "const { Worker } = require('worker_threads'); new Worker('./task.js')",
      errors: [{ messageId: 'worker', severity: 'medium', message: '`worker_threads.Worker` starts a worker thread running `./task.js`.' }],
    },
    {
      code: "import { Worker } from 'node:worker_threads'; new Worker(path.join(__dirname, 'w.js'))",
      errors: [{ messageId: 'workerDynamic', severity: 'high' }],
    },
    {
      code: "import path from 'path'; import { Worker } from 'node:worker_threads'; new Worker(path.join(__dirname, 'w.js'))",
      errors: [{ messageId: 'worker', severity: 'medium' }],
    },
    {
      code: "import { Worker } from 'node:worker_threads'; new Worker(new URL('./w.js', import.meta.url))",
      errors: [{ messageId: 'worker', severity: 'medium' }],
    },
    {
      code: "import { Worker } from 'worker_threads'; function start(file) { return new Worker(file) }",
      errors: [{ messageId: 'workerDynamic', severity: 'high' }],
    },
    {
      code: "import { Worker } from 'node:worker_threads'; new Worker(code, { eval: true })",
      errors: [
        {
          messageId: 'workerEval',
          severity: 'high',
          message: '`worker_threads.Worker` with `eval: true` runs its first argument (`code`) as code in a new thread.',
        },
      ],
    },
    {
      code: "const wt = require('worker_threads'); const opts = { eval: true }; new wt.Worker('console.log(1)', opts)",
      errors: [{ messageId: 'workerEval', severity: 'high' }],
    },
    { code: "import * as wt from 'worker_threads'; new wt['Wor' + 'ker']('./a.js')", errors: [{ messageId: 'worker' }] },
    { code: "const W = require('node:worker_threads').Worker; new W('./a.js')", errors: [{ messageId: 'worker' }] },
    { code: "const wt = await import('worker_threads'); new wt.default.Worker('./a.js')", errors: [{ messageId: 'worker' }] },
    { code: "const { Worker: T } = module.require('worker_threads'); new T('./a.js')", errors: [{ messageId: 'worker' }] },
    {
      code: "import cluster from 'cluster'; if (cluster.isPrimary) cluster.fork()",
      errors: [{ messageId: 'clusterFork', severity: 'medium' }],
    },
    {
      code: "const cluster = require('node:cluster'); for (let i = 0; i < n; i++) cluster.fork({ ID: i })",
      errors: [{ messageId: 'clusterFork' }],
    },
    { code: "import { fork } from 'cluster'; fork()", errors: [{ messageId: 'clusterFork' }] },
    { code: "const c = require('cluster'); const f = c.fork.bind(c); f()", errors: [{ messageId: 'clusterFork' }] },
    {
      code: "new Worker('worker.js')",
      errors: [{ messageId: 'webWorker', severity: 'low', message: '`Worker` runs `worker.js` in a background worker.' }],
    },
    { code: "new Worker(new URL('./w.js', import.meta.url), { type: 'module' })", errors: [{ messageId: 'webWorker', severity: 'low' }] },
    { code: "new SharedWorker('shared.js')", errors: [{ messageId: 'webWorker', severity: 'low' }] },
    { code: "new window.Worker('w.js')", errors: [{ messageId: 'webWorker' }] },
    {
      code: 'const blob = new Blob([src]); new Worker(URL.createObjectURL(blob))',
      errors: [{ messageId: 'webWorkerCode', severity: 'high' }],
    },
    {
      code: 'const url = URL.createObjectURL(new Blob([src])); new Worker(url)',
      errors: [{ messageId: 'webWorkerCode', severity: 'high' }],
    },
    { code: "new Worker('data:text/javascript,postMessage(1)')", errors: [{ messageId: 'webWorkerCode', severity: 'high' }] },
    { code: "const wt = require('worker_threads'); module.exports = wt", errors: [{ messageId: 'unfollowed' }] },
    {
      code: "import { Worker } from 'worker_threads'; export const make = (f) => Reflect.construct(Worker, [f])",
      errors: [{ messageId: 'unfollowed' }],
    },
    // wrappers that run their argument in an eval worker, called with run-time data
    {
      code: [
        "const { Worker } = require('node:worker_threads');",
        'class Queue {',
        '  defineIsolated(name, source) {',
        '    return this.define(name, (payload) => runInWorker(payload.script || source, payload));',
        '  }',
        '}',
        'function runInWorker(source, payload) {',
        '  return new Promise((resolve, reject) => {',
        '    const wrapped = `(async () => { ${source} })()`;',
        '    new Worker(wrapped, { eval: true, workerData: payload }).once("message", resolve);',
        '  });',
        '}',
      ].join('\n'),
      errors: [
        {
          messageId: 'wrapperCall',
          line: 4,
          severity: 'high',
          message:
            '`runInWorker` is called with `payload.script || source`, which it runs as code: `worker_threads.Worker` with `eval: true` on line 10.',
        },
        { messageId: 'workerEval', line: 10 },
      ],
    },
    {
      code: "import { Worker } from 'worker_threads';\nconst spawnEval = (code) => new Worker(code, { eval: true });\nspawnEval(job.code);\nspawnEval('postMessage(1)');",
      errors: [
        { messageId: 'workerEval', line: 2 },
        { messageId: 'wrapperCall', line: 3 },
      ],
    },
    {
      code: "import { Worker } from 'worker_threads'; const run = (code) => new Worker(code, { eval: true }); run(input)",
      name: 'a wrapper called on the line of its sink is one finding',
      errors: [{ messageId: 'workerEval' }],
    },
    {
      code: "import { Worker } from 'worker_threads';\nfunction start(code) { return new Worker(code, { eval: true }) }\nitems.forEach((item) => start(item.body));\nlet inner = function (src) { setTimeout(() => new Worker(src, { eval: true }), 0) };\nconst other = (x) => x;\nother(data);",
      errors: [
        { messageId: 'workerEval', line: 2 },
        { messageId: 'wrapperCall', line: 3 },
        { messageId: 'workerEval', line: 4 },
      ],
    },
  ],
});
