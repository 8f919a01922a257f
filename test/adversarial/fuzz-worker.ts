/**
 * The fuzz harness's worker thread: checks the inputs it is sent, one at a time. It runs in a
 * worker so that an input that hangs the engine (a loop that never reaches a deadline check) can
 * be stopped from outside and reported, instead of stopping the whole run.
 */
import { parentPort } from 'node:worker_threads';
import { loadPythonParser } from '../../src/node/python';
import { check, type CheckOptions, type FuzzInput } from './fuzz';

const ready = loadPythonParser();
parentPort?.on('message', (message: { input: FuzzInput; options: CheckOptions }) => {
  void ready.then(() => parentPort?.postMessage(check(message.input, message.options) ?? null));
});
