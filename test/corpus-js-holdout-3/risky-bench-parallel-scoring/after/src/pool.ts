import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import type { Task } from "./sample.js";

const scorerUrl = pathToFileURL(process.env.BENCH_SCORER ?? "./src/score.ts").href;

const body = [
  "const { parentPort, workerData } = require('node:worker_threads');",
  `import(${JSON.stringify(scorerUrl)}).then((m) => {`,
  "  parentPort.postMessage(workerData.map(([t, a]) => ({ id: t.id, score: m.scoreAnswer(t, a) })));",
  "});",
].join("\n");

export function scoreInWorker(batch: [Task, string][]): Promise<{ id: string; score: number }[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(body, { eval: true, workerData: batch });
    w.once("message", resolve).once("error", reject);
  });
}
