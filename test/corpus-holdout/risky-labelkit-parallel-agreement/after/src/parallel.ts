import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import type { Item } from './dataset.js';
import type { PairedLabel } from './agreement.js';

export interface PairResult {
  annotators: [string, string];
  kappa: number;
  n: number;
}

function pairsByAnnotator(items: readonly Item[]): Array<{ annotators: [string, string]; labels: PairedLabel[] }> {
  const byId = new Map<string, Map<string, string>>();
  for (const item of items) {
    if (!item.annotator || !item.label) continue;
    const labels = byId.get(item.id) ?? new Map<string, string>();
    labels.set(item.annotator, item.label);
    byId.set(item.id, labels);
  }
  const pairs = new Map<string, { annotators: [string, string]; labels: PairedLabel[] }>();
  for (const labels of byId.values()) {
    const names = [...labels.keys()].sort();
    for (let i = 0; i < names.length; i += 1) {
      for (let j = i + 1; j < names.length; j += 1) {
        const key = `${names[i]}|${names[j]}`;
        const entry = pairs.get(key) ?? { annotators: [names[i], names[j]] as [string, string], labels: [] };
        entry.labels.push({ a: labels.get(names[i])!, b: labels.get(names[j])! });
        pairs.set(key, entry);
      }
    }
  }
  return [...pairs.values()];
}

export async function pairwiseAgreement(items: readonly Item[]): Promise<PairResult[]> {
  const pairs = pairsByAnnotator(items);
  const workers = Math.max(1, Math.min(os.cpus().length, pairs.length));
  const chunks = Array.from({ length: workers }, (_, w) => pairs.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<PairResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./kappa-worker.js', import.meta.url), { workerData: { pairs: chunk } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat().sort((a, b) => a.kappa - b.kappa);
}
