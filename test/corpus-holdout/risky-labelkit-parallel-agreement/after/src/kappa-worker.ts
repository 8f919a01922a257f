import { parentPort, workerData } from 'node:worker_threads';
import { cohensKappa, type PairedLabel } from './agreement.js';

interface Job {
  pairs: Array<{ annotators: [string, string]; labels: PairedLabel[] }>;
}

const { pairs } = workerData as Job;
const results = pairs.map(({ annotators, labels }) => ({ annotators, kappa: cohensKappa(labels), n: labels.length }));
parentPort?.postMessage(results);
