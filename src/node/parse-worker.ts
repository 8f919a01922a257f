/**
 * The deep-parse worker's entry (bundled as `dist/parse-worker.js`): parses one JS/TS file at a
 * time on a thread started with a large stack (see deep-parse.ts) and sends the tree back flat.
 * It reads nothing but the messages it is sent.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { parseHere } from '../core/js/parse';
import { flattenAst } from '../core/js/flat-ast';
import type { LanguageInfo } from '../core/model/language';

interface Request {
  text: string;
  info: LanguageInfo;
  comments: boolean;
}

const { port, signal } = (workerData ?? {}) as { port?: MessagePort; signal?: Int32Array };

if (port && signal) {
  port.on('message', (request: Request) => {
    let reply: unknown;
    try {
      const result = parseHere(request.text, request.info, { comments: request.comments });
      reply = result.ok ? { ok: true, flat: flattenAst(result.program) } : result;
    } catch (error) {
      reply = {
        ok: false,
        reason: `the deep parser failed: ${error instanceof Error ? error.message : String(error)}`,
        line: 1,
        column: 1,
      };
    }
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
