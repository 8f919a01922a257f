/**
 * Parsing files nested deeper than the main thread's stack allows. typescript-estree recurses
 * once per level of nesting, so on Node's default stack a file of about 900 `a + a + ...` terms
 * (or a few hundred nested blocks) cannot be parsed. Such a file is handed, synchronously, to a
 * worker thread started with a 512 MB stack: the analysis itself (which is iterative or bounded)
 * continues here on the tree it sends back as a flat list (src/core/js/flat-ast.ts). The wait is
 * bounded by a timeout; a worker that does not answer in time is ended and the file is reported
 * as too deeply nested, as before.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, Worker, isMainThread, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { setDeepParser, type DeepParser, type ParseResult } from '../core/js/parse';
import { unflattenAst, type FlatNode } from '../core/js/flat-ast';

/** The deep-parse thread's stack. Reserved address space, not memory: pages are used only as deep as a parse goes. */
const STACK_MB = 512;

interface Bridge {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let bridge: Bridge | undefined;

function workerScript(): { file: string; execArgv?: string[] } {
  const bundled = path.join(__dirname, 'parse-worker.js');
  if (existsSync(bundled)) {
    return { file: bundled };
  }
  return { file: path.join(__dirname, 'parse-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

function start(): Bridge {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const script = workerScript();
  const worker = new Worker(script.file, {
    execArgv: script.execArgv ?? [],
    workerData: { port: port2, signal },
    transferList: [port2],
    resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: 2048 },
    stdout: false,
    stderr: false,
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => stop());
  worker.on('exit', () => stop());
  return { worker, port: port1, signal };
}

function stop(): void {
  const current = bridge;
  bridge = undefined;
  if (current) {
    current.port.close();
    void current.worker.terminate();
  }
}

/** Parses on the deep-stack thread, waiting at most `timeoutMs`; undefined when it could not. */
export function parseDeep(text: string, info: ParseRequestInfo, comments: boolean, timeoutMs: number): ParseResult | undefined {
  bridge ??= start();
  const { port, signal } = bridge;
  Atomics.store(signal, 0, 0);
  port.postMessage({ text, info, comments });
  if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') {
    stop();
    return undefined;
  }
  const reply = receiveMessageOnPort(port)?.message as { ok: true; flat: FlatNode[] } | Extract<ParseResult, { ok: false }> | undefined;
  if (!reply) {
    stop();
    return undefined;
  }
  return reply.ok ? { ok: true, program: unflattenAst(reply.flat) } : reply;
}

type ParseRequestInfo = Parameters<DeepParser>[1];

/**
 * Makes the engine use the deep-stack thread for files too deeply nested for this one. Only on
 * the main thread: workers that analyze (analysis-pool.ts) are started with a large stack already.
 */
export function installDeepParser(timeoutMs = 10_000): void {
  if (isMainThread) {
    setDeepParser((text, info, options) => parseDeep(text, info, options.comments, timeoutMs));
  }
}
