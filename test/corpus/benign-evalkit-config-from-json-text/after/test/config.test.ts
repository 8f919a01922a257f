import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/config.js';

describe('parseConfigText', () => {
  it('applies schema defaults', () => {
    const config = parseConfigText('{"datasetPath": "d.jsonl", "labels": ["a", "b"]}');
    expect(config.batchSize).toBe(16);
    expect(config.outputDir).toBe('results');
  });

  it('points at the broken line', () => {
    const text = '{\n  "datasetPath": "d.jsonl",\n  "labels": ["a" "b"]\n}';
    expect(() => parseConfigText(text, 'eval.json')).toThrow(/^eval\.json:3:/);
  });

  it('still reports schema problems', () => {
    expect(() => parseConfigText('{"datasetPath": "d.jsonl", "labels": ["only"]}')).toThrow(/labels/);
  });
});
