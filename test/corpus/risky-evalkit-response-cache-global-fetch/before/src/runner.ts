import type { EvalConfig } from './config.js';
import { loadDataset, type Example } from './dataset.js';
import { accuracy, bootstrapCI, perLabelF1, type Interval, type Prediction } from './metrics.js';
import { subsample } from './sampler.js';

export interface Classifier {
  name: string;
  classify(batch: readonly string[]): Promise<string[]>;
}

export interface EvalReport {
  model: string;
  n: number;
  accuracy: Interval;
  f1: Record<string, number>;
  durationMs: number;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export async function predictAll(model: Classifier, examples: readonly Example[], batchSize: number): Promise<Prediction[]> {
  const preds: Prediction[] = [];
  for (const batch of chunk(examples, batchSize)) {
    const outputs = await model.classify(batch.map((ex) => ex.text));
    if (outputs.length !== batch.length) {
      throw new Error(`${model.name} returned ${outputs.length} predictions for a batch of ${batch.length}`);
    }
    batch.forEach((ex, i) => preds.push({ id: ex.id, label: ex.label, predicted: outputs[i] }));
  }
  return preds;
}

export async function runEval(model: Classifier, config: EvalConfig): Promise<EvalReport> {
  const started = Date.now();
  const all = await loadDataset(config.datasetPath);
  const examples = subsample(all, config.sampleSize);
  const preds = await predictAll(model, examples, config.batchSize);
  return {
    model: model.name,
    n: preds.length,
    accuracy: bootstrapCI(preds, accuracy, config.bootstrapIterations, config.confidence),
    f1: perLabelF1(preds, config.labels),
    durationMs: Date.now() - started,
  };
}
