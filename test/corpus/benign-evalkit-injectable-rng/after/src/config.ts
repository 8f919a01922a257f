import { z } from 'zod';

export const EvalConfigSchema = z.object({
  datasetPath: z.string(),
  outputDir: z.string().default('results'),
  sampleSize: z.number().int().positive().optional(),
  bootstrapIterations: z.number().int().positive().default(1000),
  confidence: z.number().min(0.5).max(0.999).default(0.95),
  labels: z.array(z.string()).min(2),
  batchSize: z.number().int().positive().default(16),
});

export type EvalConfig = z.infer<typeof EvalConfigSchema>;

export function parseConfig(raw: unknown): EvalConfig {
  const result = EvalConfigSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid eval config: ${issues}`);
  }
  return result.data;
}

export function describeConfig(config: EvalConfig): string {
  const parts = [
    `dataset=${config.datasetPath}`,
    `labels=${config.labels.length}`,
    `batch=${config.batchSize}`,
  ];
  if (config.sampleSize !== undefined) {
    parts.push(`sample=${config.sampleSize}`);
  }
  return parts.join(' ');
}
